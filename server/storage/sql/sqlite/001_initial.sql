-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 1. Times are milliseconds since the epoch (UTC).
-- tickets.status: 0 new, 1 open, 2 pending, 3 resolved, 4 closed (workflow order, so sorting works)
-- tickets.priority: 0 low, 1 normal, 2 high, 3 urgent

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX customers_name ON customers(name);

CREATE TABLE queues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'agent', 'customer')),
    locale TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id),
    contact_role TEXT CHECK (contact_role IN ('owner', 'technical', 'billing')),
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CHECK ((role = 'customer') = (customer_id IS NOT NULL)),
    CHECK ((role = 'customer') = (contact_role IS NOT NULL))
);
CREATE INDEX users_customer ON users(customer_id);

CREATE TABLE auth_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    token_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX auth_tokens_user ON auth_tokens(user_id);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    status INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    queue_id INTEGER REFERENCES queues(id),
    assignee_id INTEGER REFERENCES users(id),
    customer_id INTEGER REFERENCES customers(id),
    requester_id INTEGER NOT NULL REFERENCES users(id),
    tags TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_updated ON tickets(updated_at, id);
CREATE INDEX tickets_status_updated ON tickets(status, updated_at, id);
CREATE INDEX tickets_customer_updated ON tickets(customer_id, updated_at, id);
CREATE INDEX tickets_assignee_status ON tickets(assignee_id, status, updated_at, id);
CREATE INDEX tickets_queue_status ON tickets(queue_id, status, updated_at, id);

-- tickets.tags holds the JSON array shown on the wire; this table is the index for filters.
CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, ticket_id)
);
CREATE INDEX ticket_tags_ticket ON ticket_tags(ticket_id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    idempotency_key TEXT
);
CREATE INDEX messages_ticket ON messages(ticket_id, id);
CREATE UNIQUE INDEX messages_idempotency ON messages(author_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES users(id),
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);

-- Full-text search: external-content FTS5 tables kept in sync by triggers, so the index is
-- written in the same transaction as the row.
CREATE VIRTUAL TABLE ticket_fts USING fts5(
    subject, content='tickets', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE message_fts USING fts5(
    body, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO ticket_fts(rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO ticket_fts(rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO message_fts(rowid, body) VALUES (new.id, new.body);
END;

INSERT INTO queues (name) VALUES ('Support'), ('Billing'), ('Abuse');
