-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 11: related tickets (a link is stored in both directions, so each side
-- reads its links with one index lookup) and merged duplicates (merged_into points at the
-- ticket that took over its messages and history).
CREATE TABLE ticket_links (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    linked_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    PRIMARY KEY (ticket_id, linked_id),
    CHECK (ticket_id <> linked_id)
);
ALTER TABLE tickets ADD COLUMN merged_into BIGINT REFERENCES tickets(id);
