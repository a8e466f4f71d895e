// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitokenstore.h"

#include "directory/directorystore.h"
#include "storage/db.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace helpdesk::server {

namespace {

// A password hash no password matches.
const QString kNoPassword = QStringLiteral("!api-token");

const QString kColumns = QStringLiteral(
    "id, name, user_id, scopes, created_by, created_at, last_used_at, revoked_at");

QJsonValue optionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs))
              : QJsonValue();
}

ApiToken fromRow(const Query& query)
{
    ApiToken token;
    token.id = query.int64(0);
    token.name = query.text(1);
    token.userId = UserId(query.int64(2));
    for (const QJsonValue& scope : QJsonDocument::fromJson(query.text(3).toUtf8()).array())
        token.scopes << scope.toString();
    if (!query.isNull(4))
        token.createdBy = UserId(query.int64(4));
    token.createdAtMs = query.int64(5);
    if (!query.isNull(6))
        token.lastUsedAtMs = query.int64(6);
    if (!query.isNull(7))
        token.revokedAtMs = query.int64(7);
    return token;
}

} // namespace

QJsonObject ApiToken::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), double(id) }, { QStringLiteral("name"), name },
        { QStringLiteral("userId"), double(userId.value()) },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) },
        { QStringLiteral("createdBy"),
            createdBy ? QJsonValue(double(createdBy->value())) : QJsonValue() },
        { QStringLiteral("createdAt"), optionalTime(createdAtMs) },
        { QStringLiteral("lastUsedAt"), optionalTime(lastUsedAtMs) },
        { QStringLiteral("revokedAt"), optionalTime(revokedAtMs) } };
}

namespace apitokenstore {

ApiToken insert(Db& db, const QString& name, const QStringList& scopes,
    const QByteArray& digest, UserId createdBy)
{
    User service;
    do {
        service.login = QStringLiteral("api-token-%1")
                            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    } while (loginTaken(db, service.login));
    service.name = name;
    service.role = Role::Agent;
    service.enabled = false;
    service = insertUser(db, service, kNoPassword);

    ApiToken token;
    token.name = name;
    token.userId = service.id;
    token.scopes = scopes;
    token.createdBy = createdBy;
    token.createdAtMs = nowMs();
    Query insert(db,
        QStringLiteral("INSERT INTO api_tokens (name, user_id, token_hash, scopes, created_by, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(name)
        .bind(service.id.value())
        .bind(digest)
        .bind(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(scopes)).toJson(QJsonDocument::Compact)))
        .bind(createdBy.value())
        .bind(token.createdAtMs);
    token.id = insert.scalar().toLongLong();
    return token;
}

QVector<ApiToken> list(Db& db, bool includeRevoked)
{
    Query query(db,
        QStringLiteral("SELECT %1 FROM api_tokens %2 ORDER BY id")
            .arg(kColumns,
                includeRevoked ? QString() : QStringLiteral("WHERE revoked_at IS NULL")));
    query.exec();
    QVector<ApiToken> tokens;
    while (query.next())
        tokens << fromRow(query);
    return tokens;
}

std::optional<ApiToken> find(Db& db, qint64 id)
{
    Query query(db, QStringLiteral("SELECT %1 FROM api_tokens WHERE id = ?").arg(kColumns));
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<ApiToken> findLive(Db& db, const QByteArray& digest)
{
    Query query(db,
        QStringLiteral("SELECT %1 FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")
            .arg(kColumns));
    query.bind(digest).exec();
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

bool revoke(Db& db, qint64 id)
{
    Query revoke(db,
        QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL "
                       "RETURNING id"));
    revoke.bind(nowMs()).bind(id).exec();
    return revoke.next();
}

void touch(Db& db, qint64 id)
{
    Query touch(db, QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"));
    touch.bind(nowMs()).bind(id).exec();
}

} // namespace apitokenstore
} // namespace helpdesk::server
