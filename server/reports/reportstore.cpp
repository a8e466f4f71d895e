// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "storage/db.h"

#include <algorithm>

namespace helpdesk::server::reports {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// Binds the period (when `period`), then the filters' values, and runs.
void run(Query& q, const ReportFilter& filter, bool period = true)
{
    if (period)
        q.bind(filter.since).bind(filter.until);
    for (const QVariant& value : filter.values())
        q.bind(value);
    q.exec();
}

QMap<qint64, qint64> countsBy(Db& db, const QString& sql, const ReportFilter& filter)
{
    Query q(db, sql);
    run(q, filter);
    QMap<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.int64(0), q.int64(1));
    return counts;
}

void sortAll(QHash<qint64, Durations>& byAgent)
{
    for (Durations& d : byAgent)
        std::sort(d.ms.begin(), d.ms.end());
}

} // namespace

QVector<BacklogRow> backlog(Db& db, const ReportFilter& filter, qint64 nowMs)
{
    Query q(db,
        QStringLiteral("SELECT status, COALESCE(queue_id, 0), COUNT(*), MIN(created_at), "
                       "SUM(? - created_at), "
                       "SUM(CASE WHEN created_at < ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN created_at < ? THEN 1 ELSE 0 END) "
                       "FROM tickets WHERE status < 3%1 "
                       "GROUP BY status, COALESCE(queue_id, 0) ORDER BY 1, 2")
            .arg(filter.where()));
    q.bind(nowMs).bind(nowMs - kDayMs).bind(nowMs - 7 * kDayMs);
    run(q, filter, false);
    QVector<BacklogRow> rows;
    while (q.next())
        rows.append({ int(q.int64(0)), q.int64(1), q.int64(2), q.int64(3), q.int64(4),
            q.int64(5), q.int64(6) });
    return rows;
}

QMap<qint64, qint64> createdPerDay(Db& db, const ReportFilter& filter)
{
    return countsBy(db,
        QStringLiteral("SELECT created_at / 86400000, COUNT(*) FROM tickets "
                       "WHERE created_at >= ? AND created_at < ?%1 GROUP BY created_at / 86400000")
            .arg(filter.where()),
        filter);
}

QMap<qint64, qint64> resolvedPerDay(Db& db, const ReportFilter& filter)
{
    return countsBy(db,
        QStringLiteral("SELECT resolved_at / 86400000, COUNT(*) FROM ticket_resolutions "
                       "WHERE resolved_at >= ? AND resolved_at < ?%1 "
                       "GROUP BY resolved_at / 86400000")
            .arg(filter.where()),
        filter);
}

QMap<int, qint64> createdPerChannel(Db& db, const ReportFilter& filter)
{
    const auto counts = countsBy(db,
        QStringLiteral("SELECT channel, COUNT(*) FROM tickets "
                       "WHERE created_at >= ? AND created_at < ?%1 GROUP BY channel")
            .arg(filter.where()),
        filter);
    QMap<int, qint64> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.insert(int(it.key()), it.value());
    return result;
}

Durations firstResponses(Db& db, const ReportFilter& filter)
{
    Query q(db,
        QStringLiteral("SELECT first_response_ms FROM tickets WHERE first_response_at >= ? "
                       "AND first_response_at < ? AND first_response_ms IS NOT NULL%1 "
                       "ORDER BY first_response_ms")
            .arg(filter.where()));
    run(q, filter);
    Durations d;
    while (q.next())
        d.ms.append(q.int64(0));
    return d;
}

Durations resolutions(Db& db, const ReportFilter& filter)
{
    Query q(db,
        QStringLiteral("SELECT resolution_ms, sla_met, reopened_at FROM ticket_resolutions "
                       "WHERE resolved_at >= ? AND resolved_at < ?%1 ORDER BY resolution_ms")
            .arg(filter.where()));
    run(q, filter);
    Durations d;
    while (q.next()) {
        d.ms.append(q.int64(0));
        if (!q.isNull(1))
            (q.int64(1) == 1 ? d.slaMet : d.slaMissed) += 1;
        if (!q.isNull(2))
            d.reopened += 1;
    }
    return d;
}

