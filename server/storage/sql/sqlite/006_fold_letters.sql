-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 6 (SQLite): the full-text index holds text with the letters folded
-- that PostgreSQL's unaccent folds and unicode61 remove_diacritics 2 keeps (ł Ł → l,
-- đ Đ ð Ð → d, ǆ ǅ Ǆ → dz, ǉ ǈ Ǉ → lj, ǌ ǋ Ǌ → nj, ø Ø → o, ß ẞ → ss, æ Æ → ae, œ Œ → oe,
-- ё Ё → е), so `zloty` finds `złoty` and `Durdevac` finds `Đurđevac` on both backends.
-- The list is search::foldLetters() in server/search/searchindex.cpp, which folds the query
-- words the same way and writes the expression for the messages (search::syncIndex); the
-- nested replace() calls are plain SQL, so the triggers work from any SQLite connection.
-- The tables keep the text as written; snippet() reads it from there (one letter becomes
-- letters, never a separator, so the word positions of index and table agree).
-- An external-content index must be given the indexed text to delete a row, so the triggers
-- fold old.* too; and FTS5's 'rebuild' would index the text unfolded: re-index as below.
-- Both indexes are rebuilt: the time it takes is in docs/admin.md ("Schema upgrades").
DROP TRIGGER tickets_fts_insert;
DROP TRIGGER tickets_fts_delete;
DROP TRIGGER tickets_fts_update;
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;

INSERT INTO ticket_fts(ticket_fts) VALUES ('delete-all');
INSERT INTO ticket_fts(rowid, subject) SELECT id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(subject
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е')
    FROM tickets;
INSERT INTO message_fts(message_fts) VALUES ('delete-all');
INSERT INTO message_fts(rowid, body) SELECT id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(body
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е')
    FROM messages;
UPDATE search_sync SET last_id = (SELECT COALESCE(MAX(id), 0) FROM messages)
    WHERE name = 'messages';

CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO ticket_fts(rowid, subject) VALUES (new.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(new.subject
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
END;
CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject) VALUES ('delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(old.subject
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF subject ON tickets
    WHEN old.subject IS NOT new.subject BEGIN
    INSERT INTO ticket_fts(ticket_fts, rowid, subject) VALUES ('delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(old.subject
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
    INSERT INTO ticket_fts(rowid, subject) VALUES (new.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(new.subject
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(old.body
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(old.body
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
    INSERT INTO message_fts(rowid, body) VALUES (new.id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(new.body
            , 'ł', 'l')
            , 'Ł', 'l')
            , 'đ', 'd')
            , 'Đ', 'd')
            , 'ð', 'd')
            , 'Ð', 'd')
            , 'ǆ', 'dz')
            , 'ǅ', 'dz')
            , 'Ǆ', 'dz')
            , 'ǉ', 'lj')
            , 'ǈ', 'lj')
            , 'Ǉ', 'lj')
            , 'ǌ', 'nj')
            , 'ǋ', 'nj')
            , 'Ǌ', 'nj')
            , 'ø', 'o')
            , 'Ø', 'o')
            , 'ß', 'ss')
            , 'ẞ', 'ss')
            , 'æ', 'ae')
            , 'Æ', 'ae')
            , 'œ', 'oe')
            , 'Œ', 'oe')
            , 'ё', 'е')
            , 'Ё', 'е'));
END;
