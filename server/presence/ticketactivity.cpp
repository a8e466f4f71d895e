// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketactivity.h"

#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "storage/db.h"

#include <QVector>

namespace helpdesk::server::activity {

namespace {
QString stateName(State state)
{
    switch (state) {
    case State::Left:
        return QStringLiteral("left");
    case State::Viewing:
        return QStringLiteral("viewing");
    case State::Typing:
        return QStringLiteral("typing");
    }
    return {};
}
} // namespace

PushEvent activityEvent(TicketId ticket, UserId user, State state)
{
    const QJsonObject params { { QStringLiteral("ticketId"), ticket.value() },
        { QStringLiteral("userId"), user.value() }, { QStringLiteral("state"), stateName(state) } };
    PushEvent event;
    event.internal = true; // staff only
    event.viewersOf = ticket;
    event.exceptUser = user;
    event.frame = encodeFrame(rpc::makeNotification(QString(push::TicketActivity), params));
    event.cluster = ClusterEvent::activity(ticket, user, int(state));
    return event;
}

void leave(Db& db, TicketId ticket, UserId user, EventList& events)
{
    Query drop(db, QStringLiteral("DELETE FROM ticket_activity WHERE ticket_id = ? AND user_id = ?"));
    if (drop.bind(ticket.value()).bind(user.value()).exec().rowsAffected() > 0)
        events << activityEvent(ticket, user, State::Left);
}

void leaveAll(Db& db, UserId user, EventList& events)
{
    Query drop(db, QStringLiteral("DELETE FROM ticket_activity WHERE user_id = ? RETURNING ticket_id"));
    drop.bind(user.value()).exec();
    QVector<TicketId> tickets;
    while (drop.next())
        tickets << TicketId(drop.int64(0));
    for (const TicketId ticket : tickets)
        events << activityEvent(ticket, user, State::Left);
}

} // namespace helpdesk::server::activity
