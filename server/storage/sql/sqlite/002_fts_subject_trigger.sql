-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 2: re-index a ticket's subject only when the subject changes.
-- "AFTER UPDATE OF subject" fires whenever an UPDATE assigns the column, and every ticket save
-- assigns it (message.add saves the ticket to bump updated_at and version), so each reply
-- rewrote the unchanged subject into ticket_fts. The index content is the same either way.
DROP TRIGGER tickets_fts_update;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets
    WHEN old.subject IS NOT new.subject BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject) VALUES ('delete', old.id, old.subject);
    INSERT INTO ticket_fts(rowid, subject) VALUES (new.id, new.subject);
END;
