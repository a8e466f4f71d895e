// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfacts.h"

#include "storage/db.h"

#include <algorithm>

namespace helpdesk::server::sla {

namespace {

template <typename Id>
QVariant idOrNull(const std::optional<Id>& id)
{
    return id ? QVariant(id->value()) : sqlNullInt();
}

// Met when no target was missed; nullopt when the ticket had no first-response or resolution
// target at all.
std::optional<bool> slaMet(const SlaClock& c)
{
    if (!c.firstResponseDue && !c.resolutionDue)
        return std::nullopt;
    const bool responseLate = c.firstResponseDue && c.firstResponseAt
        && *c.firstResponseAt > *c.firstResponseDue;
    const bool resolutionLate
        = c.resolutionDue && c.resolutionAt && *c.resolutionAt > *c.resolutionDue;
    return !responseLate && !resolutionLate;
}

} // namespace

qint64 businessDuration(const BusinessCalendar& calendar, qint64 from, qint64 to,
    qint64 pausedMs, const std::optional<qint64>& pausedAt)
{
    qint64 ms = calendar.businessMsBetween(from, to) - pausedMs;
    if (pausedAt && *pausedAt < to)
        ms -= calendar.businessMsBetween(*pausedAt, to);
    return std::max<qint64>(ms, 0);
}

void recordReportFacts(Db& db, const Ticket& ticket, const SlaClock& before, bool wasClosed,
    const SlaClock& after, const BusinessCalendar& calendar, qint64 nowMs)
{
    const qint64 id = ticket.id.value();
    if (!before.firstResponseAt && after.firstResponseAt) {
        const qint64 ms = businessDuration(calendar, before.createdAt, *after.firstResponseAt,
            before.responsePausedMs, before.pausedAt);
        Query q(db, QStringLiteral("UPDATE tickets SET first_response_ms = ? WHERE id = ?"));
        q.bind(ms).bind(id).exec();
    }
    if (wasClosed == after.closed)
        return;
    Query count(db, QStringLiteral("SELECT resolution_count FROM tickets WHERE id = ?"));
    const qint64 number = count.bind(id).scalar().toLongLong();
    if (wasClosed) { // re-opened: the last resolution did not hold
        Query q(db,
            QStringLiteral("UPDATE ticket_resolutions SET reopened_at = ? "
                           "WHERE ticket_id = ? AND number = ?"));
        q.bind(nowMs).bind(id).bind(number).exec();
        return;
    }
    const qint64 ms = businessDuration(
        calendar, before.startedAt, nowMs, before.resolutionPausedMs, before.pausedAt);
    const auto met = slaMet(after);
    Query q(db,
        QStringLiteral("INSERT INTO ticket_resolutions (ticket_id, number, resolved_at, "
                       "queue_id, customer_id, assignee_id, channel, resolution_ms, sla_met) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(id).bind(number + 1).bind(nowMs).bind(idOrNull(ticket.queueId))
        .bind(idOrNull(ticket.customerId)).bind(idOrNull(ticket.assigneeId))
        .bind(int(ticket.channel)).bind(ms)
        .bind(met ? QVariant(*met ? 1 : 0) : sqlNullInt()).exec();
    Query bump(db, QStringLiteral("UPDATE tickets SET resolution_count = ? WHERE id = ?"));
    bump.bind(number + 1).bind(id).exec();
}

} // namespace helpdesk::server::sla
