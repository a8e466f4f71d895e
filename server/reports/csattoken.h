// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

#include <optional>

namespace helpdesk::server {

class Db;

namespace reports {

// The one-click rating link of a resolution mail carries a token: the ticket id, the
// resolution's number and an HMAC-SHA256 over both with the server's secret (kept in
// server_secrets, made on first use, the same for every server sharing the database).
// Anyone holding the token may rate that one resolution, nothing else.
struct CsatTokenClaim
{
    TicketId ticket;
    qint64 resolution = 0;
};

QString csatToken(Db& db, TicketId ticket, qint64 resolution);
// The number of the ticket's last resolution (0: never resolved).
qint64 latestResolution(Db& db, TicketId ticket);
// nullopt for a token that is malformed or whose signature does not match.
std::optional<CsatTokenClaim> verifyCsatToken(Db& db, const QString& token);

} // namespace reports
} // namespace helpdesk::server
