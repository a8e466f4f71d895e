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
    lo BIGINT NOT NULL UNIQUE
);
WITH RECURSIVE b(bucket, lo) AS (SELECT 1, CAST(60000 AS BIGINT) UNION ALL SELECT bucket + 1, lo * 5 / 4 FROM b WHERE bucket < 80)
INSERT INTO report_buckets (bucket, lo) SELECT 0, 0 UNION ALL SELECT bucket, lo FROM b;
CREATE TABLE report_counts (
    kind INTEGER NOT NULL,
    scope INTEGER NOT NULL,
    day INTEGER NOT NULL,
    scope_id BIGINT NOT NULL,
    item BIGINT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (kind, scope, day, scope_id, item)
);
-- The facts inside one bucket's bounds in a period, in the order of their durations.
CREATE INDEX ticket_resolutions_duration ON ticket_resolutions(resolution_ms, resolved_at,
    queue_id, assignee_id);
CREATE INDEX ticket_resolutions_agent_duration ON ticket_resolutions(assignee_id,
    resolution_ms, resolved_at);
CREATE INDEX tickets_first_response_duration ON tickets(first_response_ms, first_response_at,
    queue_id, assignee_id) WHERE first_response_ms IS NOT NULL;
CREATE INDEX tickets_agent_first_response ON tickets(assignee_id, first_response_ms,
    first_response_at) WHERE first_response_ms IS NOT NULL;
-- The existing facts, counted once.
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT 1, 1, created_at / 86400000, COALESCE(queue_id, 0), channel, COUNT(*) FROM tickets
    GROUP BY created_at / 86400000, COALESCE(queue_id, 0), channel;
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT 1, 2, created_at / 86400000, COALESCE(assignee_id, 0), channel, COUNT(*) FROM tickets
    GROUP BY created_at / 86400000, COALESCE(assignee_id, 0), channel;
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT 2, 1, created_at / 86400000, COALESCE(queue_id, 0), COALESCE(request_type_id, 0), COUNT(*)
    FROM tickets GROUP BY created_at / 86400000, COALESCE(queue_id, 0), COALESCE(request_type_id, 0);
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT 2, 2, created_at / 86400000, COALESCE(assignee_id, 0), COALESCE(request_type_id, 0), COUNT(*)
    FROM tickets GROUP BY created_at / 86400000, COALESCE(assignee_id, 0), COALESCE(request_type_id, 0);
CREATE TEMP TABLE report_fill (kind INTEGER, day BIGINT, queue BIGINT, agent BIGINT, item BIGINT);
INSERT INTO report_fill SELECT 3, first_response_at / 86400000, COALESCE(queue_id, 0),
    COALESCE(assignee_id, 0),
    (SELECT bucket FROM report_buckets WHERE lo <= first_response_ms ORDER BY lo DESC LIMIT 1)
    FROM tickets WHERE first_response_ms IS NOT NULL AND first_response_at IS NOT NULL;
INSERT INTO report_fill SELECT 4, resolved_at / 86400000, COALESCE(queue_id, 0),
    COALESCE(assignee_id, 0),
    (SELECT bucket FROM report_buckets WHERE lo <= resolution_ms ORDER BY lo DESC LIMIT 1)
    FROM ticket_resolutions;
INSERT INTO report_fill SELECT 5, resolved_at / 86400000, COALESCE(queue_id, 0),
    COALESCE(assignee_id, 0), 2 - sla_met FROM ticket_resolutions WHERE sla_met IS NOT NULL;
INSERT INTO report_fill SELECT 5, resolved_at / 86400000, COALESCE(queue_id, 0),
    COALESCE(assignee_id, 0), 3 FROM ticket_resolutions WHERE reopened_at IS NOT NULL;
