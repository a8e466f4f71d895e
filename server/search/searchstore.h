// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonArray>
#include <QVariantList>

#include <optional>

namespace helpdesk::server {

class Db;

namespace search {

// The search's SQL: the newest `limit` hits over subjects, then message bodies, then the
// answers of filed requests, as {ticketId, messageId? | field?, snippet} objects. `text` is
// what the user typed, `match` its FTS5 form (ftsQuery); with `customer`, only that
// organisation's tickets and public messages.
QJsonArray findHits(Db& db, const QString& text, const QString& match,
    const std::optional<CustomerId>& customer, qint64 limit);

// What a filtered search keeps: tickets matching `ticketClauses` (" AND ..." over "tickets t",
// with `values`), public messages only when `publicOnly`, and hits written in [sinceMs,
// untilMs) (a subject hit: the ticket's creation; a message hit: the message's).
struct SearchFilter
{
    QString ticketClauses;
    QVariantList values;
    bool publicOnly = false;
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
};

// The same hits as findHits, narrowed by `filter`. Reads the full-text matches newest first
// and joins each to its ticket, so a very selective filter over a common word reads more.
QJsonArray findFilteredHits(Db& db, const QString& text, const QString& match,
    const SearchFilter& filter, qint64 limit);

} // namespace search
} // namespace helpdesk::server
