-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 24 (issue 15): the facts reports read, kept in the write that makes
-- them. Every resolution of a ticket is a row (its number counts from 1 per ticket), with
-- the queue, organisation, assignee and channel of that moment, the business time it took
-- (SLA resolution clock: from creation or re-opening, pending time left out), whether the
-- SLA was met, when it was re-opened, and the customer's rating of it (1 good, 0 bad: one
-- per resolution). A ticket keeps the business time of its first response. server_secrets
-- holds the key that signs the rating links of resolution mails, random, made here.
ALTER TABLE tickets ADD COLUMN resolution_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN first_response_ms BIGINT;
-- The indexes hold every column a report reads and filters by, so a year's figures are read
-- from them alone: tickets created (per day and channel), first responses, the open backlog.
CREATE INDEX tickets_created ON tickets(created_at, channel, queue_id, customer_id, assignee_id);
CREATE INDEX tickets_first_response ON tickets(first_response_at, first_response_ms, queue_id,
    customer_id, assignee_id) WHERE first_response_ms IS NOT NULL;
CREATE INDEX tickets_backlog ON tickets(status, queue_id, created_at, customer_id, assignee_id)
    WHERE status < 3;
CREATE TABLE ticket_resolutions (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    resolved_at BIGINT NOT NULL,
    queue_id BIGINT,
    customer_id BIGINT,
    assignee_id BIGINT,
    channel INTEGER NOT NULL,
    resolution_ms BIGINT NOT NULL,
    sla_met INTEGER CHECK (sla_met IN (0, 1)),
    reopened_at BIGINT,
    rating INTEGER CHECK (rating IN (0, 1)),
    rating_comment TEXT,
    rated_by BIGINT REFERENCES users(id),
    rated_at BIGINT,
    PRIMARY KEY (ticket_id, number)
);
CREATE INDEX ticket_resolutions_resolved ON ticket_resolutions(resolved_at, resolution_ms,
    sla_met, reopened_at, queue_id, customer_id, assignee_id);
CREATE INDEX ticket_resolutions_rated ON ticket_resolutions(rated_at, rating, queue_id,
    customer_id, assignee_id) WHERE rated_at IS NOT NULL;
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO server_secrets (name, value) VALUES ('csat-link', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
