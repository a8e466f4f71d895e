-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 8: reply signatures, per agent or per queue, one per language
-- (locale '' is the fallback). Exactly one of user_id and queue_id is set.
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    queue_id INTEGER REFERENCES queues(id) ON DELETE CASCADE,
    locale TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((user_id IS NULL) <> (queue_id IS NULL))
);
CREATE UNIQUE INDEX signatures_user ON signatures(user_id, locale) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX signatures_queue ON signatures(queue_id, locale) WHERE queue_id IS NOT NULL;
