-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 5 (PostgreSQL): the search vectors become stored columns, and the GIN
-- indexes of step 1 are rebuilt over them. With only the expression indexes, every row the
-- search looked at outside the GIN index (the newest rows by primary key, a customer's tickets)
-- ran unaccent and to_tsvector again: a rare word walked the whole table that way (9 s at
-- 100,000 tickets). A stored vector makes checking a row cheap; search::run reads the newest
-- rows first and falls back to the GIN index only when they hold too few hits.
-- Generated columns are computed in the transaction that writes the row, like the index was;
-- migrate-data leaves them out of the copy (it copies the columns that can be written).
-- The old indexes go first: adding a stored column rewrites the table and would rebuild them.
-- Both tables are locked meanwhile; the time it takes is in docs/performance.md.
SET LOCAL maintenance_work_mem = '256MB';
DROP INDEX tickets_search;
DROP INDEX messages_search;
ALTER TABLE tickets ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (helpdesk_tsvector(subject)) STORED;
ALTER TABLE messages ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (helpdesk_tsvector(body)) STORED;
CREATE INDEX tickets_search ON tickets USING gin (search_vector);
CREATE INDEX messages_search ON messages USING gin (search_vector);
ANALYZE tickets;
ANALYZE messages;
