-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 15 (issue 12): SLA calendars (weekly hours in a time zone, holidays;
-- calendar 1 is the built-in 24/7 one), SLA policies per queue and priority, and each
-- ticket's SLA clock: its due times, when they were met, the pause while pending, and
-- sla_due_at, the earliest running due time, indexed for the "overdue" and "breaching"
-- views; sla_alert_at, when the escalation sweep must look at the ticket next; the alerts
-- claimed (one row per ticket, target, level and due time: each is sent once, whichever
-- server claims it) and the on-call rota of each queue.
CREATE TABLE sla_calendars (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    time_zone TEXT NOT NULL,
    always_open INTEGER NOT NULL DEFAULT 0 CHECK (always_open IN (0, 1)),
    hours TEXT NOT NULL DEFAULT '[]',
    holidays TEXT NOT NULL DEFAULT '[]',
    updated_at INTEGER NOT NULL
);
INSERT INTO sla_calendars (name, time_zone, always_open, updated_at)
    VALUES ('24/7', 'UTC', 1, 0);
CREATE TABLE sla_policies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    queue_id INTEGER REFERENCES queues(id) ON DELETE CASCADE,
    priority INTEGER,
    calendar_id INTEGER NOT NULL DEFAULT 1 REFERENCES sla_calendars(id),
    first_response_minutes INTEGER,
    next_response_minutes INTEGER,
    resolution_minutes INTEGER,
    warning_percent INTEGER NOT NULL DEFAULT 80 CHECK (warning_percent BETWEEN 1 AND 99),
    updated_at INTEGER NOT NULL
);
ALTER TABLE tickets ADD COLUMN sla_policy_id INTEGER;
ALTER TABLE tickets ADD COLUMN sla_started_at INTEGER;
ALTER TABLE tickets ADD COLUMN sla_response_from INTEGER;
ALTER TABLE tickets ADD COLUMN sla_paused_at INTEGER;
ALTER TABLE tickets ADD COLUMN sla_response_paused_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN sla_resolution_paused_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN first_response_due INTEGER;
ALTER TABLE tickets ADD COLUMN first_response_at INTEGER;
ALTER TABLE tickets ADD COLUMN next_response_due INTEGER;
ALTER TABLE tickets ADD COLUMN next_response_at INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_due INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_at INTEGER;
ALTER TABLE tickets ADD COLUMN sla_due_at INTEGER;
CREATE INDEX tickets_sla_due ON tickets(sla_due_at);
ALTER TABLE tickets ADD COLUMN sla_alert_at INTEGER;
CREATE INDEX tickets_sla_alert ON tickets(sla_alert_at);
CREATE TABLE sla_alerts (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    level TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    recipients TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (ticket_id, target, level, due_at)
);
CREATE TABLE oncall_shifts (
    id INTEGER PRIMARY KEY,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    time_zone TEXT NOT NULL,
    hours TEXT NOT NULL DEFAULT '[]',
    dates TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX oncall_shifts_queue ON oncall_shifts(queue_id);
-- Time accounting: minutes per reply or note, their sum per ticket, and whether a queue's
-- staff must give them.
ALTER TABLE messages ADD COLUMN time_spent_minutes INTEGER;
ALTER TABLE tickets ADD COLUMN time_spent_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queues ADD COLUMN time_spent_required INTEGER NOT NULL DEFAULT 0
    CHECK (time_spent_required IN (0, 1));
CREATE INDEX messages_time_spent ON messages(created_at) WHERE time_spent_minutes IS NOT NULL;
