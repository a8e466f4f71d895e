-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 7: how each ticket and message reached us (0 client, 1 phone, 2 e-mail,
-- 3 alert; the order of Channel in shared/domain/types.h), and the phone call a message
-- records: who was on the other end, the direction (0 inbound, 1 outbound), how long.
-- Existing rows came through the desktop client. A constant default adds the column without
-- rewriting the table on either backend.
ALTER TABLE tickets ADD COLUMN channel INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN channel INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN call_caller_id INTEGER REFERENCES users(id);
ALTER TABLE messages ADD COLUMN call_direction INTEGER;
ALTER TABLE messages ADD COLUMN call_duration_s INTEGER;
