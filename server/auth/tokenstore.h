// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "domain/types.h"

#include <optional>

namespace helpdesk::server {

class Db;

// A new session token: 256 random bits, base64url without padding (43 characters).
QString generateToken();
// What the database stores instead of the token itself (SHA-256).
QByteArray tokenDigest(const QString& token);

// The auth_tokens table: what login, resume and logout read and write.
// Stores a new token's digest for the user; returns the token row's id.
qint64 insertToken(Db& db, UserId user, const QByteArray& digest, qint64 ttlMs);
// The user of a token that is neither revoked nor expired, and the token row's id.
std::optional<User> findTokenUser(Db& db, const QByteArray& digest, qint64* tokenId);
void revokeToken(Db& db, qint64 tokenId);
// Every live token of the user but `exceptTokenId` (0: all).
void revokeTokensOf(Db& db, UserId user, qint64 exceptTokenId = 0);

} // namespace helpdesk::server
