// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitokenservice.h"

#include "accountservice.h"
#include "apitokenstore.h"
#include "directory/directorystore.h"
#include "protocol/methods.h"
#include "rpc/params.h"
#include "rpc/ratelimiter.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/auditstore.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "tokenstore.h"

#include <QJsonArray>

#include <memory>

namespace helpdesk::server::auth {

namespace {

constexpr int kMaxNameChars = 100;
constexpr int kMaxSecretChars = 256;

QStringList validScopes(const Params& params)
{
    const auto scopes = params.optionalStringList(QStringLiteral("scopes"));
    if (!scopes)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("scopes"), QStringLiteral("required")));
    QStringList result;
    for (const QString& scope : *scopes) {
        if (!knownTokenScopes().contains(scope))
            validationError(QStringLiteral("scopes"),
                QStringLiteral("unknown scope \"%1\" (known: %2)")
                    .arg(scope.left(40), knownTokenScopes().join(QStringLiteral(", "))));
        if (!result.contains(scope))
            result << scope;
    }
    if (result.isEmpty())
        validationError(QStringLiteral("scopes"), QStringLiteral("at least one scope"));
    return result;
}

void audit(Db& db, const CallContext& call, const QString& action, const ApiToken& token)
{
    appendAudit(db,
        AuditEntry { 0, 0, call.principal.userId, call.address, action, QStringLiteral("apiToken"),
            token.id, QJsonObject { { QStringLiteral("name"), token.name } } });
}

} // namespace

QString tokenLimiterKey(const QString& address)
{
    return QStringLiteral("#api-token@") + address;
}

QStringList knownTokenScopes()
{
    return { QStringLiteral("alerts") };
}

QJsonValue createApiToken(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("name"), QStringLiteral("scopes") });
    const QString name = validText(QStringLiteral("name"),
        params.requiredString(QStringLiteral("name")), kMaxNameChars);
    const QStringList scopes = validScopes(params);
    const QString secret = generateToken();
    const ApiToken token
        = apitokenstore::insert(db, name, scopes, tokenDigest(secret), call.principal.userId);
    audit(db, call, QString(method::ApiTokenCreate), token);
    return QJsonObject { { QStringLiteral("token"), secret },
        { QStringLiteral("apiToken"), token.toJson() } };
}

QJsonValue listApiTokens(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("includeRevoked") });
    QJsonArray items;
    for (const ApiToken& token :
        apitokenstore::list(db, params.optionalBool(QStringLiteral("includeRevoked"), false)))
        items << token.toJson();
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue revokeApiToken(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const auto token = apitokenstore::find(db, id);
    if (!token)
        throw RpcException(rpc::Error::notFound(QStringLiteral("API token %1").arg(id)));
    if (apitokenstore::revoke(db, id)) {
        audit(db, call, QString(method::ApiTokenRevoke), *token);
        events << sessionsEndedEvent(token->userId, QStringLiteral("revoked"));
    }
    return apitokenstore::find(db, id)->toJson();
}

std::optional<Principal> principalOfToken(
    Db& db, const QString& secret, const QString& address, const QString& via)
{
    const auto token = apitokenstore::findLive(db, tokenDigest(secret));
    if (!token) {
        appendAudit(db,
            AuditEntry { 0, 0, std::nullopt, address, QStringLiteral("auth.tokenFailed"),
                QString(), std::nullopt, QJsonObject { { QStringLiteral("via"), via } } });
        return std::nullopt;
    }
    apitokenstore::touch(db, token->id);
    Principal principal;
    principal.userId = token->userId;
    principal.role = Role::Agent;
    principal.scopes = token->scopes;
    return principal;
}

void tokenLogin(ServerContext& context, Session& session, const QJsonObject& object,
    const Responder& respond)
{
    const Params params(object);
    params.rejectUnknown({ QStringLiteral("token") });
    const QString secret = params.requiredString(QStringLiteral("token"));
    if (secret.isEmpty() || secret.size() > kMaxSecretChars)
        validationError(QStringLiteral("token"), QStringLiteral("not a token"));
    const QString address = session.peerAddress();
    const qint64 wait = context.limiter.retryAfterMs(tokenLimiterKey(address), address, nowMs());
    if (wait > 0) {
        respond.error({ rpc::RateLimited, QStringLiteral("too many failed sign-ins; try again later"),
            QJsonObject { { QStringLiteral("retryAfterMs"), double(wait) } } });
        return;
    }
    session.holdFrames();
    auto principal = std::make_shared<std::optional<Principal>>();
    context.storage.write(
        [secret, address, principal](Db& db, EventList&) {
            *principal = principalOfToken(db, secret, address, QString(method::AuthToken));
            if (!*principal)
                return QJsonValue();
            const auto user = findUser(db, (*principal)->userId);
            return QJsonValue(user ? user->toJson() : QJsonObject());
        },
        [&context, respond, principal, address](const Outcome& outcome) {
            Session* session = respond.session();
            if (outcome.error) {
                respond.error(*outcome.error);
            } else if (!*principal) {
                context.limiter.recordFailure(tokenLimiterKey(address), address, nowMs());
                respond.error({ rpc::Unauthenticated,
                    QStringLiteral("API token is invalid or revoked"),
                    QJsonObject { { QStringLiteral("reason"), QStringLiteral("bad_token") } } });
            } else {
                if (session)
                    session->setAuthenticated(**principal, 0);
                respond.result(QJsonObject { { QStringLiteral("user"), outcome.result },
                    { QStringLiteral("scopes"),
                        QJsonArray::fromStringList((*principal)->scopes) } });
            }
            if (session)
                session->releaseFrames();
        });
}

} // namespace helpdesk::server::auth
