// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "mail/mailstore.h"
#include "mail/outboxstore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QJsonObject>

namespace helpdesk::server::mail {

namespace {

QJsonObject notificationsOf(Db& db, UserId user)
{
    return QJsonObject { { QStringLiteral("mail"), outboxstore::wantsMail(db, user) } };
}

} // namespace

QJsonValue getNotifications(Db& db, const CallContext& call)
{
    Params(call.params).rejectUnknown({});
    return notificationsOf(db, call.principal.userId);
}

QJsonValue setNotifications(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("mail") });
    if (!params.has(QStringLiteral("mail"))
        || !params.object().value(QStringLiteral("mail")).isBool())
        throw RpcException(rpc::Error::invalidParams(
            QStringLiteral("mail"), QStringLiteral("expected true or false")));
    outboxstore::setWantsMail(
        db, call.principal.userId, params.optionalBool(QStringLiteral("mail"), true));
    return notificationsOf(db, call.principal.userId);
}

QJsonValue mailOriginal(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("messageId") });
    const MessageId id(params.requiredId(QStringLiteral("messageId")));
    const auto message = ticketstore::findMessage(db, id);
    const auto original = message ? mailstore::inboundOf(db, id) : std::nullopt;
    if (!original)
        throw RpcException(
            rpc::Error::notFound(QStringLiteral("mail of message %1").arg(id.value())));
    ticketstore::visible(db, call.principal, message->ticketId); // 1004 when not
    return QJsonObject { { QStringLiteral("messageId"), double(id.value()) },
        { QStringLiteral("from"), original->sender },
        { QStringLiteral("text"), original->fullText },
        { QStringLiteral("raw"), QString::fromLatin1(original->raw.toBase64()) },
        { QStringLiteral("size"), double(original->raw.size()) } };
}

} // namespace helpdesk::server::mail
