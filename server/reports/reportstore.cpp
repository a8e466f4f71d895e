// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "storage/db.h"

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

// Where the durations of a kind of fact are: the table, its time and value columns, the
// outcome columns (NULL for first responses) and a condition.
struct DurationSource
{
    const char* table;
    const char* time;
    const char* value;
    const char* outcome;
    const char* condition;
};

const DurationSource kFirstResponses { "tickets", "first_response_at", "first_response_ms",
    "CAST(NULL AS INTEGER) AS sla_met, CAST(NULL AS INTEGER) AS reopened",
    " AND first_response_ms IS NOT NULL" };
const DurationSource kResolutions { "ticket_resolutions", "resolved_at", "resolution_ms",
    "sla_met, CASE WHEN reopened_at IS NULL THEN 0 ELSE 1 END AS reopened", "" };

// The period's durations, per assignee (0: none) when `perAgent`, else all under key 0: count,
// median and 90th percentile by rank (ROW_NUMBER over the values in order, n the count:
// ranks (n + 1) / 2 and (9n + 9) / 10 are ceil(n/2) and ceil(0.9n)), met, missed, re-opened.
QHash<qint64, Durations> durations(
    Db& db, const DurationSource& source, const ReportFilter& filter, bool perAgent)
{
    const QString group = perAgent ? QStringLiteral("COALESCE(assignee_id, 0)") : QStringLiteral("0");
    const QString partition = perAgent ? QStringLiteral("PARTITION BY COALESCE(assignee_id, 0) ") : QString();
    Query q(db,
        QStringLiteral(
            "SELECT g, COUNT(*), MAX(CASE WHEN rn = (n + 1) / 2 THEN v END), "
            "MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN v END), "
            "SUM(CASE WHEN sla_met = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN sla_met = 0 THEN 1 ELSE 0 END), SUM(reopened) "
            "FROM (SELECT %1 AS g, %2 AS v, %3, ROW_NUMBER() OVER (%4ORDER BY %2) AS rn, "
            "COUNT(*) OVER (%4) AS n FROM %5 WHERE %6 >= ? AND %6 < ?%7%8) r GROUP BY g")
            .arg(group, QLatin1String(source.value), QLatin1String(source.outcome), partition,
                QLatin1String(source.table), QLatin1String(source.time),
                QLatin1String(source.condition), filter.where()));
    run(q, filter);
    QHash<qint64, Durations> result;
    while (q.next()) {
        Durations& d = result[q.int64(0)];
        d.count = q.int64(1);
        if (!q.isNull(2))
            d.median = q.int64(2);
        if (!q.isNull(3))
            d.p90 = q.int64(3);
        d.slaMet = q.int64(4);
        d.slaMissed = q.int64(5);
        d.reopened = q.int64(6);
    }
    return result;
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

CreatedCounts created(Db& db, const ReportFilter& filter)
{
    Query q(db,
        QStringLiteral("SELECT created_at / 86400000, channel, COUNT(*) FROM tickets "
                       "WHERE created_at >= ? AND created_at < ?%1 "
                       "GROUP BY created_at / 86400000, channel")
            .arg(filter.where()));
    run(q, filter);
    CreatedCounts counts;
    while (q.next()) {
        counts.perDay[q.int64(0)] += q.int64(2);
        counts.perChannel[int(q.int64(1))] += q.int64(2);
    }
    return counts;
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

Durations firstResponses(Db& db, const ReportFilter& filter)
{
    return durations(db, kFirstResponses, filter, false).value(0);
}

Durations resolutions(Db& db, const ReportFilter& filter)
{
    return durations(db, kResolutions, filter, false).value(0);
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
    facts.firstResponse = durations(db, kFirstResponses, filter, true);
    facts.resolution = durations(db, kResolutions, filter, true);
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
