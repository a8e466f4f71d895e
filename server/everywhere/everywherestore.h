// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// search.everywhere's own SQL: contacts found by what a user typed.
namespace everywhere {

// Contacts (customer users) whose name, login or e-mail holds every one of `words` (any
// case), by name; with `customer`, only that organisation's.
QVector<User> findContacts(
    Db& db, const QStringList& words, const std::optional<CustomerId>& customer, qint64 limit);

} // namespace everywhere
} // namespace helpdesk::server
