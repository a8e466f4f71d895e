// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace helpdesk::server {

class Db;
class Responder;
class Session;
struct ServerContext;
struct ApiToken;

// API tokens of service accounts (issue 13): admins create, list and revoke them; a monitoring
// system signs in with one (auth.token, or the Alertmanager webhook's bearer token) and may
// then call only the methods of its scopes.
namespace auth {

// The scopes a token can hold (today "alerts": alert.fire).
QStringList knownTokenScopes();

// The rate limiter's "login" for failed token sign-ins (auth.token and the webhook alike): one
// per address, so that a guesser slows down only itself.
QString tokenLimiterKey(const QString& address);

// apiToken.create {name, scopes}: {token: <secret, shown once>, apiToken: {...}}.
QJsonValue createApiToken(Db& db, const CallContext& call, EventList& events);
// apiToken.list {includeRevoked?}: {items: [...]}, never a secret.
QJsonValue listApiTokens(Db& db, const CallContext& call);
// apiToken.revoke {id}: the token stops working, and its live sessions end (1001).
QJsonValue revokeApiToken(Db& db, const CallContext& call, EventList& events);

// auth.token {token}: the session acts as the token's service account.
void tokenLogin(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);

// The principal of a live token's secret, marking it used; nullopt (and an audit line
// "auth.tokenFailed" from `address`) for an unknown or revoked one. Runs in a write job.
std::optional<Principal> principalOfToken(
    Db& db, const QString& secret, const QString& address, const QString& via);

} // namespace auth
} // namespace helpdesk::server
