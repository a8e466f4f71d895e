// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyguard.h"

#include "messageccstore.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "ticketstore.h"

#include <QJsonArray>

namespace helpdesk::server::replyguard {

namespace {
constexpr int kMaxShown = 20;
}

Request parse(const Params& params)
{
    Request request;
    request.lastSeen = params.optionalInt(QStringLiteral("lastSeenMessageId"));
    if (request.lastSeen && *request.lastSeen < 0)
        validationError(QStringLiteral("lastSeenMessageId"), QStringLiteral("must not be negative"));
    request.force = params.optionalBool(QStringLiteral("force"), false);
    return request;
}

void check(Db& db, const Principal& author, TicketId ticket, const Request& request)
{
    if (!request.lastSeen || request.force)
        return;
    Query rows(db,
        QStringLiteral("SELECT %1 FROM messages m WHERE m.ticket_id = ? AND m.id > ? "
                       "AND m.internal = 0 AND m.author_id <> ? ORDER BY m.id LIMIT %2")
            .arg(ticketstore::messageColumns())
            .arg(kMaxShown));
    rows.bind(ticket.value()).bind(*request.lastSeen).bind(author.userId.value()).exec();
    QVector<Message> found;
    while (rows.next())
        found << ticketstore::messageFromRow(rows);
    messageccstore::fill(db, ticket, found);
    QJsonArray newer;
    for (const Message& message : std::as_const(found))
        newer.append(message.toJson());
    if (newer.isEmpty())
        return;
    throw RpcException(rpc::Conflict,
        QStringLiteral("ticket %1 has %2 newer message(s) than %3")
            .arg(ticket.value())
            .arg(newer.size())
            .arg(*request.lastSeen),
        QJsonObject { { QStringLiteral("reason"), QStringLiteral("newer-messages") },
            { QStringLiteral("messages"), newer } });
}

} // namespace helpdesk::server::replyguard
