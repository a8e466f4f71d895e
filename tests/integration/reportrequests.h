// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

#include <optional>

namespace helpdesk::test {

class TestServer;

// The rating link's token as docs/protocol.md (csat.rateByToken) defines it, signed with the
// secret the server keeps in server_secrets: what a resolution mail carries.
QString csatTokenFor(TestServer& server, qint64 ticket, qint64 resolution);

// Issue 15's part of tst_permissions. Scopes: "own" / "foreign" / "missing" (csat.get: the
// Acme ticket, the Globex one, none); "resolved" (csat.rate: a fresh Acme ticket resolved by
// `observer`, an admin; "foreign" there: a resolved Globex ticket); "signed" / "forged"
// (csat.rateByToken: a genuine or altered token of a fresh resolution); "-" (report.*: the
// caller's own figures) and "other" (report.*: another agent's, `otherAgent`).
// nullopt for a method that is not issue 15's.
std::optional<QJsonObject> reportParamsFor(TestServer& server, TestClient& observer,
    const QString& method, const QString& scope, qint64 acmeTicket, qint64 globexTicket,
    qint64 otherAgent);

} // namespace helpdesk::test
