-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 22: API tokens for service accounts (monitoring) and the incidents
-- their alerts opened (issue 13).
-- An API token acts as its own service user (a disabled staff row: it never logs in with a
-- password, and tickets and notes name it); only the token's SHA-256 is stored; scopes are a
-- JSON array of scope names. An alert key names at most one incident ticket at a time: the
-- unique key makes two servers receiving the same alert at once open one ticket (the loser's
-- INSERT ... ON CONFLICT DO NOTHING waits for the winner's COMMIT and then updates its row).
-- ticket_id is NULL only inside the transaction that opens the ticket.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    token_hash BLOB NOT NULL UNIQUE,
    scopes TEXT NOT NULL DEFAULT '[]',
    created_by INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE alert_incidents (
    id INTEGER PRIMARY KEY,
    alert_key TEXT NOT NULL UNIQUE,
    ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('firing', 'resolved')),
    first_fired_at INTEGER NOT NULL,
    last_fired_at INTEGER NOT NULL,
    fired_count INTEGER NOT NULL DEFAULT 1,
    unnoted_repeats INTEGER NOT NULL DEFAULT 0,
    last_note_at INTEGER NOT NULL
);
CREATE INDEX alert_incidents_ticket ON alert_incidents(ticket_id);
