// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

#include <optional>

namespace helpdesk::test {

// Issue 11's guided requests in tst_permissions: a queue the lead leads (made by the lead, so
// it leads it), a sensitive request type without a queue (a technical contact may file it),
// and the request each (method, scope) row stands for.
struct RequestFixture
{
    qint64 ledQueue = 0;
    qint64 sensitiveType = 0;
    qint64 starterType = 0; // "problem", in Support, which the lead does not lead
};

RequestFixture makeRequestFixture(TestClient& admin, TestClient& lead);

// Scopes: requestType.save "new" (a type in the led queue), "led" (a fresh such type, at its
// version), "own" (the starter type), "missing"; requestType.archive "led", "own", "missing";
// ticket.approve/refuse "awaiting" (a fresh Acme request amy filed, awaiting its owner),
// "foreign" (a Globex request awaiting Bob), "missing". nullopt for other methods.
std::optional<QJsonObject> requestParamsFor(const RequestFixture& fixture, const QString& method,
    const QString& scope, TestClient& admin, TestClient& amy);

} // namespace helpdesk::test
