// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonArray>

#include <optional>

namespace helpdesk::server {

class Db;

namespace search {

// The search's SQL: the newest `limit` hits over subjects, then message bodies, as
// {ticketId, messageId?, snippet} objects. `text` is what the user typed, `match` its FTS5
// form (ftsQuery); with `customer`, only that organisation's tickets and public messages.
QJsonArray findHits(Db& db, const QString& text, const QString& match,
    const std::optional<CustomerId>& customer, qint64 limit);

} // namespace search
} // namespace helpdesk::server
