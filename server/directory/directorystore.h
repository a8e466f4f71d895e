// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <QVector>

#include <optional>

namespace helpdesk::server {

// `%text%` for LIKE ... ESCAPE '\\': the text's own %, _ and \\ match only themselves.
QString likePattern(const QString& text);

class Db;
class Query;

// Column list matching userFromRow(); prefix with a table alias where needed.
QString userColumns(const QString& alias = QStringLiteral("u"));
constexpr int kUserColumns = 10; // how many userColumns() are
User userFromRow(const Query& query, int firstColumn = 0);
Principal principalOf(const User& user);

// The directory's SQL: users, organisations (customers) and queues.

std::optional<User> findUser(Db& db, UserId id);
// With the stored password hash, for a login check.
std::optional<User> findUserByLogin(Db& db, const QString& login, QString* passwordHash);
bool loginTaken(Db& db, const QString& login);
// Writes name, e-mail, phone, locale, contact role and enabled of an existing user.
void updateUserRow(Db& db, const User& user);
// The stored Argon2 hash; false when there is no such user.
bool findUserHash(Db& db, UserId id, QString* passwordHash);
void setUserHash(Db& db, UserId id, const QString& passwordHash);
void setUserLocale(Db& db, UserId id, const QString& locale);

// Which users a list shows: everyone, staff only (no organisation), or one organisation's.
struct UserFilter
{
    bool staffOnly = false;
    std::optional<CustomerId> customer;
};
QVector<User> findUsers(Db& db, const UserFilter& filter, qint64 limit, qint64 offset);
qint64 countUsers(Db& db, const UserFilter& filter);

Customer insertCustomer(Db& db, const QString& name);
// Organisations whose name contains `text` (any case; empty: all), by name.
QVector<Customer> findCustomers(Db& db, const QString& text, qint64 limit, qint64 offset);
qint64 countCustomers(Db& db, const QString& text);

std::optional<Customer> findCustomer(Db& db, CustomerId id); // without services
QVector<Service> customerServices(Db& db, CustomerId id);
// Writes name, language and notes; with `services`, replaces the organisation's services.
void updateCustomer(Db& db, const Customer& customer);

bool customerExists(Db& db, CustomerId id);
bool queueExists(Db& db, QueueId id);

// Inserts a user whose password is already hashed; the caller has validated every field.
User insertUser(Db& db, const User& user, const QString& passwordHash);

} // namespace helpdesk::server
