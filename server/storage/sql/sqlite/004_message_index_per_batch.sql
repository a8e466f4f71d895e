-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 4: new messages enter the full-text index once per transaction, not
-- by a trigger per row. FTS5 writes its pending terms out as a new segment at every
-- savepoint, and the writer takes one per job (and SQLite one per statement with triggers),
-- so the trigger made one tiny segment per reply, each to be merged later.
-- search_sync remembers the last message id in the index; search::syncIndex() adds the rest
-- in the same transaction as the rows (the writer does it before every commit). Messages
-- are never deleted and their ids only grow, so "id > last_id" is exactly the new rows.
DROP TRIGGER messages_fts_insert;
CREATE TABLE search_sync (
    name TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL
);
INSERT INTO search_sync (name, last_id) SELECT 'messages', COALESCE(MAX(id), 0) FROM messages;
