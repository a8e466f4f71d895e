// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server {

// Argon2id password hashes in the PHC string form ("$argon2id$v=19$m=...").
// hashPassword throws std::runtime_error if Argon2 fails (out of memory).
// Both calls take tens of milliseconds by design: never call them on the network thread.
QString hashPassword(const QString& password);
bool verifyPassword(const QString& password, const QString& encodedHash);
// A valid hash of a random password, verified against when a login does not exist so that
// the response takes as long as for a real user.
const QString& decoyHash();

} // namespace helpdesk::server
