-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 23 (issue 12): versions for SLA calendars and on-call rotas (two
-- leads editing one never undo each other: calendar.save and rota.save check them), and
-- each agent's count of assigned tickets in new, open or pending (statuses 0, 1, 2), kept by
-- triggers in the transaction of every ticket write, so least-loaded assignment reads one
-- row per member whatever the backlog.
ALTER TABLE sla_calendars ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE queues ADD COLUMN rota_version INTEGER NOT NULL DEFAULT 1;
CREATE TABLE agent_open_tickets (
    user_id INTEGER PRIMARY KEY,
    open_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO agent_open_tickets (user_id, open_count)
    SELECT assignee_id, COUNT(*) FROM tickets
    WHERE assignee_id IS NOT NULL AND status IN (0, 1, 2) GROUP BY assignee_id;
CREATE TRIGGER tickets_open_count_insert AFTER INSERT ON tickets
WHEN NEW.assignee_id IS NOT NULL AND NEW.status IN (0, 1, 2)
BEGIN
    INSERT OR IGNORE INTO agent_open_tickets (user_id, open_count) VALUES (NEW.assignee_id, 0);
    UPDATE agent_open_tickets SET open_count = open_count + 1 WHERE user_id = NEW.assignee_id;
END;
CREATE TRIGGER tickets_open_count_delete AFTER DELETE ON tickets
WHEN OLD.assignee_id IS NOT NULL AND OLD.status IN (0, 1, 2)
BEGIN
    UPDATE agent_open_tickets SET open_count = open_count - 1 WHERE user_id = OLD.assignee_id;
END;
CREATE TRIGGER tickets_open_count_update AFTER UPDATE OF assignee_id, status ON tickets
WHEN OLD.assignee_id IS NOT NEW.assignee_id
    OR (OLD.status IN (0, 1, 2)) <> (NEW.status IN (0, 1, 2))
BEGIN
    UPDATE agent_open_tickets SET open_count = open_count - 1
        WHERE user_id = OLD.assignee_id AND OLD.status IN (0, 1, 2);
    INSERT OR IGNORE INTO agent_open_tickets (user_id, open_count)
        SELECT NEW.assignee_id, 0 WHERE NEW.assignee_id IS NOT NULL AND NEW.status IN (0, 1, 2);
    UPDATE agent_open_tickets SET open_count = open_count + 1
        WHERE user_id = NEW.assignee_id AND NEW.status IN (0, 1, 2);
END;
