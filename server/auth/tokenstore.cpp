// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include "directory/directorystore.h"
#include "storage/db.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace helpdesk::server {

QString generateToken()
{
    quint32 words[8];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenDigest(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

qint64 insertToken(Db& db, UserId user, const QByteArray& digest, qint64 ttlMs)
{
    const qint64 now = nowMs();
    Query insert(db,
        QStringLiteral("INSERT INTO auth_tokens (user_id, token_hash, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"));
    insert.bind(user.value()).bind(digest).bind(now).bind(now + ttlMs);
    return insert.scalar().toLongLong();
}

std::optional<User> findTokenUser(Db& db, const QByteArray& digest, qint64* tokenId)
{
    Query query(db,
        QStringLiteral("SELECT %1, t.id FROM auth_tokens t JOIN users u ON u.id = t.user_id "
                       "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? "
                       "AND u.enabled = 1")
            .arg(userColumns()));
    query.bind(digest).bind(nowMs()).exec();
    if (!query.next())
        return std::nullopt;
    *tokenId = query.int64(kUserColumns);
    return userFromRow(query);
}

void revokeToken(Db& db, qint64 tokenId)
{
    Query revoke(db,
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    revoke.bind(nowMs()).bind(tokenId).exec();
}

void revokeTokensOf(Db& db, UserId user, qint64 exceptTokenId)
{
    Query revoke(db,
        QStringLiteral("UPDATE auth_tokens SET revoked_at = ? WHERE user_id = ? AND id <> ? "
                       "AND revoked_at IS NULL"));
    revoke.bind(nowMs()).bind(user.value()).bind(exceptTokenId).exec();
}

} // namespace helpdesk::server
