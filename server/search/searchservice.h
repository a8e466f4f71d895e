// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

namespace search {
// Full-text search over subjects and messages the caller may read, newest first. Matches are
// never ranked: with a common word the index is read only until `limit` hits are found.
QJsonValue run(Db& db, const CallContext& call);
// Turns what a user typed into a safe FTS5 query: every word quoted, all required, the
// last one as a prefix. Empty when the text has no word.
QString ftsQuery(const QString& text);
} // namespace search

} // namespace helpdesk::server
