// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditstore.h"

#include "storage/db.h"

#include <QJsonDocument>

namespace helpdesk::server {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), double(id) },
        { QStringLiteral("at"), toWireTime(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)) },
        { QStringLiteral("actorId"),
            actorId ? QJsonValue(double(actorId->value())) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("address"), address },
        { QStringLiteral("action"), action },
        { QStringLiteral("objectType"), objectType },
        { QStringLiteral("objectId"),
            objectId ? QJsonValue(double(*objectId)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("details"), details },
    };
}

void appendAudit(Db& db, const AuditEntry& entry)
{
    Query insert(db,
        QStringLiteral("INSERT INTO audit_log (at, actor_id, address, action, object_type, "
                       "object_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(entry.atMs ? entry.atMs : nowMs())
        .bind(sqlValue(entry.actorId))
        .bind(sqlText(entry.address))
        .bind(entry.action)
        .bind(sqlText(entry.objectType))
        .bind(entry.objectId ? QVariant(*entry.objectId) : sqlNullInt())
        .bind(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)))
        .exec();
}

QVector<AuditEntry> findAudit(Db& db, const AuditQuery& query)
{
    QStringList where;
    QVariantList values;
    auto add = [&](const QString& clause, const QVariant& value) {
        where << clause;
        values << value;
    };
    if (!query.action.isEmpty())
        add(QStringLiteral("action = ?"), query.action);
    if (query.actorId)
        add(QStringLiteral("actor_id = ?"), query.actorId->value());
    if (!query.objectType.isEmpty())
        add(QStringLiteral("object_type = ?"), query.objectType);
    if (query.objectId)
        add(QStringLiteral("object_id = ?"), *query.objectId);
    if (query.sinceMs)
        add(QStringLiteral("at >= ?"), *query.sinceMs);
    if (query.untilMs)
        add(QStringLiteral("at < ?"), *query.untilMs);
    if (query.beforeId)
        add(QStringLiteral("id < ?"), *query.beforeId);
    Query rows(db,
        QStringLiteral("SELECT id, at, actor_id, address, action, object_type, object_id, details "
                       "FROM audit_log%1 ORDER BY id DESC LIMIT ?")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& value : values)
        rows.bind(value);
    rows.bind(query.limit).exec();
    QVector<AuditEntry> entries;
    while (rows.next()) {
        AuditEntry entry;
        entry.id = rows.int64(0);
        entry.atMs = rows.int64(1);
        if (!rows.isNull(2))
            entry.actorId = UserId(rows.int64(2));
        entry.address = rows.text(3);
        entry.action = rows.text(4);
        entry.objectType = rows.text(5);
        if (!rows.isNull(6))
            entry.objectId = rows.int64(6);
        entry.details = QJsonDocument::fromJson(rows.text(7).toUtf8()).object();
        entries << entry;
    }
    return entries;
}

} // namespace helpdesk::server
