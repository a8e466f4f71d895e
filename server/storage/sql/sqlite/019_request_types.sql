-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 19: request types (what a request is about: a name per language, the
-- queue it goes to, and whether it is sensitive) and the owner's approval of sensitive
-- requests filed by another contact (tickets.approval: NULL when none is needed, else
-- 'awaiting', 'approved' or 'refused').
-- Each type asks its own fields besides the common ones every request asks (what is affected,
-- since when, the exact error, what was tried: see docs/protocol.md, "RequestType"); the
-- answers of a ticket are rows of ticket_fields, indexed for search like messages.
CREATE TABLE request_types (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    queue_id INTEGER REFERENCES queues(id),
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    archived_at INTEGER,
    created_at INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE request_type_names (
    request_type_id INTEGER NOT NULL REFERENCES request_types(id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (request_type_id, locale)
);
CREATE TABLE request_type_fields (
    request_type_id INTEGER NOT NULL REFERENCES request_types(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'date', 'choice', 'service')),
    required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    labels TEXT NOT NULL DEFAULT '{}',
    choices TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (request_type_id, key)
);
-- One answer per row: the value as the wire carries it (a service's id, a date) and the text
-- people read and search (the service's name as it was when the ticket was filed).
CREATE TABLE ticket_fields (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (ticket_id, key)
);
-- Indexed in batches before each commit, like message_fts (search::syncIndex).
CREATE VIRTUAL TABLE ticket_field_fts USING fts5(
    text, content='ticket_fields', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO search_sync (name, last_id) VALUES ('ticket_fields', 0);
ALTER TABLE tickets ADD COLUMN request_type_id INTEGER REFERENCES request_types(id);
ALTER TABLE tickets ADD COLUMN approval TEXT CHECK (approval IN ('awaiting', 'approved', 'refused'));
-- The starter set for hosting support (created_at 0: made by the schema, see migrate-data).
INSERT INTO request_types (key, queue_id, sensitive, position) VALUES
    ('question', NULL, 0, 1),
    ('problem', (SELECT id FROM queues WHERE name = 'Support'), 0, 2),
    ('billing', (SELECT id FROM queues WHERE name = 'Billing'), 0, 3),
    ('backup_restore', (SELECT id FROM queues WHERE name = 'Support'), 1, 4),
    ('owner_change', (SELECT id FROM queues WHERE name = 'Billing'), 1, 5),
    ('domain_transfer', (SELECT id FROM queues WHERE name = 'Support'), 1, 6);
INSERT INTO request_type_names (request_type_id, locale, name) VALUES
    ((SELECT id FROM request_types WHERE key = 'question'), 'en', 'A question'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'ru', 'Вопрос'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'uk', 'Питання'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'pl', 'Pytanie'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'hr', 'Pitanje'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'sr', 'Питање'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'de', 'Eine Frage'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'fr', 'Une question'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'es', 'Una pregunta'),
    ((SELECT id FROM request_types WHERE key = 'question'), 'pt_BR', 'Uma pergunta'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'en', 'Something does not work'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'ru', 'Что-то не работает'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'uk', 'Щось не працює'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'pl', 'Coś nie działa'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'hr', 'Nešto ne radi'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'sr', 'Нешто не ради'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'de', 'Etwas funktioniert nicht'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'fr', 'Quelque chose ne fonctionne pas'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'es', 'Algo no funciona'),
    ((SELECT id FROM request_types WHERE key = 'problem'), 'pt_BR', 'Algo não funciona'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'en', 'Invoice or payment'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'ru', 'Счёт или оплата'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'uk', 'Рахунок або оплата'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'pl', 'Faktura lub płatność'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'hr', 'Račun ili plaćanje'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'sr', 'Рачун или плаћање'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'de', 'Rechnung oder Zahlung'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'fr', 'Facture ou paiement'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'es', 'Factura o pago'),
    ((SELECT id FROM request_types WHERE key = 'billing'), 'pt_BR', 'Fatura ou pagamento'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'en', 'Restore a backup'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'ru', 'Восстановить резервную копию'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'uk', 'Відновити резервну копію'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'pl', 'Przywrócenie kopii zapasowej'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'hr', 'Vraćanje sigurnosne kopije'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'sr', 'Враћање резервне копије'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'de', 'Datensicherung wiederherstellen'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'fr', 'Restaurer une sauvegarde'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'es', 'Restaurar una copia de seguridad'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 'pt_BR', 'Restaurar um backup'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'en', 'Change the account owner'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'ru', 'Сменить владельца аккаунта'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'uk', 'Змінити власника облікового запису'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'pl', 'Zmiana właściciela konta'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'hr', 'Promjena vlasnika računa'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'sr', 'Промена власника налога'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'de', 'Kontoinhaber ändern'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'fr', 'Changer le titulaire du compte'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'es', 'Cambiar el titular de la cuenta'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 'pt_BR', 'Alterar o titular da conta'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'en', 'Move a domain'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'ru', 'Перенести домен'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'uk', 'Перенести домен'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'pl', 'Przeniesienie domeny'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'hr', 'Prijenos domene'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'sr', 'Пренос домена'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'de', 'Domain umziehen'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'fr', 'Transférer un domaine'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'es', 'Transferir un dominio'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 'pt_BR', 'Transferir um domínio');
-- The starter types' own fields (the common ones are asked by every type).
INSERT INTO request_type_fields (request_type_id, position, key, kind, required, labels) VALUES
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 1, 'site', 'service', 1,
        '{"de": "Welche Website", "en": "Which site", "es": "Qué sitio", "fr": "Quel site", "hr": "Koja stranica", "pl": "Która strona", "pt_BR": "Qual site", "ru": "Какой сайт", "sr": "Који сајт", "uk": "Який сайт"}'),
    ((SELECT id FROM request_types WHERE key = 'backup_restore'), 2, 'date', 'date', 1,
        '{"de": "Sicherung von welchem Datum", "en": "Backup of which date", "es": "Copia de qué fecha", "fr": "Sauvegarde de quelle date", "hr": "Kopija s kojeg datuma", "pl": "Kopia z którego dnia", "pt_BR": "Backup de qual data", "ru": "Копия за какую дату", "sr": "Копија са ког датума", "uk": "Копія за яку дату"}'),
    ((SELECT id FROM request_types WHERE key = 'domain_transfer'), 1, 'domain', 'service', 1,
        '{"de": "Welche Domain", "en": "Which domain", "es": "Qué dominio", "fr": "Quel domaine", "hr": "Koja domena", "pl": "Która domena", "pt_BR": "Qual domínio", "ru": "Какой домен", "sr": "Који домен", "uk": "Який домен"}'),
    ((SELECT id FROM request_types WHERE key = 'owner_change'), 1, 'new_owner', 'text', 1,
        '{"de": "Der neue Inhaber (Name und E-Mail)", "en": "The new owner (name and e-mail)", "es": "El nuevo titular (nombre y correo)", "fr": "Le nouveau titulaire (nom et e-mail)", "hr": "Novi vlasnik (ime i e-pošta)", "pl": "Nowy właściciel (imię i e-mail)", "pt_BR": "O novo titular (nome e e-mail)", "ru": "Новый владелец (имя и e-mail)", "sr": "Нови власник (име и е-пошта)", "uk": "Новий власник (ім’я та e-mail)"}');
