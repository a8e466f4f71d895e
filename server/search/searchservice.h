// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QJsonArray>
#include <QJsonValue>

namespace helpdesk::server {

class Db;

namespace search {
// Full-text search over subjects and messages the caller may read, newest first. Matches are
// never ranked: with a common word the index is read only until `limit` hits are found.
QJsonValue run(Db& db, const CallContext& call);
// The words of `text` as unicode61 sees them (letters, digits and marks), at most `max`.
QStringList textWords(const QString& text, int max);
// Lower case without accents and with the letters of foldLetters folded: near enough to the
// index's folding to compare words (snippets, highlights, similar tickets).
QString foldWord(const QString& word);
// Turns what a user typed into a safe FTS5 query: every word quoted, all required, the
// last one as a prefix, the letters folded as the index folds them (foldLetters). Empty when
// the text has no word.
QString ftsQuery(const QString& text);
// The same words for PostgreSQL's helpdesk_tsquery(): plain words separated by spaces (it
// folds them like the index and makes the last one a prefix). Empty when the text has no word.
QString tsQueryWords(const QString& text);
// A plain-text excerpt of about `words` words around the first word that starts with one of
// the query's words (ignoring case and accents), with "…" where text was cut. For PostgreSQL,
// where ts_headline would read and parse the whole text again.
QString snippet(const QString& text, const QString& query, int words);
// Where the query's words occur in `text`, as [start, length] pairs (UTF-16 offsets): words
// equal to a query word after folding case, accents and the letters of foldLetters, and
// words starting with the last query word (it matches as a prefix).
QJsonArray highlights(const QString& text, const QString& query);
} // namespace search

} // namespace helpdesk::server
