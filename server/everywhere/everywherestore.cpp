// SPDX-License-Identifier: GPL-3.0-or-later
#include "everywherestore.h"

#include "directory/directorystore.h"
#include "storage/db.h"

namespace helpdesk::server::everywhere {

QVector<User> findContacts(
    Db& db, const QStringList& words, const std::optional<CustomerId>& customer, qint64 limit)
{
    // lower() on both sides: SQLite's LIKE ignores ASCII case only, PostgreSQL's none.
    QString where = QStringLiteral(" WHERE u.customer_id IS NOT NULL");
    if (customer)
        where += QStringLiteral(" AND u.customer_id = ?");
    for (qsizetype i = 0; i < words.size(); ++i)
        where += QStringLiteral(" AND (lower(u.name) LIKE ? ESCAPE '\\' OR lower(u.login) LIKE ? "
                                "ESCAPE '\\' OR lower(coalesce(u.email, '')) LIKE ? ESCAPE '\\')");
    Query rows(db,
        QStringLiteral("SELECT %1 FROM users u%2 ORDER BY u.name, u.id LIMIT ?")
            .arg(userColumns(), where));
    if (customer)
        rows.bind(customer->value());
    for (const QString& word : words) {
        const QString pattern = likePattern(word.toLower());
        rows.bind(pattern).bind(pattern).bind(pattern);
    }
    rows.bind(limit).exec();
    QVector<User> users;
    while (rows.next())
        users << userFromRow(rows);
    return users;
}

} // namespace helpdesk::server::everywhere
