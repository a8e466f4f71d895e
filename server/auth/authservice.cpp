// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include "directory/passwordhasher.h"
#include "directory/directorystore.h"
#include "rpc/params.h"
#include "rpc/ratelimiter.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/auditstore.h"
#include "protocol/methods.h"
#include "service/serverconfig.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace helpdesk::server::auth {

namespace {

constexpr int kMaxLoginChars = 128;
constexpr int kMaxPasswordChars = 1024;

QJsonObject unauthenticatedData(const QString& reason)
{
    return QJsonObject { { QStringLiteral("reason"), reason } };
}

// Finishes a login or resume: the session now acts as this user.
void authenticate(Session* session, const User& user, qint64 tokenId)
{
    if (session)
        session->setAuthenticated(principalOf(user), tokenId);
}

// Everything in a login that must not run on the network thread: the lookup and Argon2.
struct LoginCheck
{
    std::optional<User> user;
};

} // namespace

void hello(
    ServerContext&, Session& session, const QJsonObject& object, const Responder& respond)
{
    const Params params(object);
    const auto protocol = params.optionalInt(QStringLiteral("protocol"));
    if (!protocol)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("protocol"), QStringLiteral("required")));
    const QString client = params.optionalString(QStringLiteral("client")).value_or(QString());
    const QString locale = params.optionalString(QStringLiteral("locale")).value_or(QString());
    if (*protocol != kProtocolVersion) {
        respond.error({ rpc::UnsupportedProtocol,
            QStringLiteral("protocol %1 is not supported").arg(*protocol),
            QJsonObject { { QStringLiteral("supported"), QJsonArray { kProtocolVersion } } } });
        return;
    }
    if (client.size() > 200)
        validationError(QStringLiteral("client"), QStringLiteral("longer than 200 characters"));
    static const QRegularExpression localePattern(
        QStringLiteral("^([a-z]{2,3}([_-][A-Za-z0-9]{2,8})*)?$"));
    if (locale.size() > 32 || !localePattern.match(locale).hasMatch())
        validationError(QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
    session.setHelloDone(locale, client);
    respond.result(QJsonObject {
        { QStringLiteral("protocol"), kProtocolVersion },
        { QStringLiteral("server"), QStringLiteral("helpdesk-server/" HELPDESK_VERSION) },
        { QStringLiteral("features"),
            QJsonArray { QStringLiteral("push"), QStringLiteral("search"),
                QStringLiteral("history"), QStringLiteral("idempotency") } },
    });
}

