// SPDX-License-Identifier: GPL-3.0-or-later
#include "reassignsweep.h"

#include "storage/db.h"
#include "tickets/autoassign.h"
#include "tickets/ticketevents.h"
#include "tickets/ticketstore.h"

#include <QVector>

namespace helpdesk::server {

namespace {
struct Absent
{
    TicketId ticket;
    QueueId queue;
    UserId assignee;
};

// Driven from the presence rows of absent users (few) into tickets by the assignee index.
QVector<Absent> findAbsent(Db& db, qint64 nowMs)
{
    Query rows(db,
        QStringLiteral(
            "SELECT t.id, t.queue_id, t.assignee_id FROM user_presence p "
            "JOIN tickets t ON t.assignee_id = p.user_id AND t.status IN (%1, %2, %3) "
            "JOIN queues q ON q.id = t.queue_id "
            "WHERE q.reassign_after_minutes IS NOT NULL "
            "AND (p.status = 'away' "
            "     OR NOT EXISTS (SELECT 1 FROM user_sessions s WHERE s.user_id = p.user_id)) "
            "AND p.changed_at + q.reassign_after_minutes * 60000 <= ? "
            "ORDER BY t.id LIMIT 500")
            .arg(int(TicketStatus::New))
            .arg(int(TicketStatus::Open))
            .arg(int(TicketStatus::Pending)));
    rows.bind(nowMs).exec();
    QVector<Absent> found;
    while (rows.next())
        found << Absent { TicketId(rows.int64(0)), QueueId(rows.int64(1)), UserId(rows.int64(2)) };
    return found;
}
} // namespace

int reassignAbsent(Db& db, qint64 nowMs, EventList& events)
{
    int moved = 0;
    for (const Absent& absent : findAbsent(db, nowMs)) {
        auto ticket = ticketstore::find(db, absent.ticket);
        if (!ticket || ticket->assigneeId != absent.assignee)
            continue;
        const std::optional<UserId> next = autoassign::choose(db, absent.queue, absent.assignee);
        Ticket changed = *ticket;
        changed.assigneeId = next;
        changed.updatedAt = ticketstore::fromMs(nowMs);
        changed.version = ticket->version + 1;
        if (!ticketstore::save(db, changed, ticket->tags, ticket->version))
            continue;
        ticketstore::recordEvent(db, absent.ticket, absent.assignee, QStringLiteral("assigneeId"),
            double(absent.assignee.value()),
            next ? QJsonValue(double(next->value())) : QJsonValue(QJsonValue::Null), nowMs);
        events << ticketChangedEvent(changed);
        ++moved;
    }
    return moved;
}

} // namespace helpdesk::server
