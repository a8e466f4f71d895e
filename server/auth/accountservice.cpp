// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"

#include "directory/directoryservice.h"
#include "directory/directorystore.h"
#include "directory/passwordhasher.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "rpc/params.h"
#include "rpc/ratelimiter.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/auditstore.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "tokenstore.h"

#include <QRegularExpression>

#include <memory>

namespace helpdesk::server {

PushEvent sessionsEndedEvent(UserId user, const QString& reason)
{
    PushEvent event;
    event.frame = encodeFrame(rpc::makeNotification(QString(push::SessionEnded),
        QJsonObject { { QStringLiteral("reason"), reason } }));
    event.cluster = ClusterEvent::sessionsEnded(user);
    event.endSessionsOf = user;
    return event;
}

namespace auth {

namespace {

constexpr int kMaxNameChars = 200;
constexpr int kMinPasswordChars = 8;
constexpr int kMaxPasswordChars = 1024;
constexpr qint64 kMaxAuditLimit = 500;

[[noreturn]] void forbidden(const QString& what)
{
    throw RpcException(rpc::Error::forbidden(what));
}

// The user this caller may change; 1004 for one it may not see, 1003 for one it may see but
// not change.
User editableUser(Db& db, const Principal& me, UserId id)
{
    const auto user = findUser(db, id);
    const bool visible
        = user && (me.isStaff() || (user->customerId && user->customerId == me.customerId));
    if (!visible)
        throw RpcException(rpc::Error::notFound(QStringLiteral("user %1").arg(id.value())));
    if (me.role == Role::Admin)
        return *user;
    if (me.isCustomer() && me.contactRole == ContactRole::Owner && user->id != me.userId
        && user->contactRole != ContactRole::Owner)
        return *user;
    forbidden(me.isCustomer()
            ? QStringLiteral("only the owner contact may change the technical and billing contacts")
            : QStringLiteral("only an administrator may change users"));
}

void recordChange(QJsonObject& changes, const QString& field, const QJsonValue& before,
    const QJsonValue& after)
{
    if (before != after)
        changes.insert(field, QJsonObject { { QStringLiteral("old"), before },
                                  { QStringLiteral("new"), after } });
}

} // namespace

QJsonValue updateUser(Db& db, const CallContext& call, EventList& events)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("locale"), QStringLiteral("contactRole"),
        QStringLiteral("enabled") });
    const UserId id(params.requiredId(QStringLiteral("id")));
    const auto name = params.optionalString(QStringLiteral("name"));
    const auto email = params.optionalString(QStringLiteral("email"));
    const auto phone = params.optionalString(QStringLiteral("phone"));
    const auto locale = params.optionalString(QStringLiteral("locale"));
    const auto contactRole = params.optionalString(QStringLiteral("contactRole"));
    const bool hasEnabled
        = params.has(QStringLiteral("enabled")) && !params.isNull(QStringLiteral("enabled"));
    const bool enabled = params.optionalBool(QStringLiteral("enabled"), true);

    const User before = editableUser(db, me, id);
    User after = before;
    if (name)
        after.name = validText(QStringLiteral("name"), *name, kMaxNameChars);
    if (email)
        after.email = directory::validEmail(*email);
    if (phone)
        after.phone = directory::validPhone(*phone);
    if (locale) {
        if (!directory::isLocaleName(*locale))
            validationError(
                QStringLiteral("locale"), QStringLiteral("not a locale name like ru_RU"));
        after.locale = *locale;
    }
    if (contactRole) {
        const auto role = contactRoleFromString(*contactRole);
        if (!role)
            validationError(QStringLiteral("contactRole"), QStringLiteral("owner, technical or billing"));
        if (isStaff(before.role))
            validationError(QStringLiteral("contactRole"), QStringLiteral("staff have no contact role"));
        if (*role == ContactRole::Owner && me.role != Role::Admin)
            forbidden(QStringLiteral("only an administrator can make a contact the owner"));
        after.contactRole = role;
    }
    if (hasEnabled) {
        if (!enabled && id == me.userId)
            validationError(
                QStringLiteral("enabled"), QStringLiteral("you cannot disable your own account"));
        after.enabled = enabled;
    }

    QJsonObject changes;
    recordChange(changes, QStringLiteral("name"), before.name, after.name);
    recordChange(changes, QStringLiteral("email"), before.email, after.email);
    recordChange(changes, QStringLiteral("phone"), before.phone, after.phone);
    recordChange(changes, QStringLiteral("locale"), before.locale, after.locale);
    recordChange(changes, QStringLiteral("contactRole"),
        before.contactRole ? QJsonValue(toString(*before.contactRole)) : QJsonValue(),
        after.contactRole ? QJsonValue(toString(*after.contactRole)) : QJsonValue());
    recordChange(changes, QStringLiteral("enabled"), before.enabled, after.enabled);
    if (changes.isEmpty())
        return after.toJson();
    updateUserRow(db, after);
    appendAudit(db,
        AuditEntry { 0, 0, me.userId, call.address, QString(method::UserUpdate),
            QStringLiteral("user"), id.value(), changes });
    if (before.enabled && !after.enabled) {
        // Nobody logs in as them any more: their tokens go, their live sessions end now.
        revokeTokensOf(db, id);
        events << sessionsEndedEvent(id, QStringLiteral("disabled"));
    }
    return after.toJson();
}

