-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 9: how to reach a user (e-mail, phone), whether the account may log
-- in (a departed agent or contact is disabled, never deleted: the history keeps naming them),
-- and the audit log of everything that is not a ticket field change (logins, failed logins,
-- users, organisations, passwords): who, when, from which address, what.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users(id),
    address TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_action ON audit_log(action, id);
CREATE INDEX audit_log_actor ON audit_log(actor_id, id);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id, id);
