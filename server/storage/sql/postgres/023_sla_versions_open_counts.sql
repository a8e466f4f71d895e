-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 23 (issue 12): versions for SLA calendars and on-call rotas (two
-- leads editing one never undo each other: calendar.save and rota.save check them), and
-- each agent's count of assigned tickets in new, open or pending (statuses 0, 1, 2), kept by
-- a trigger in the transaction of every ticket write, so least-loaded assignment reads one
-- row per member whatever the backlog.
ALTER TABLE sla_calendars ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE queues ADD COLUMN rota_version BIGINT NOT NULL DEFAULT 1;
CREATE TABLE agent_open_tickets (
    user_id BIGINT PRIMARY KEY,
    open_count BIGINT NOT NULL DEFAULT 0
);
INSERT INTO agent_open_tickets (user_id, open_count)
    SELECT assignee_id, COUNT(*) FROM tickets
    WHERE assignee_id IS NOT NULL AND status IN (0, 1, 2) GROUP BY assignee_id;
-- Two rows to change (a reassignment): the lower user id first, so that two servers moving
-- tickets between the same two agents lock their rows in one order and never deadlock.
CREATE FUNCTION helpdesk_open_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    leaving BIGINT; -- the agent who loses an open ticket
    arriving BIGINT; -- the agent who gains one
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status IN (0, 1, 2) THEN
        leaving := OLD.assignee_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status IN (0, 1, 2) THEN
        arriving := NEW.assignee_id;
    END IF;
    IF arriving IS NOT NULL AND (leaving IS NULL OR arriving < leaving) THEN
        INSERT INTO agent_open_tickets AS a (user_id, open_count) VALUES (arriving, 1)
            ON CONFLICT (user_id) DO UPDATE SET open_count = a.open_count + 1;
        arriving := NULL;
    END IF;
    IF leaving IS NOT NULL THEN
        UPDATE agent_open_tickets SET open_count = open_count - 1 WHERE user_id = leaving;
    END IF;
    IF arriving IS NOT NULL THEN
        INSERT INTO agent_open_tickets AS a (user_id, open_count) VALUES (arriving, 1)
            ON CONFLICT (user_id) DO UPDATE SET open_count = a.open_count + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tickets_open_count AFTER INSERT OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION helpdesk_open_count();
CREATE TRIGGER tickets_open_count_update AFTER UPDATE OF assignee_id, status ON tickets
    FOR EACH ROW WHEN (OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
        OR (OLD.status IN (0, 1, 2)) <> (NEW.status IN (0, 1, 2)))
    EXECUTE FUNCTION helpdesk_open_count();