QMap<qint64, QPair<qint64, qint64>> ratingsPerDay(Db& db, const ReportFilter& filter)
{
    Query q(db,
        QStringLiteral("SELECT rated_at / 86400000, SUM(rating), COUNT(*) FROM ticket_resolutions "
                       "WHERE rated_at >= ? AND rated_at < ?%1 GROUP BY rated_at / 86400000")
            .arg(filter.where()));
    run(q, filter);
    QMap<qint64, QPair<qint64, qint64>> days;
    while (q.next())
        days.insert(q.int64(0), { q.int64(1), q.int64(2) - q.int64(1) });
    return days;
}

AgentFacts agentFacts(Db& db, const ReportFilter& filter)
{
    AgentFacts facts;
    Query first(db,
        QStringLiteral("SELECT COALESCE(assignee_id, 0), first_response_ms FROM tickets "
                       "WHERE first_response_at >= ? AND first_response_at < ? "
                       "AND first_response_ms IS NOT NULL%1")
            .arg(filter.where()));
    run(first, filter);
    while (first.next())
        facts.firstResponse[first.int64(0)].ms.append(first.int64(1));
    Query resolved(db,
        QStringLiteral("SELECT COALESCE(assignee_id, 0), resolution_ms, sla_met, reopened_at "
                       "FROM ticket_resolutions WHERE resolved_at >= ? AND resolved_at < ?%1")
            .arg(filter.where()));
    run(resolved, filter);
    while (resolved.next()) {
        Durations& d = facts.resolution[resolved.int64(0)];
        d.ms.append(resolved.int64(1));
        if (!resolved.isNull(2))
            (resolved.int64(2) == 1 ? d.slaMet : d.slaMissed) += 1;
        if (!resolved.isNull(3))
            d.reopened += 1;
    }
    // Ratings count for the agent of the resolution rated, in the period they were given.
    Query rated(db,
        QStringLiteral("SELECT COALESCE(assignee_id, 0), SUM(rating), COUNT(*) FROM ticket_resolutions "
                       "WHERE rated_at >= ? AND rated_at < ?%1 GROUP BY COALESCE(assignee_id, 0)")
            .arg(filter.where()));
    run(rated, filter);
    while (rated.next()) {
        Durations& d = facts.resolution[rated.int64(0)];
        d.good = rated.int64(1);
        d.bad = rated.int64(2) - rated.int64(1);
    }
    // Time accounted by its author on tickets matching the queue and organisation filters.
    ReportFilter byTicket = filter;
    byTicket.agent.reset();
    Query minutes(db,
        QStringLiteral("SELECT m.author_id, SUM(m.time_spent_minutes) FROM messages m "
                       "JOIN tickets t ON t.id = m.ticket_id WHERE m.time_spent_minutes IS NOT NULL "
                       "AND m.created_at >= ? AND m.created_at < ?%1%2 GROUP BY m.author_id")
            .arg(byTicket.where(QStringLiteral("t.")),
                filter.agent ? QStringLiteral(" AND m.author_id = ?") : QString()));
    minutes.bind(filter.since).bind(filter.until);
    for (const QVariant& value : byTicket.values())
        minutes.bind(value);
    if (filter.agent)
        minutes.bind(filter.agent->value());
    minutes.exec();
    while (minutes.next())
        facts.minutes.insert(minutes.int64(0), minutes.int64(1));
    Query assigned(db,
        QStringLiteral("SELECT assignee_id, COUNT(*) FROM tickets WHERE status < 3 "
                       "AND assignee_id IS NOT NULL%1 GROUP BY assignee_id")
            .arg(filter.where()));
    run(assigned, filter, false);
    while (assigned.next())
        facts.assigned.insert(assigned.int64(0), assigned.int64(1));
    sortAll(facts.firstResponse);
    sortAll(facts.resolution);
    return facts;
}

QHash<qint64, QString> userNames(Db& db, const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    for (const qint64 id : ids) {
        Query q(db, QStringLiteral("SELECT name FROM users WHERE id = ?"));
        q.bind(id).exec();
        if (q.next())
            names.insert(id, q.text(0));
    }
    return names;
}

} // namespace helpdesk::server::reports
