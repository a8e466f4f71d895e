-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 18: announcements (maintenance windows, setting changes, software
-- updates) to everyone, to chosen organisations or to the organisations having a service of a
-- kind; a title and text per language; kept after they end or are withdrawn.
CREATE TABLE announcements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('maintenance', 'setting', 'update', 'other')),
    audience TEXT NOT NULL CHECK (audience IN ('all', 'customers', 'service')),
    service_kind TEXT CHECK (service_kind IN ('hosting', 'domain', 'mailbox', 'other')),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    withdrawn_at INTEGER,
    author_id INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at),
    CHECK ((audience = 'service') = (service_kind IS NOT NULL))
);
-- What customers read: not withdrawn, not ended.
CREATE INDEX announcements_ends ON announcements(ends_at, id);
CREATE TABLE announcement_customers (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (announcement_id, customer_id)
);
CREATE INDEX announcement_customers_customer ON announcement_customers(customer_id, announcement_id);
CREATE TABLE announcement_texts (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (announcement_id, language)
);
-- A message can refer to the announcement it is about (message.add's announcementId).
ALTER TABLE messages ADD COLUMN announcement_id INTEGER REFERENCES announcements(id);
