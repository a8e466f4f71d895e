-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 12: what a queue is for (its kind decides which contact of an
-- organisation is asked: technical, billing or general), archived queues (kept for their
-- tickets, no longer offered) and who works in a queue (members, and which of them lead it).
ALTER TABLE queues ADD COLUMN kind TEXT NOT NULL DEFAULT 'general'
    CHECK (kind IN ('technical', 'billing', 'general'));
ALTER TABLE queues ADD COLUMN archived_at BIGINT;
UPDATE queues SET kind = 'technical' WHERE name = 'Support';
UPDATE queues SET kind = 'billing' WHERE name = 'Billing';
CREATE TABLE queue_members (
    queue_id BIGINT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    is_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    PRIMARY KEY (queue_id, user_id)
);
CREATE INDEX queue_members_user ON queue_members(user_id);
-- ticket.list sorted (grouped) by assignee or by queue: no assignee / no queue first.
CREATE INDEX tickets_assignee_id ON tickets(assignee_id NULLS FIRST, id);
CREATE INDEX tickets_queue_id ON tickets(queue_id NULLS FIRST, id);
