// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorystore.h"

#include "storage/db.h"

namespace helpdesk::server {

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

namespace {

// lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
QString customerWhere(const QString& text)
{
    return text.isEmpty() ? QString()
                          : QStringLiteral(" WHERE lower(name) LIKE lower(?) ESCAPE '\\'");
}

QString userWhere(const UserFilter& filter)
{
    if (filter.customer)
        return QStringLiteral(" WHERE u.customer_id = ?");
    if (filter.staffOnly)
        return QStringLiteral(" WHERE u.customer_id IS NULL");
    return {};
}

void bindUserFilter(Query& query, const UserFilter& filter)
{
    if (filter.customer)
        query.bind(filter.customer->value());
}

} // namespace

QString userColumns(const QString& alias)
{
    return QStringLiteral(
        "%1.id, %1.login, %1.name, %1.role, %1.locale, %1.customer_id, %1.contact_role, "
        "%1.email, %1.phone, %1.enabled")
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
    user.email = query.text(c + 7);
    user.phone = query.text(c + 8);
    user.enabled = query.value(c + 9).toInt() != 0;
    return user;
}

Principal principalOf(const User& user)
{
    return Principal { user.id, user.role, user.customerId, user.contactRole, {} };
}

std::optional<User> findUser(Db& db, UserId id)
{
    Query query(db, QStringLiteral("SELECT %1 FROM users u WHERE u.id = ?").arg(userColumns()));
    query.bind(id.value()).exec();
    if (!query.next())
        return std::nullopt;
    return userFromRow(query);
}

std::optional<User> findUserByLogin(Db& db, const QString& login, QString* passwordHash)
{
    Query query(db,
        QStringLiteral("SELECT %1, u.password_hash FROM users u WHERE u.login = ?")
            .arg(userColumns()));
    query.bind(login).exec();
    if (!query.next())
        return std::nullopt;
    *passwordHash = query.text(kUserColumns);
    return userFromRow(query);
}

bool loginTaken(Db& db, const QString& login)
{
    Query taken(db, QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    return taken.bind(login).scalar().isValid();
}

void updateUserRow(Db& db, const User& user)
{
    Query update(db,
        QStringLiteral("UPDATE users SET name = ?, email = ?, phone = ?, locale = ?, "
                       "contact_role = ?, enabled = ? WHERE id = ?"));
    update.bind(user.name)
        .bind(sqlText(user.email))
        .bind(sqlText(user.phone))
        .bind(sqlText(user.locale))
        .bind(user.contactRole ? QVariant(toString(*user.contactRole)) : sqlNullText())
        .bind(user.enabled ? 1 : 0)
        .bind(user.id.value())
        .exec();
}

bool findUserHash(Db& db, UserId id, QString* passwordHash)
{
    Query query(db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    const QVariant hash = query.bind(id.value()).scalar();
    if (!hash.isValid())
        return false;
    *passwordHash = hash.toString();
    return true;
}

void setUserHash(Db& db, UserId id, const QString& passwordHash)
{
    Query update(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.bind(passwordHash).bind(id.value()).exec();
}

void setUserLocale(Db& db, UserId id, const QString& locale)
{
    Query update(db, QStringLiteral("UPDATE users SET locale = ? WHERE id = ?"));
    update.bind(locale).bind(id.value()).exec();
}

QVector<User> findUsers(Db& db, const UserFilter& filter, qint64 limit, qint64 offset)
{
    Query rows(db,
        QStringLiteral("SELECT %1 FROM users u%2 ORDER BY u.name, u.id LIMIT ? OFFSET ?")
            .arg(userColumns(), userWhere(filter)));
    bindUserFilter(rows, filter);
    rows.bind(limit).bind(offset).exec();
    QVector<User> users;
    while (rows.next())
        users << userFromRow(rows);
    return users;
}

qint64 countUsers(Db& db, const UserFilter& filter)
{
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM users u%1").arg(userWhere(filter)));
    bindUserFilter(count, filter);
    return count.scalar().toLongLong();
}

Customer insertCustomer(Db& db, const QString& name)
{
    Query insert(
        db, QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
    insert.bind(name).bind(nowMs());
    Customer customer;
    customer.id = CustomerId(insert.scalar().toLongLong());
    customer.name = name;
    return customer;
}

QVector<Customer> findCustomers(Db& db, const QString& text, qint64 limit, qint64 offset)
{
    Query rows(db,
        QStringLiteral("SELECT id, name, language, notes, mail_domain FROM customers%1 ORDER BY name, id "
                       "LIMIT ? OFFSET ?")
            .arg(customerWhere(text)));
    if (!text.isEmpty())
        rows.bind(likePattern(text));
    rows.bind(limit).bind(offset).exec();
    QVector<Customer> customers;
    while (rows.next())
        customers << Customer { CustomerId(rows.int64(0)), rows.text(1), rows.text(2),
            rows.text(3), std::nullopt, rows.text(4) };
    return customers;
}

std::optional<Customer> findCustomer(Db& db, CustomerId id)
{
    Query row(db,
        QStringLiteral("SELECT name, language, notes, mail_domain FROM customers WHERE id = ?"));
    row.bind(id.value()).exec();
    if (!row.next())
        return std::nullopt;
    return Customer { id, row.text(0), row.text(1), row.text(2), std::nullopt, row.text(3) };
}

QVector<Service> customerServices(Db& db, CustomerId id)
{
    Query rows(db,
        QStringLiteral("SELECT id, kind, name, details FROM customer_services "
                       "WHERE customer_id = ? ORDER BY id"));
    rows.bind(id.value()).exec();
    QVector<Service> services;
    while (rows.next())
        services << Service { rows.int64(0), rows.text(1), rows.text(2), rows.text(3) };
    return services;
}

void updateCustomer(Db& db, const Customer& customer)
{
    Query update(db, QStringLiteral("UPDATE customers SET name = ?, language = ?, notes = ?, "
                                    "mail_domain = ? WHERE id = ?"));
    update.bind(customer.name)
        .bind(sqlText(customer.language))
        .bind(sqlText(customer.notes))
        .bind(sqlText(customer.mailDomain))
        .bind(customer.id.value())
        .exec();
    if (!customer.services)
        return;
    Query clear(db, QStringLiteral("DELETE FROM customer_services WHERE customer_id = ?"));
    clear.bind(customer.id.value()).exec();
    for (const Service& service : *customer.services) {
        // One Query per row: its binds start over (the prepared statement is cached).
        Query insert(db,
            QStringLiteral("INSERT INTO customer_services (customer_id, kind, name, details) "
                           "VALUES (?, ?, ?, ?)"));
        insert.bind(customer.id.value())
            .bind(service.kind)
            .bind(service.name)
            .bind(sqlText(service.details))
            .exec();
    }
}

qint64 countCustomers(Db& db, const QString& text)
{
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM customers%1").arg(customerWhere(text)));
    if (!text.isEmpty())
        count.bind(likePattern(text));
    return count.scalar().toLongLong();
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
                       "password_hash, created_at, email, phone, enabled) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(user.login)
        .bind(user.name)
        .bind(toString(user.role))
        .bind(sqlText(user.locale))
        .bind(sqlValue(user.customerId))
        .bind(user.contactRole ? QVariant(toString(*user.contactRole)) : sqlNullText())
        .bind(passwordHash)
        .bind(nowMs())
        .bind(sqlText(user.email))
        .bind(sqlText(user.phone))
        .bind(user.enabled ? 1 : 0);
    User created = user;
    created.id = UserId(insert.scalar().toLongLong());
    return created;
}

} // namespace helpdesk::server
