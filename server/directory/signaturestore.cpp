// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturestore.h"

#include "storage/db.h"

namespace helpdesk::server {

QJsonObject Signature::toJson() const
{
    return QJsonObject {
        { QStringLiteral("userId"),
            userId ? QJsonValue(double(userId->value())) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("queueId"),
            queueId ? QJsonValue(double(queueId->value())) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("locale"), locale },
        { QStringLiteral("text"), text },
        { QStringLiteral("updatedAt"),
            toWireTime(QDateTime::fromMSecsSinceEpoch(updatedAtMs, Qt::UTC)) },
    };
}

QVector<Signature> signaturesFor(Db& db, UserId user)
{
    Query rows(db,
        QStringLiteral("SELECT user_id, queue_id, locale, body, updated_at FROM signatures "
                       "WHERE user_id = ? OR queue_id IS NOT NULL "
                       "ORDER BY queue_id IS NOT NULL, queue_id, locale"));
    rows.bind(user.value()).exec();
    QVector<Signature> signatures;
    while (rows.next()) {
        Signature signature;
        if (!rows.isNull(0))
            signature.userId = UserId(rows.int64(0));
        if (!rows.isNull(1))
            signature.queueId = QueueId(rows.int64(1));
        signature.locale = rows.text(2);
        signature.text = rows.text(3);
        signature.updatedAtMs = rows.int64(4);
        signatures << signature;
    }
    return signatures;
}

void storeSignature(Db& db, const Signature& signature)
{
    const bool forUser = signature.userId.has_value();
    const QString owner = forUser ? QStringLiteral("user_id") : QStringLiteral("queue_id");
    const qint64 ownerId = forUser ? signature.userId->value() : signature.queueId->value();
    const QString locale = sqlText(signature.locale);
    Query remove(
        db, QStringLiteral("DELETE FROM signatures WHERE %1 = ? AND locale = ?").arg(owner));
    remove.bind(ownerId).bind(locale).exec();
    if (signature.text.isEmpty())
        return;
    Query insert(db,
        QStringLiteral("INSERT INTO signatures (%1, locale, body, updated_at) VALUES (?, ?, ?, ?)")
            .arg(owner));
    insert.bind(ownerId).bind(locale).bind(signature.text).bind(signature.updatedAtMs).exec();
}

} // namespace helpdesk::server
