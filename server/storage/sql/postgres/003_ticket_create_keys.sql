-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 3: idempotency keys of ticket.create, so that a client repeating a
-- create whose answer was lost (dropped connection) gets the ticket made the first time.
CREATE TABLE ticket_create_keys (
    user_id BIGINT NOT NULL REFERENCES users(id),
    idempotency_key TEXT NOT NULL,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, idempotency_key)
);
