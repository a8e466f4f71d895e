// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server {

class Db;

namespace search {
// Adds the messages inserted since the last call to the full-text index, inside the caller's
// transaction. Call it before committing anything that inserted messages. Nothing to do on
// PostgreSQL, where the index follows the rows by itself.
void syncIndex(Db& db);

// The letters PostgreSQL's unaccent folds but SQLite's unicode61 tokenizer keeps (they have
// no Unicode decomposition: ł, đ, ø, ß, ё, æ, œ, ...), replaced by what unaccent gives them in
// lower case. SQLite indexes and queries text passed through this, so both backends match the
// same words. Everything else is left to the tokenizer.
QString foldLetters(const QString& text);
// The same replacement as an SQL expression over `operand` (nested replace() calls), as schema
// step 6 writes it into the SQLite triggers: usable from any SQLite connection.
QString foldLettersSql(const QString& operand);
} // namespace search

} // namespace helpdesk::server