INSERT INTO report_fill SELECT 6, rated_at / 86400000, COALESCE(queue_id, 0),
    COALESCE(assignee_id, 0), rating FROM ticket_resolutions WHERE rated_at IS NOT NULL;
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT kind, 1, day, queue, item, COUNT(*) FROM report_fill GROUP BY kind, day, queue, item;
INSERT INTO report_counts (kind, scope, day, scope_id, item, n)
SELECT kind, 2, day, agent, item, COUNT(*) FROM report_fill GROUP BY kind, day, agent, item;
DROP TABLE report_fill;
-- From now on every write of a fact adds its rows (+1) and takes back the ones it replaces
-- (-1), under each of the two scopes, in one statement and in key order (two servers writing
-- the same rows lock them in one order).
CREATE FUNCTION helpdesk_report_bucket(ms BIGINT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT bucket FROM report_buckets WHERE lo <= ms ORDER BY lo DESC LIMIT 1
$$;
CREATE FUNCTION helpdesk_report_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_counts AS r (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, id, item, SUM(d) FROM (
        SELECT c.kind, s.scope, c.day, s.id, c.item, -1 AS d
        FROM (VALUES (1, COALESCE(OLD.queue_id, 0)), (2, COALESCE(OLD.assignee_id, 0))) s(scope, id),
             (SELECT 1 AS kind, OLD.created_at / 86400000 AS day, CAST(OLD.channel AS BIGINT) AS item
              UNION ALL SELECT 2, OLD.created_at / 86400000, COALESCE(OLD.request_type_id, 0)
              UNION ALL SELECT 3, OLD.first_response_at / 86400000, helpdesk_report_bucket(OLD.first_response_ms)
                  WHERE OLD.first_response_ms IS NOT NULL AND OLD.first_response_at IS NOT NULL) c
        WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT c.kind, s.scope, c.day, s.id, c.item, 1 AS d
        FROM (VALUES (1, COALESCE(NEW.queue_id, 0)), (2, COALESCE(NEW.assignee_id, 0))) s(scope, id),
             (SELECT 1 AS kind, NEW.created_at / 86400000 AS day, CAST(NEW.channel AS BIGINT) AS item
              UNION ALL SELECT 2, NEW.created_at / 86400000, COALESCE(NEW.request_type_id, 0)
              UNION ALL SELECT 3, NEW.first_response_at / 86400000, helpdesk_report_bucket(NEW.first_response_ms)
                  WHERE NEW.first_response_ms IS NOT NULL AND NEW.first_response_at IS NOT NULL) c
        WHERE TG_OP <> 'DELETE') x
    GROUP BY kind, scope, day, id, item HAVING SUM(d) <> 0
    ORDER BY kind, scope, day, id, item
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = r.n + excluded.n;
    RETURN NULL;
END
$$;
CREATE FUNCTION helpdesk_report_resolutions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_counts AS r (kind, scope, day, scope_id, item, n)
    SELECT kind, scope, day, id, item, SUM(d) FROM (
        SELECT c.kind, s.scope, c.day, s.id, c.item, -1 AS d
        FROM (VALUES (1, COALESCE(OLD.queue_id, 0)), (2, COALESCE(OLD.assignee_id, 0))) s(scope, id),
             (SELECT 4 AS kind, OLD.resolved_at / 86400000 AS day,
                  CAST(helpdesk_report_bucket(OLD.resolution_ms) AS BIGINT) AS item
              UNION ALL SELECT 5, OLD.resolved_at / 86400000, 2 - OLD.sla_met WHERE OLD.sla_met IS NOT NULL
              UNION ALL SELECT 5, OLD.resolved_at / 86400000, 3 WHERE OLD.reopened_at IS NOT NULL
              UNION ALL SELECT 6, OLD.rated_at / 86400000, OLD.rating WHERE OLD.rated_at IS NOT NULL) c
        WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT c.kind, s.scope, c.day, s.id, c.item, 1 AS d
        FROM (VALUES (1, COALESCE(NEW.queue_id, 0)), (2, COALESCE(NEW.assignee_id, 0))) s(scope, id),
             (SELECT 4 AS kind, NEW.resolved_at / 86400000 AS day,
                  CAST(helpdesk_report_bucket(NEW.resolution_ms) AS BIGINT) AS item
              UNION ALL SELECT 5, NEW.resolved_at / 86400000, 2 - NEW.sla_met WHERE NEW.sla_met IS NOT NULL
              UNION ALL SELECT 5, NEW.resolved_at / 86400000, 3 WHERE NEW.reopened_at IS NOT NULL
              UNION ALL SELECT 6, NEW.rated_at / 86400000, NEW.rating WHERE NEW.rated_at IS NOT NULL) c
        WHERE TG_OP <> 'DELETE') x
    GROUP BY kind, scope, day, id, item HAVING SUM(d) <> 0
    ORDER BY kind, scope, day, id, item
    ON CONFLICT (kind, scope, day, scope_id, item) DO UPDATE SET n = r.n + excluded.n;
    RETURN NULL;
END
$$;
CREATE TRIGGER report_tickets AFTER INSERT OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION helpdesk_report_tickets();
CREATE TRIGGER report_tickets_update AFTER UPDATE OF created_at, queue_id, assignee_id, channel,
    request_type_id, first_response_at, first_response_ms ON tickets
    FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at
        OR OLD.queue_id IS DISTINCT FROM NEW.queue_id
        OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
        OR OLD.channel IS DISTINCT FROM NEW.channel
        OR OLD.request_type_id IS DISTINCT FROM NEW.request_type_id
        OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at
        OR OLD.first_response_ms IS DISTINCT FROM NEW.first_response_ms)
    EXECUTE FUNCTION helpdesk_report_tickets();
CREATE TRIGGER report_resolutions AFTER INSERT OR DELETE ON ticket_resolutions
    FOR EACH ROW EXECUTE FUNCTION helpdesk_report_resolutions();
CREATE TRIGGER report_resolutions_update AFTER UPDATE OF resolved_at, queue_id, assignee_id,
    resolution_ms, sla_met, reopened_at, rating, rated_at ON ticket_resolutions
    FOR EACH ROW WHEN (OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
        OR OLD.queue_id IS DISTINCT FROM NEW.queue_id
        OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
        OR OLD.resolution_ms IS DISTINCT FROM NEW.resolution_ms
        OR OLD.sla_met IS DISTINCT FROM NEW.sla_met
        OR OLD.reopened_at IS DISTINCT FROM NEW.reopened_at
        OR OLD.rating IS DISTINCT FROM NEW.rating
        OR OLD.rated_at IS DISTINCT FROM NEW.rated_at)
    EXECUTE FUNCTION helpdesk_report_resolutions();