void setPassword(ServerContext& context, Session& session, const QJsonObject& object,
    const Responder& respond)
{
    const Principal me = *session.principal();
    const Params params(object);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("password"), QStringLiteral("oldPassword") });
    const QString password = params.requiredString(QStringLiteral("password"));
    const auto oldPassword = params.optionalString(QStringLiteral("oldPassword"));
    const UserId target = UserId(params.optionalId(QStringLiteral("id")).value_or(me.userId.value()));
    if (password.size() < kMinPasswordChars || password.size() > kMaxPasswordChars)
        validationError(QStringLiteral("password"),
            QStringLiteral("must be %1 to %2 characters")
                .arg(kMinPasswordChars)
                .arg(kMaxPasswordChars));
    const bool own = target == me.userId;
    if (!own && me.role != Role::Admin)
        forbidden(QStringLiteral("only an administrator may set another user's password"));
    if (own && !oldPassword)
        validationError(QStringLiteral("oldPassword"), QStringLiteral("required"));
    const QString address = session.peerAddress();
    const QString limiterKey = QStringLiteral("#password-%1").arg(me.userId.value());
    const qint64 wait = context.limiter.retryAfterMs(limiterKey, address, nowMs());
    if (own && wait > 0) {
        respond.error({ rpc::RateLimited, QStringLiteral("too many wrong passwords; try again later"),
            QJsonObject { { QStringLiteral("retryAfterMs"), double(wait) } } });
        return;
    }

    // Argon2 (verify the old, hash the new) off the network thread.
    struct Work
    {
        bool exists = false;
        bool oldMatches = true;
        QString newHash;
    };
    auto work = std::make_shared<Work>();
    const QString old = oldPassword.value_or(QString());
    context.storage.read(
        [work, target, own, old, password](Db& db) {
            QString hash;
            work->exists = findUserHash(db, target, &hash);
            if (work->exists && own)
                work->oldMatches = verifyPassword(old, hash);
            if (work->exists && work->oldMatches)
                work->newHash = hashPassword(password);
            return QJsonValue();
        },
        [&context, respond, work, target, own, me, address, limiterKey,
            tokenId = session.tokenId()](const Outcome& checked) {
            if (checked.error) {
                respond.error(*checked.error);
                return;
            }
            if (!work->exists) {
                respond.error(rpc::Error::notFound(QStringLiteral("user %1").arg(target.value())));
                return;
            }
            if (!work->oldMatches) {
                context.limiter.recordFailure(limiterKey, address, nowMs());
                respond.error(rpc::Error::validation(
                    QStringLiteral("oldPassword"), QStringLiteral("does not match")));
                return;
            }
            context.limiter.recordSuccess(limiterKey);
            const QString hash = work->newHash;
            context.storage.write(
                [target, own, me, address, hash, tokenId](Db& db, EventList& events) {
                    setUserHash(db, target, hash);
                    // Other sessions of an own change keep running but cannot resume; an
                    // administrator's reset ends them all.
                    revokeTokensOf(db, target, own ? tokenId : 0);
                    appendAudit(db,
                        AuditEntry { 0, 0, me.userId, address, QString(method::UserSetPassword),
                            QStringLiteral("user"), target.value(),
                            QJsonObject { { QStringLiteral("by"),
                                own ? QStringLiteral("self") : QStringLiteral("admin") } } });
                    if (!own)
                        events << sessionsEndedEvent(target, QStringLiteral("password-reset"));
                    return QJsonValue(QJsonObject());
                },
                [&context, respond](const Outcome& stored) {
                    if (stored.error) {
                        respond.error(*stored.error);
                        return;
                    }
                    respond.result(stored.result);
                    context.publish(stored.events);
                });
        });
}

QJsonValue listAudit(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("action"), QStringLiteral("actorId"),
        QStringLiteral("objectType"), QStringLiteral("objectId"), QStringLiteral("since"),
        QStringLiteral("until"), QStringLiteral("beforeId"), QStringLiteral("limit") });
    AuditQuery query;
    query.action = params.optionalString(QStringLiteral("action")).value_or(QString());
    if (const auto actor = params.optionalId(QStringLiteral("actorId")))
        query.actorId = UserId(*actor);
    query.objectType = params.optionalString(QStringLiteral("objectType")).value_or(QString());
    query.objectId = params.optionalId(QStringLiteral("objectId"));
    query.beforeId = params.optionalId(QStringLiteral("beforeId"));
    query.sinceMs = params.optionalTimeMs(QStringLiteral("since"));
    query.untilMs = params.optionalTimeMs(QStringLiteral("until"));
    query.limit = params.optionalInt(QStringLiteral("limit")).value_or(100);
    if (query.limit < 1 || query.limit > kMaxAuditLimit)
        validationError(
            QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxAuditLimit));
    QJsonArray items;
    for (const AuditEntry& entry : findAudit(db, query))
        items.append(entry.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace auth
} // namespace helpdesk::server