void login(ServerContext& context, Session& session, const QJsonObject& object,
    const Responder& respond)
{
    const Params params(object);
    const QString login = params.requiredString(QStringLiteral("login"));
    const QString password = params.requiredString(QStringLiteral("password"));
    if (login.isEmpty() || login.size() > kMaxLoginChars)
        validationError(QStringLiteral("login"),
            QStringLiteral("must be 1 to %1 characters").arg(kMaxLoginChars));
    if (password.size() > kMaxPasswordChars)
        validationError(QStringLiteral("password"),
            QStringLiteral("longer than %1 characters").arg(kMaxPasswordChars));

    const QString address = session.peerAddress();
    const qint64 wait = context.limiter.retryAfterMs(login, address, nowMs());
    if (wait > 0) {
        respond.error({ rpc::RateLimited, QStringLiteral("too many failed logins; try again later"),
            QJsonObject { { QStringLiteral("retryAfterMs"), double(wait) } } });
        return;
    }

    session.holdFrames();
    auto check = std::make_shared<LoginCheck>();
    context.storage.read(
        [login, password, check](Db& db) {
            QString hash = decoyHash();
            const std::optional<User> user = findUserByLogin(db, login, &hash);
            // Verify even for unknown logins: equal time either way.
            if (verifyPassword(password, hash) && user)
                check->user = user;
            return QJsonValue();
        },
        [&context, respond, login, address, check](const Outcome& outcome) {
            Session* session = respond.session();
            const bool disabled = check->user && !check->user->enabled;
            if (outcome.error || !check->user || disabled) {
                if (!outcome.error && !disabled)
                    context.limiter.recordFailure(login, address, nowMs());
                respond.error(outcome.error ? *outcome.error
                        : disabled
                        ? rpc::Error { rpc::Unauthenticated,
                              QStringLiteral("this account is disabled"),
                              unauthenticatedData(QStringLiteral("disabled")) }
                        : rpc::Error { rpc::Unauthenticated,
                              QStringLiteral("wrong login or password"),
                              unauthenticatedData(QStringLiteral("bad_credentials")) });
                if (session)
                    session->releaseFrames();
                if (!outcome.error) {
                    // Recorded after the answer: a failed login costs the writer, not the
                    // client (the rate limiter bounds how often).
                    const std::optional<UserId> who
                        = disabled ? std::optional<UserId>(check->user->id) : std::nullopt;
                    context.storage.write(
                        [login, address, who, disabled](Db& db, EventList&) {
                            appendAudit(db,
                                AuditEntry { 0, 0, std::nullopt, address,
                                    disabled ? QStringLiteral("auth.loginRefused")
                                             : QStringLiteral("auth.loginFailed"),
                                    who ? QStringLiteral("user") : QString(),
                                    who ? std::optional<qint64>(who->value()) : std::nullopt,
                                    QJsonObject { { QStringLiteral("login"), login } } });
                            return QJsonValue();
                        },
                        [](const Outcome&) {});
                }
                return;
            }
            context.limiter.recordSuccess(login);
            const User user = *check->user;
            const QString token = generateToken();
            const QByteArray digest = tokenDigest(token);
            const qint64 ttl = context.config.tokenTtlMs;
            context.storage.write(
                [user, digest, ttl, address](Db& db, EventList&) {
                    const qint64 tokenId = insertToken(db, user.id, digest, ttl);
                    appendAudit(db,
                        AuditEntry { 0, 0, user.id, address, QString(method::AuthLogin),
                            QStringLiteral("user"), user.id.value(), {} });
                    return QJsonValue(double(tokenId));
                },
                [respond, user, token](const Outcome& stored) {
                    Session* session = respond.session();
                    if (stored.error) {
                        respond.error(*stored.error);
                    } else {
                        authenticate(session, user, qint64(stored.result.toDouble()));
                        respond.result(QJsonObject { { QStringLiteral("token"), token },
                            { QStringLiteral("user"), user.toJson() } });
                    }
                    if (session)
                        session->releaseFrames();
                });
        });
}

void resume(ServerContext& context, Session& session, const QJsonObject& object,
    const Responder& respond)
{
    const Params params(object);
    const QString token = params.requiredString(QStringLiteral("token"));
    if (token.isEmpty() || token.size() > 256)
        validationError(QStringLiteral("token"), QStringLiteral("not a token"));
    const QByteArray digest = tokenDigest(token);
    auto check = std::make_shared<LoginCheck>();
    auto tokenId = std::make_shared<qint64>(0);
    session.holdFrames();
    context.storage.read(
        [digest, check, tokenId](Db& db) {
            check->user = findTokenUser(db, digest, tokenId.get());
            return QJsonValue();
        },
        [respond, check, tokenId](const Outcome& outcome) {
            Session* session = respond.session();
            if (outcome.error) {
                respond.error(*outcome.error);
            } else if (!check->user) {
                respond.error(
                    { rpc::Unauthenticated, QStringLiteral("token is invalid, revoked or expired"),
                        unauthenticatedData(QStringLiteral("bad_token")) });
            } else {
                authenticate(session, *check->user, *tokenId);
                respond.result(QJsonObject { { QStringLiteral("user"), check->user->toJson() } });
            }
            if (session)
                session->releaseFrames();
        });
}

void logout(
    ServerContext& context, Session& session, const QJsonObject&, const Responder& respond)
{
    const qint64 tokenId = session.tokenId();
    const UserId user = session.principal()->userId;
    const QString address = session.peerAddress();
    session.clearAuthentication();
    session.holdFrames();
    context.storage.write(
        [tokenId, user, address](Db& db, EventList&) {
            revokeToken(db, tokenId);
            appendAudit(db,
                AuditEntry { 0, 0, user, address, QString(method::AuthLogout),
                    QStringLiteral("user"), user.value(), {} });
            return QJsonValue(QJsonObject());
        },
        [respond](const Outcome& outcome) {
            if (outcome.error)
                respond.error(*outcome.error);
            else
                respond.result(outcome.result);
            if (Session* session = respond.session())
                session->releaseFrames();
        });
}

} // namespace helpdesk::server::auth
