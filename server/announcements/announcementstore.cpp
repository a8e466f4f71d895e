// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementstore.h"

#include "storage/db.h"

namespace helpdesk::server::announcementstore {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.kind, a.audience, a.service_kind, a.starts_at, a.ends_at, a.published_at, "
    "a.updated_at, a.withdrawn_at, a.author_id, a.version");

// The audience holds the organisation bound at both '?'.
const QString kConcerns = QStringLiteral(
    "(a.audience = 'all' OR (a.audience = 'customers' AND EXISTS (SELECT 1 FROM "
    "announcement_customers c WHERE c.announcement_id = a.id AND c.customer_id = ?)) OR "
    "(a.audience = 'service' AND EXISTS (SELECT 1 FROM customer_services s WHERE "
    "s.customer_id = ? AND s.kind = a.service_kind)))");

Announcement fromRow(const Query& row)
{
    Announcement a;
    a.id = AnnouncementId(row.int64(0));
    a.kind = row.text(1);
    a.audience = row.text(2);
    a.serviceKind = row.isNull(3) ? QString() : row.text(3);
    a.startsAt = row.int64(4);
    a.endsAt = row.int64(5);
    a.publishedAt = row.int64(6);
    a.updatedAt = row.int64(7);
    if (!row.isNull(8))
        a.withdrawnAt = row.int64(8);
    if (!row.isNull(9))
        a.authorId = UserId(row.int64(9));
    a.version = row.int64(10);
    return a;
}

void loadDetails(Db& db, Announcement& a)
{
    Query customers(db, QStringLiteral("SELECT customer_id FROM announcement_customers WHERE "
                                       "announcement_id = ? ORDER BY customer_id"));
    customers.bind(a.id.value()).exec();
    while (customers.next())
        a.customerIds << CustomerId(customers.int64(0));
    Query texts(db, QStringLiteral("SELECT language, title, body FROM announcement_texts WHERE "
                                   "announcement_id = ? ORDER BY position"));
    texts.bind(a.id.value()).exec();
    while (texts.next())
        a.texts << AnnouncementText { texts.text(0), texts.text(1), texts.text(2) };
}

void writeDetails(Db& db, const Announcement& a)
{
    Query(db, QStringLiteral("DELETE FROM announcement_customers WHERE announcement_id = ?"))
        .bind(a.id.value())
        .exec();
    Query(db, QStringLiteral("DELETE FROM announcement_texts WHERE announcement_id = ?"))
        .bind(a.id.value())
        .exec();
    for (CustomerId customer : a.customerIds)
        Query(db, QStringLiteral("INSERT INTO announcement_customers (announcement_id, "
                                 "customer_id) VALUES (?, ?)"))
            .bind(a.id.value())
            .bind(customer.value())
            .exec();
    for (qsizetype i = 0; i < a.texts.size(); ++i)
        Query(db, QStringLiteral("INSERT INTO announcement_texts (announcement_id, position, "
                                 "language, title, body) VALUES (?, ?, ?, ?, ?)"))
            .bind(a.id.value())
            .bind(qint64(i))
            .bind(a.texts.at(i).language)
            .bind(sqlText(a.texts.at(i).title))
            .bind(sqlText(a.texts.at(i).body))
            .exec();
}

QVariant optionalInt(std::optional<qint64> value)
{
    return value ? QVariant(*value) : sqlNullInt();
}

// The WHERE clause of a filter and its values in bind order.
QString whereOf(const ListFilter& filter, QVariantList* values)
{
    QStringList clauses;
    QStringList states;
    for (const QString& state : filter.states) {
        if (state == u"withdrawn") {
            states << QStringLiteral("a.withdrawn_at IS NOT NULL");
            continue;
        }
        if (state == u"ended") {
            states << QStringLiteral("(a.withdrawn_at IS NULL AND a.ends_at <= ?)");
            *values << filter.now;
        } else if (state == u"upcoming") {
            states << QStringLiteral("(a.withdrawn_at IS NULL AND a.ends_at > ? AND a.starts_at > ?)");
            *values << filter.now << filter.now;
        } else {
            states << QStringLiteral("(a.withdrawn_at IS NULL AND a.ends_at > ? AND a.starts_at <= ?)");
            *values << filter.now << filter.now;
        }
    }
    if (!states.isEmpty())
        clauses << u'(' + states.join(QStringLiteral(" OR ")) + u')';
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (const QString& kind : filter.kinds) {
            marks << QStringLiteral("?");
            *values << kind;
        }
        clauses << QStringLiteral("a.kind IN (%1)").arg(marks.join(u','));
    }
    if (filter.concerning) {
        clauses << kConcerns;
        *values << filter.concerning->value() << filter.concerning->value();
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

} // namespace

