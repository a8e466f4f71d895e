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

void record(Db& db, TicketId ticket, UserId user, State state, qint64 nowMs, EventList& events)
{
    Query row(db,
        QStringLiteral("SELECT typing_at FROM ticket_activity WHERE ticket_id = ? AND user_id = ?"));
    row.bind(ticket.value()).bind(user.value()).exec();
    const bool existed = row.next();
    const std::optional<qint64> typedAt
        = existed && !row.isNull(0) ? std::optional<qint64>(row.int64(0)) : std::nullopt;
    const bool typing = state == State::Typing;
    const bool announceTyping = typing && (!typedAt || nowMs - *typedAt >= kTypingMs);
    if (!existed) {
        Query insert(db,
            QStringLiteral("INSERT INTO ticket_activity (ticket_id, user_id, typing_at, updated_at) "
                           "VALUES (?, ?, ?, ?)"));
        insert.bind(ticket.value())
            .bind(user.value())
            .bind(typing ? QVariant(nowMs) : sqlNullInt())
            .bind(nowMs)
            .exec();
    } else if (announceTyping) {
        Query update(db,
            QStringLiteral("UPDATE ticket_activity SET typing_at = ?, updated_at = ? "
                           "WHERE ticket_id = ? AND user_id = ?"));
        update.bind(nowMs).bind(nowMs).bind(ticket.value()).bind(user.value()).exec();
    }
    if (announceTyping)
        events << activityEvent(ticket, user, State::Typing);
    else if (!existed)
        events << activityEvent(ticket, user, State::Viewing);
}

QJsonArray others(Db& db, TicketId ticket, UserId me, qint64 nowMs)
{
    Query rows(db,
        QStringLiteral("SELECT a.user_id, a.typing_at FROM ticket_activity a "
                       "WHERE a.ticket_id = ? AND a.user_id <> ? "
                       "AND EXISTS (SELECT 1 FROM user_sessions s WHERE s.user_id = a.user_id) "
                       "ORDER BY a.user_id"));
    rows.bind(ticket.value()).bind(me.value()).exec();
    QJsonArray list;
    while (rows.next()) {
        const bool typing = !rows.isNull(1) && nowMs - rows.int64(1) < kTypingShownMs;
        list.append(QJsonObject { { QStringLiteral("userId"), rows.int64(0) },
            { QStringLiteral("state"), typing ? QStringLiteral("typing") : QStringLiteral("viewing") } });
    }
    return list;
}

} // namespace helpdesk::server::activity
