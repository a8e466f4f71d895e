// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include "app/serverconfig.h"
#include "app/servercontext.h"
#include "directory/userstore.h"
#include "net/connection.h"
#include "passwordhasher.h"
#include "ratelimiter.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/storage.h"
#include "tokens.h"

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

// Finishes a login or resume: the connection now acts as this user.
void authenticate(Connection* connection, const User& user, qint64 tokenId)
{
    if (connection)
        connection->setAuthenticated(principalOf(user), tokenId);
}

// Everything in a login that must not run on the network thread: the lookup and Argon2.
struct LoginCheck
{
    std::optional<User> user;
};

} // namespace

void hello(
    ServerContext&, Connection& connection, const QJsonObject& object, const Responder& respond)
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
    connection.setHelloDone(locale, client);
    respond.result(QJsonObject {
        { QStringLiteral("protocol"), kProtocolVersion },
        { QStringLiteral("server"), QStringLiteral("helpdesk-server/" HELPDESK_VERSION) },
        { QStringLiteral("features"),
            QJsonArray { QStringLiteral("push"), QStringLiteral("search"),
                QStringLiteral("history"), QStringLiteral("idempotency") } },
    });
}

void login(ServerContext& context, Connection& connection, const QJsonObject& object,
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

    const QString address = connection.peerAddress();
    const qint64 wait = context.limiter.retryAfterMs(login, address, nowMs());
    if (wait > 0) {
        respond.error({ rpc::RateLimited, QStringLiteral("too many failed logins; try again later"),
            QJsonObject { { QStringLiteral("retryAfterMs"), double(wait) } } });
        return;
    }

    connection.holdFrames();
    auto check = std::make_shared<LoginCheck>();
    context.storage.read(
        [login, password, check](Db& db) {
            Query query(db,
                QStringLiteral("SELECT %1, u.password_hash FROM users u WHERE u.login = ?")
                    .arg(userColumns()));
            query.bind(login).exec();
            std::optional<User> user;
            QString hash = decoyHash();
            if (query.next()) {
                user = userFromRow(query);
                hash = query.text(7);
            }
            // Verify even for unknown logins: equal time either way.
            if (verifyPassword(password, hash) && user)
                check->user = user;
            return QJsonValue();
        },
        [&context, respond, login, address, check](const Outcome& outcome) {
            Connection* connection = respond.connection();
            if (outcome.error || !check->user) {
                if (!outcome.error)
                    context.limiter.recordFailure(login, address, nowMs());
                respond.error(outcome.error
                        ? *outcome.error
                        : rpc::Error { rpc::Unauthenticated,
                            QStringLiteral("wrong login or password"),
                            unauthenticatedData(QStringLiteral("bad_credentials")) });
                if (connection)
                    connection->releaseFrames();
                return;
            }
            context.limiter.recordSuccess(login);
            const User user = *check->user;
            const QString token = generateToken();
            const QByteArray digest = tokenDigest(token);
            const qint64 ttl = context.config.tokenTtlMs;
            context.storage.write(
                [user, digest, ttl](Db& db, EventList&) {
                    const qint64 now = nowMs();
                    Query insert(db,
                        QStringLiteral(
                            "INSERT INTO auth_tokens (user_id, token_hash, created_at, expires_at) "
                            "VALUES (?, ?, ?, ?) RETURNING id"));
                    insert.bind(user.id.value()).bind(digest).bind(now).bind(now + ttl);
                    return QJsonValue(double(insert.scalar().toLongLong()));
                },
                [respond, user, token](const Outcome& stored) {
                    Connection* connection = respond.connection();
                    if (stored.error) {
                        respond.error(*stored.error);
                    } else {
                        authenticate(connection, user, qint64(stored.result.toDouble()));
                        respond.result(QJsonObject { { QStringLiteral("token"), token },
                            { QStringLiteral("user"), user.toJson() } });
                    }
                    if (connection)
                        connection->releaseFrames();
                });
        });
}

void resume(ServerContext& context, Connection& connection, const QJsonObject& object,
    const Responder& respond)
{
    const Params params(object);
    const QString token = params.requiredString(QStringLiteral("token"));
    if (token.isEmpty() || token.size() > 256)
        validationError(QStringLiteral("token"), QStringLiteral("not a token"));
    const QByteArray digest = tokenDigest(token);
    auto check = std::make_shared<LoginCheck>();
    auto tokenId = std::make_shared<qint64>(0);
    connection.holdFrames();
    context.storage.read(
        [digest, check, tokenId](Db& db) {
            Query query(db,
                QStringLiteral(
                    "SELECT %1, t.id FROM auth_tokens t JOIN users u ON u.id = t.user_id "
                    "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?")
                    .arg(userColumns()));
            query.bind(digest).bind(nowMs()).exec();
            if (query.next()) {
                check->user = userFromRow(query);
                *tokenId = query.int64(7);
            }
            return QJsonValue();
        },
        [respond, check, tokenId](const Outcome& outcome) {
            Connection* connection = respond.connection();
            if (outcome.error) {
                respond.error(*outcome.error);
            } else if (!check->user) {
                respond.error(
                    { rpc::Unauthenticated, QStringLiteral("token is invalid, revoked or expired"),
                        unauthenticatedData(QStringLiteral("bad_token")) });
            } else {
                authenticate(connection, *check->user, *tokenId);
                respond.result(QJsonObject { { QStringLiteral("user"), check->user->toJson() } });
            }
            if (connection)
                connection->releaseFrames();
        });
}

void logout(
    ServerContext& context, Connection& connection, const QJsonObject&, const Responder& respond)
{
    const qint64 tokenId = connection.tokenId();
    connection.clearAuthentication();
    connection.holdFrames();
    context.storage.write(
        [tokenId](Db& db, EventList&) {
            Query revoke(db,
                QStringLiteral(
                    "UPDATE auth_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
            revoke.bind(nowMs()).bind(tokenId).exec();
            return QJsonValue(QJsonObject());
        },
        [respond](const Outcome& outcome) {
            if (outcome.error)
                respond.error(*outcome.error);
            else
                respond.result(outcome.result);
            if (Connection* connection = respond.connection())
                connection->releaseFrames();
        });
}

} // namespace helpdesk::server::auth
