-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 26 (issue 15): per-day aggregates of the report facts, kept by
-- triggers in the transaction of every write of a fact, so a year's figures read a few
-- thousand rows instead of half a million facts. report_counts holds, per UTC day (days
-- since the epoch) and per queue (scope 1) and per assignee (scope 2; 0 for none):
--   kind 1: tickets created, item = channel
--   kind 2: tickets created, item = request type (0: none)
--   kind 3: first responses (on their day), item = duration bucket
--   kind 4: resolutions (on their day), item = duration bucket
--   kind 5: outcomes of those resolutions, item 1 = SLA met, 2 = SLA missed, 3 = re-opened
--   kind 6: ratings (on the day given), item 1 = good, 0 = bad
-- Tickets count under their current queue and assignee, resolutions and ratings under
-- those of the resolution (as in the facts). Duration buckets have fixed bounds
-- (report_buckets: bucket 0 from 0, bucket 1 from one minute, each next one 5/4 of the
-- last): the reports find the bucket that holds a percentile's rank from the counts, then
-- read only the facts inside that bucket's bounds to pick the exact value.
CREATE TABLE report_buckets (
    bucket INTEGER PRIMARY KEY,
    lo INTEGER NOT NULL UNIQUE
);
WITH RECURSIVE b(bucket, lo) AS (SELECT 1, 60000 UNION ALL SELECT bucket + 1, lo * 5 / 4 FROM b WHERE bucket < 80)
INSERT INTO report_buckets (bucket, lo) SELECT 0, 0 UNION ALL SELECT bucket, lo FROM b;
CREATE TABLE report_counts (
    kind INTEGER NOT NULL,
    scope INTEGER NOT NULL,
    day INTEGER NOT NULL,
    scope_id INTEGER NOT NULL,
    item INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, scope, day, scope_id, item)
) WITHOUT ROWID;
-- The facts inside one bucket's bounds in a period, in the order of their durations.
CREATE INDEX ticket_resolutions_duration ON ticket_resolutions(resolution_ms, resolved_at,
    queue_id, assignee_id);
CREATE INDEX ticket_resolutions_agent_duration ON ticket_resolutions(assignee_id,
    resolution_ms, resolved_at);
CREATE INDEX tickets_first_response_duration ON tickets(first_response_ms, first_response_at,
    queue_id, assignee_id) WHERE first_response_ms IS NOT NULL;
CREATE INDEX tickets_agent_first_response ON tickets(assignee_id, first_response_ms,
    first_response_at) WHERE first_response_ms IS NOT NULL;
-- What each ticket and each resolution counts for: one row per kind, scope and item. A
-- trigger reads the rows of the one ticket or resolution it writes (the filter on its key
-- reaches every branch: rowid and index look-ups).
CREATE VIEW report_ticket_rows AS
    SELECT r.ticket_id, r.kind, s.scope, r.day,
        CASE s.scope WHEN 1 THEN COALESCE(r.queue_id, 0) ELSE COALESCE(r.assignee_id, 0) END AS scope_id,
        r.item
    FROM (SELECT id AS ticket_id, 1 AS kind, created_at / 86400000 AS day, queue_id, assignee_id,
              channel AS item FROM tickets
          UNION ALL SELECT id, 2, created_at / 86400000, queue_id, assignee_id,
              COALESCE(request_type_id, 0) FROM tickets
          UNION ALL SELECT id, 3, first_response_at / 86400000, queue_id, assignee_id,
              (SELECT bucket FROM report_buckets WHERE lo <= first_response_ms ORDER BY lo DESC LIMIT 1)
              FROM tickets WHERE first_response_ms IS NOT NULL AND first_response_at IS NOT NULL) r,
         (SELECT 1 AS scope UNION ALL SELECT 2) s;
CREATE VIEW report_resolution_rows AS
    SELECT r.ticket_id, r.number, r.kind, s.scope, r.day,
        CASE s.scope WHEN 1 THEN COALESCE(r.queue_id, 0) ELSE COALESCE(r.assignee_id, 0) END AS scope_id,
        r.item
    FROM (SELECT ticket_id, number, 4 AS kind, resolved_at / 86400000 AS day, queue_id, assignee_id,
              (SELECT bucket FROM report_buckets WHERE lo <= resolution_ms ORDER BY lo DESC LIMIT 1) AS item
              FROM ticket_resolutions
          UNION ALL SELECT ticket_id, number, 5, resolved_at / 86400000, queue_id, assignee_id,
              2 - sla_met FROM ticket_resolutions WHERE sla_met IS NOT NULL
          UNION ALL SELECT ticket_id, number, 5, resolved_at / 86400000, queue_id, assignee_id,
              3 FROM ticket_resolutions WHERE reopened_at IS NOT NULL
          UNION ALL SELECT ticket_id, number, 6, rated_at / 86400000, queue_id, assignee_id,
              rating FROM ticket_resolutions WHERE rated_at IS NOT NULL) r,
         (SELECT 1 AS scope UNION ALL SELECT 2) s;
