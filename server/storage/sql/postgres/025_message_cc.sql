-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 25 (issue 13): the contacts a message was copied to. A staff reply
-- (message.add cc) goes by mail to the requester and to each of them; a customer's mail
-- records the contacts of its Cc header who may see the ticket. One row per message and
-- contact; the rows go with their message.
CREATE TABLE message_cc (
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX message_cc_user ON message_cc(user_id);
