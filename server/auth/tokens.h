// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace helpdesk::server {

// A new session token: 256 random bits, base64url without padding (43 characters).
QString generateToken();
// What the database stores instead of the token itself (SHA-256).
QByteArray tokenDigest(const QString& token);

} // namespace helpdesk::server
