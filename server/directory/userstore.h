// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <optional>

namespace helpdesk::server {

class Db;
class Query;

// Column list matching userFromRow(); prefix with a table alias where needed.
QString userColumns(const QString& alias = QStringLiteral("u"));
User userFromRow(const Query& query, int firstColumn = 0);
Principal principalOf(const User& user);

std::optional<User> findUser(Db& db, UserId id);
bool customerExists(Db& db, CustomerId id);
bool queueExists(Db& db, QueueId id);

// Inserts a user whose password is already hashed; the caller has validated every field.
User insertUser(Db& db, const User& user, const QString& passwordHash);

} // namespace helpdesk::server
