-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 16 (issue 12): automatic assignment per queue, agents' presence,
-- who is viewing or typing on a ticket, and saved personal views.
-- assign_mode: off, round_robin or least_loaded. assign_cursor: the member who got the last
-- ticket (round robin goes on after them; updated in the ticket's own transaction).
-- reassign_after_minutes: a ticket whose assignee has been away that long goes back to the
-- queue's automatic assignment (NULL: never).
ALTER TABLE queues ADD COLUMN assign_mode TEXT NOT NULL DEFAULT 'off'
    CHECK (assign_mode IN ('off', 'round_robin', 'least_loaded'));
ALTER TABLE queues ADD COLUMN assign_cursor INTEGER;
ALTER TABLE queues ADD COLUMN reassign_after_minutes INTEGER;
-- A staff user's presence: status is what they are while connected (set by hand when
-- manual = 1), changed_at when their presence last changed (going offline included).
CREATE TABLE user_presence (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'away')),
    manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
    changed_at INTEGER NOT NULL
);
-- Logged-in connections per server process (instance) and user: a user with no row is
-- offline. Each server refreshes seen_at of its rows; rows of a server that stopped
-- refreshing (it crashed) are removed by the others.
CREATE TABLE user_sessions (
    instance_id TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sessions INTEGER NOT NULL CHECK (sessions > 0),
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (instance_id, user_id)
);
CREATE INDEX user_sessions_user ON user_sessions(user_id);
-- Staff looking at a ticket, and when they last typed a reply on it.
CREATE TABLE ticket_activity (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    typing_at INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);
CREATE INDEX ticket_activity_user ON ticket_activity(user_id);
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    filter TEXT NOT NULL,
    sort TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, name)
);
