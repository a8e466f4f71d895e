-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 14: e-mail in and out (issue 13).
-- An organisation's mail domain (a mail from an unknown address of that domain becomes a new
-- contact there); a ticket's mail secret (in its subject tag and in the Message-IDs the server
-- sends, so a reply threads only when it carries it); every mail the gateway filed (its
-- Message-ID, so a redelivery is filed once; the sender, for the rate limit; the text before
-- quotes and signature were cut, and the mail as received); the outbox the sender delivers
-- from; whether a user wants notifications by mail; whether an agent's reply goes by mail
-- (NULL: the default); and the status and assignee a ticket's last notifications knew of.
ALTER TABLE customers ADD COLUMN mail_domain TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_mail_domain ON customers(mail_domain) WHERE mail_domain <> '';
CREATE INDEX users_email ON users(lower(email)) WHERE email <> '';
ALTER TABLE tickets ADD COLUMN mail_secret TEXT;
ALTER TABLE users ADD COLUMN mail_notifications INTEGER NOT NULL DEFAULT 1;
ALTER TABLE messages ADD COLUMN send_mail INTEGER;

CREATE TABLE mail_inbound (
    id INTEGER PRIMARY KEY,
    rfc_message_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    queue_id INTEGER REFERENCES queues(id),
    message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    full_text TEXT NOT NULL DEFAULT '',
    raw BLOB NOT NULL
);
CREATE UNIQUE INDEX mail_inbound_rfc_id ON mail_inbound(rfc_message_id) WHERE rfc_message_id <> '';
CREATE INDEX mail_inbound_sender ON mail_inbound(sender, received_at);
CREATE INDEX mail_inbound_message ON mail_inbound(message_id);

CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    recipient_id INTEGER REFERENCES users(id),
    recipient TEXT NOT NULL,
    envelope_from TEXT NOT NULL,
    rfc_message_id TEXT NOT NULL UNIQUE,
    content BLOB NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_owner TEXT,
    lease_until INTEGER,
    sent_at INTEGER,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_message ON mail_outbox(message_id);

CREATE TABLE mail_ticket_state (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    status INTEGER NOT NULL,
    assignee_id INTEGER
);
