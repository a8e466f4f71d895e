-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 10: an organisation's language and staff notes, and the services it
-- has with us (hosting plans, domains, mailboxes): the whole customer in one place, and what
-- a request can name as affected.
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN notes TEXT NOT NULL DEFAULT '';

CREATE TABLE customer_services (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('hosting', 'domain', 'mailbox', 'other')),
    name TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_services_customer ON customer_services(customer_id, id);