-- The existing facts, counted once.
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT kind, scope, day, scope_id, item, COUNT(*) FROM report_ticket_rows
    GROUP BY kind, scope, day, scope_id, item;
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT kind, scope, day, scope_id, item, COUNT(*) FROM report_resolution_rows
    GROUP BY kind, scope, day, scope_id, item;
-- From now on every write of a fact takes back the rows of what it replaces (-1, before the
-- write) and adds those of what it wrote (+1, after).
CREATE TRIGGER report_tickets_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, 1 FROM report_ticket_rows WHERE ticket_id = NEW.id
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_tickets_delete BEFORE DELETE ON tickets
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, -1 FROM report_ticket_rows WHERE ticket_id = OLD.id
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_tickets_update_old BEFORE UPDATE OF created_at, queue_id, assignee_id, channel, request_type_id,
    first_response_at, first_response_ms ON tickets
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.queue_id IS NOT NEW.queue_id OR OLD.assignee_id
    IS NOT NEW.assignee_id OR OLD.channel IS NOT NEW.channel OR OLD.request_type_id IS NOT
    NEW.request_type_id OR OLD.first_response_at IS NOT NEW.first_response_at OR
    OLD.first_response_ms IS NOT NEW.first_response_ms
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, -1 FROM report_ticket_rows WHERE ticket_id = OLD.id
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_tickets_update_new AFTER UPDATE OF created_at, queue_id, assignee_id, channel, request_type_id,
    first_response_at, first_response_ms ON tickets
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.queue_id IS NOT NEW.queue_id OR OLD.assignee_id
    IS NOT NEW.assignee_id OR OLD.channel IS NOT NEW.channel OR OLD.request_type_id IS NOT
    NEW.request_type_id OR OLD.first_response_at IS NOT NEW.first_response_at OR
    OLD.first_response_ms IS NOT NEW.first_response_ms
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, 1 FROM report_ticket_rows WHERE ticket_id = NEW.id
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_resolutions_insert AFTER INSERT ON ticket_resolutions
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, 1 FROM report_resolution_rows WHERE ticket_id = NEW.ticket_id AND number = NEW.number
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_resolutions_delete BEFORE DELETE ON ticket_resolutions
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, -1 FROM report_resolution_rows WHERE ticket_id = OLD.ticket_id AND number = OLD.number
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_resolutions_update_old BEFORE UPDATE OF resolved_at, queue_id, assignee_id, resolution_ms, sla_met,
    reopened_at, rating, rated_at ON ticket_resolutions
WHEN OLD.resolved_at IS NOT NEW.resolved_at OR OLD.queue_id IS NOT NEW.queue_id OR
    OLD.assignee_id IS NOT NEW.assignee_id OR OLD.resolution_ms IS NOT NEW.resolution_ms OR
    OLD.sla_met IS NOT NEW.sla_met OR OLD.reopened_at IS NOT NEW.reopened_at OR OLD.rating IS
    NOT NEW.rating OR OLD.rated_at IS NOT NEW.rated_at
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, -1 FROM report_resolution_rows WHERE ticket_id = OLD.ticket_id AND number = OLD.number
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_resolutions_update_new AFTER UPDATE OF resolved_at, queue_id, assignee_id, resolution_ms, sla_met,
    reopened_at, rating, rated_at ON ticket_resolutions
WHEN OLD.resolved_at IS NOT NEW.resolved_at OR OLD.queue_id IS NOT NEW.queue_id OR
    OLD.assignee_id IS NOT NEW.assignee_id OR OLD.resolution_ms IS NOT NEW.resolution_ms OR
    OLD.sla_met IS NOT NEW.sla_met OR OLD.reopened_at IS NOT NEW.reopened_at OR OLD.rating IS
    NOT NEW.rating OR OLD.rated_at IS NOT NEW.rated_at
BEGIN
    INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, scope_id, item, 1 FROM report_resolution_rows WHERE ticket_id = NEW.ticket_id AND number = NEW.number
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = n + excluded.n;
END;