std::optional<Announcement> find(Db& db, AnnouncementId id)
{
    Query row(db, QStringLiteral("SELECT %1 FROM announcements a WHERE a.id = ?").arg(kColumns));
    row.bind(id.value()).exec();
    if (!row.next())
        return std::nullopt;
    Announcement a = fromRow(row);
    loadDetails(db, a);
    return a;
}

AnnouncementId insert(Db& db, const Announcement& announcement)
{
    Query row(db,
        QStringLiteral("INSERT INTO announcements (kind, audience, service_kind, starts_at, "
                       "ends_at, published_at, updated_at, withdrawn_at, author_id, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, 1) RETURNING id"));
    Announcement a = announcement;
    a.id = AnnouncementId(row.bind(a.kind)
                              .bind(a.audience)
                              .bind(a.serviceKind.isEmpty() ? sqlNullText() : QVariant(a.serviceKind))
                              .bind(a.startsAt)
                              .bind(a.endsAt)
                              .bind(a.publishedAt)
                              .bind(a.updatedAt)
                              .bind(sqlValue(a.authorId))
                              .scalar()
                              .toLongLong());
    writeDetails(db, a);
    return a.id;
}

void update(Db& db, const Announcement& a)
{
    Query(db,
        QStringLiteral("UPDATE announcements SET kind = ?, audience = ?, service_kind = ?, "
                       "starts_at = ?, ends_at = ?, updated_at = ?, withdrawn_at = ?, version = ? "
                       "WHERE id = ?"))
        .bind(a.kind)
        .bind(a.audience)
        .bind(a.serviceKind.isEmpty() ? sqlNullText() : QVariant(a.serviceKind))
        .bind(a.startsAt)
        .bind(a.endsAt)
        .bind(a.updatedAt)
        .bind(optionalInt(a.withdrawnAt))
        .bind(a.version)
        .bind(a.id.value())
        .exec();
    writeDetails(db, a);
}

QVector<Announcement> list(Db& db, const ListFilter& filter, qint64 limit, qint64 offset)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    Query rows(db,
        QStringLiteral("SELECT %1 FROM announcements a%2 ORDER BY a.starts_at DESC, a.id DESC "
                       "LIMIT ? OFFSET ?")
            .arg(kColumns, where));
    for (const QVariant& value : values)
        rows.bind(value);
    rows.bind(limit).bind(offset).exec();
    QVector<Announcement> items;
    while (rows.next())
        items << fromRow(rows);
    for (Announcement& a : items)
        loadDetails(db, a);
    return items;
}

qint64 count(Db& db, const ListFilter& filter)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    Query total(db, QStringLiteral("SELECT COUNT(*) FROM announcements a%1").arg(where));
    for (const QVariant& value : values)
        total.bind(value);
    return total.scalar().toLongLong();
}

bool concerns(Db& db, const Announcement& announcement, CustomerId customer)
{
    if (announcement.audience == u"all")
        return true;
    if (announcement.audience == u"customers")
        return announcement.customerIds.contains(customer);
    Query service(db, QStringLiteral("SELECT COUNT(*) FROM customer_services WHERE customer_id = ? "
                                     "AND kind = ?"));
    return service.bind(customer.value()).bind(announcement.serviceKind).scalar().toLongLong() > 0;
}

QVector<CustomerId> audience(Db& db, const Announcement& announcement)
{
    if (announcement.audience == u"customers")
        return announcement.customerIds;
    const bool all = announcement.audience == u"all";
    Query rows(db,
        all ? QStringLiteral("SELECT id FROM customers ORDER BY id")
            : QStringLiteral("SELECT DISTINCT customer_id FROM customer_services WHERE kind = ? "
                             "ORDER BY customer_id"));
    if (!all)
        rows.bind(announcement.serviceKind);
    rows.exec();
    QVector<CustomerId> customers;
    while (rows.next())
        customers << CustomerId(rows.int64(0));
    return customers;
}

} // namespace helpdesk::server::announcementstore
