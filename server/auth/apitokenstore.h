// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// An API token of a service account (issue 13): what apiToken.list shows, never the secret.
struct ApiToken
{
    qint64 id = 0;
    QString name;
    UserId userId; // the service user that acts for it
    QStringList scopes;
    std::optional<UserId> createdBy;
    qint64 createdAtMs = 0;
    std::optional<qint64> lastUsedAtMs;
    std::optional<qint64> revokedAtMs;

    QJsonObject toJson() const;
};

// The api_tokens table. Each token gets its own service user: a disabled staff row named like
// the token (it never logs in with a password; tickets and notes name it).
namespace apitokenstore {

ApiToken insert(Db& db, const QString& name, const QStringList& scopes,
    const QByteArray& digest, UserId createdBy);
QVector<ApiToken> list(Db& db, bool includeRevoked);
std::optional<ApiToken> find(Db& db, qint64 id);
// A token that is not revoked, by the SHA-256 of its secret.
std::optional<ApiToken> findLive(Db& db, const QByteArray& digest);
// False when it was revoked already (or does not exist).
bool revoke(Db& db, qint64 id);
void touch(Db& db, qint64 id);

} // namespace apitokenstore
} // namespace helpdesk::server
