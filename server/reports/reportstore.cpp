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
QHash<qint64, Durations> summarised(
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

const DurationSource& source(DurationKind kind)
{
    return kind == DurationKind::FirstResponse ? kFirstResponses : kResolutions;
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

namespace facts {

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
    counts.perRequestType = countsBy(db,
        QStringLiteral("SELECT COALESCE(request_type_id, 0), COUNT(*) FROM tickets "
                       "WHERE created_at >= ? AND created_at < ?%1 "
                       "GROUP BY COALESCE(request_type_id, 0)")
            .arg(filter.where()),
        filter);
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

QMap<qint64, QPair<qint64, qint64>> ratings(Db& db, const ReportFilter& filter, bool perAgent)
{
    const QString key = perAgent ? QStringLiteral("COALESCE(assignee_id, 0)")
                                 : QStringLiteral("rated_at / 86400000");
    Query q(db,
        QStringLiteral("SELECT %1, SUM(rating), COUNT(*) FROM ticket_resolutions "
                       "WHERE rated_at >= ? AND rated_at < ?%2 GROUP BY %1")
            .arg(key, filter.where()));
    run(q, filter);
    QMap<qint64, QPair<qint64, qint64>> result;
    while (q.next())
        result.insert(q.int64(0), { q.int64(1), q.int64(2) - q.int64(1) });
    return result;
}

QHash<qint64, Durations> durations(Db& db, DurationKind kind, const ReportFilter& filter, bool perAgent)
{
    return summarised(db, source(kind), filter, perAgent);
}

Histograms histograms(Db& db, DurationKind kind, const ReportFilter& filter, bool perAgent)
{
    const DurationSource& from = source(kind);
    Query q(db,
        QStringLiteral("SELECT %1, (SELECT bucket FROM report_buckets WHERE lo <= %2 "
                       "ORDER BY lo DESC LIMIT 1) AS b, COUNT(*) FROM %3 "
                       "WHERE %4 >= ? AND %4 < ?%5%6 GROUP BY 1, 2")
            .arg(perAgent ? QStringLiteral("COALESCE(assignee_id, 0)") : QStringLiteral("0"),
                QLatin1String(from.value), QLatin1String(from.table), QLatin1String(from.time),
                QLatin1String(from.condition), filter.where()));
    run(q, filter);
    Histograms result;
    while (q.next())
        result[q.int64(0)][int(q.int64(1))] += q.int64(2);
    return result;
}

std::optional<qint64> pick(Db& db, DurationKind kind, const ReportFilter& filter,
    std::optional<qint64> agent, qint64 lo, qint64 hi, qint64 offset)
{
    const DurationSource& from = source(kind);
    Query q(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= ?%3%4 AND %5 >= ? AND %5 < ?%6%7 "
                       "ORDER BY %1 LIMIT 1 OFFSET ?")
            .arg(QLatin1String(from.value), QLatin1String(from.table),
                hi > 0 ? QStringLiteral(" AND %1 < ?").arg(QLatin1String(from.value)) : QString(),
                agent ? QStringLiteral(" AND assignee_id = ?") : QString(),
                QLatin1String(from.time), QLatin1String(from.condition), filter.where()));
    q.bind(lo);
    if (hi > 0)
        q.bind(hi);
    if (agent)
        q.bind(*agent);
    q.bind(filter.since).bind(filter.until);
    for (const QVariant& value : filter.values())
        q.bind(value);
    q.bind(offset).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

QHash<qint64, qint64> minutes(Db& db, const ReportFilter& filter)
{
    ReportFilter byTicket = filter;
    byTicket.agent.reset();
    Query q(db,
        QStringLiteral("SELECT m.author_id, SUM(m.time_spent_minutes) FROM messages m "
                       "JOIN tickets t ON t.id = m.ticket_id WHERE m.time_spent_minutes IS NOT NULL "
                       "AND m.created_at >= ? AND m.created_at < ?%1%2 GROUP BY m.author_id")
            .arg(byTicket.where(QStringLiteral("t.")),
                filter.agent ? QStringLiteral(" AND m.author_id = ?") : QString()));
    q.bind(filter.since).bind(filter.until);
    for (const QVariant& value : byTicket.values())
        q.bind(value);
    if (filter.agent)
        q.bind(filter.agent->value());
    q.exec();
    QHash<qint64, qint64> result;
    while (q.next())
        result.insert(q.int64(0), q.int64(1));
    return result;
}

QHash<qint64, qint64> assigned(Db& db, const ReportFilter& filter)
{
    Query q(db,
        QStringLiteral("SELECT assignee_id, COUNT(*) FROM tickets WHERE status < 3 "
                       "AND assignee_id IS NOT NULL%1 GROUP BY assignee_id")
            .arg(filter.where()));
    run(q, filter, false);
    QHash<qint64, qint64> result;
    while (q.next())
        result.insert(q.int64(0), q.int64(1));
    return result;
}

} // namespace facts

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
