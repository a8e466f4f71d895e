// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "storage/db.h"

namespace helpdesk::server {

QString userColumns(const QString& alias)
{
    return QStringLiteral(
        "%1.id, %1.login, %1.name, %1.role, %1.locale, %1.customer_id, %1.contact_role")
        .arg(alias);
}

User userFromRow(const Query& query, int c)
{
    User user;
    user.id = UserId(query.int64(c));
    user.login = query.text(c + 1);
    user.name = query.text(c + 2);
    user.role = roleFromString(query.text(c + 3)).value_or(Role::Customer);
    user.locale = query.text(c + 4);
    if (!query.isNull(c + 5))
        user.customerId = CustomerId(query.int64(c + 5));
    if (!query.isNull(c + 6))
        user.contactRole = contactRoleFromString(query.text(c + 6));
    return user;
}

Principal principalOf(const User& user)
{
    return Principal { user.id, user.role, user.customerId, user.contactRole };
}

std::optional<User> findUser(Db& db, UserId id)
{
    Query query(db, QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?").arg(userColumns()));
    query.bind(id.value()).exec();
    if (!query.next())
        return std::nullopt;
    return userFromRow(query);
}

bool customerExists(Db& db, CustomerId id)
{
    Query query(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    return query.bind(id.value()).scalar().isValid();
}

bool queueExists(Db& db, QueueId id)
{
    Query query(db, QStringLiteral("SELECT 1 FROM queues WHERE id = ?"));
    return query.bind(id.value()).scalar().isValid();
}

User insertUser(Db& db, const User& user, const QString& passwordHash)
{
    Query insert(db,
        QStringLiteral("INSERT INTO users (login, name, role, locale, customer_id, contact_role, "
                       "password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(user.login)
        .bind(user.name)
        .bind(toString(user.role))
        .bind(user.locale.isNull() ? QStringLiteral("")
                                   : user.locale) // NOT NULL column; a null QString binds NULL
        .bind(sqlValue(user.customerId))
        .bind(user.contactRole ? QVariant(toString(*user.contactRole)) : sqlNullText())
        .bind(passwordHash)
        .bind(nowMs());
    User created = user;
    created.id = UserId(insert.scalar().toLongLong());
    return created;
}

} // namespace helpdesk::server
