// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportaggregates.h"

#include "storage/db.h"

namespace helpdesk::server::reports {

namespace {

constexpr qint64 kDayMs = 86'400'000;

// report_counts kinds (schema step 26).
enum Kind { Created = 1, CreatedByType = 2, FirstResponses = 3, Resolutions = 4, Outcomes = 5, Ratings = 6 };
enum Outcome { SlaMet = 1, SlaMissed = 2, Reopened = 3 };

// A period cut into whole UTC days [firstDay, endDay), read from the aggregates, and the
// hours before and after them (`edges`), read from the facts.
struct Split
{
    qint64 firstDay = 0;
    qint64 endDay = 0;
    QVector<ReportFilter> edges;
    bool perAgent = false;
};

std::optional<Split> split(const ReportFilter& filter, bool perAgent)
{
    if (filter.customer || (filter.queue && (filter.agent || perAgent)) || filter.since < 0)
        return std::nullopt;
    Split s;
    s.firstDay = (filter.since + kDayMs - 1) / kDayMs;
    s.endDay = filter.until / kDayMs;
    s.perAgent = perAgent;
    if (s.firstDay >= s.endDay)
        return std::nullopt;
    if (filter.since < s.firstDay * kDayMs) {
        ReportFilter before = filter;
        before.until = s.firstDay * kDayMs;
        s.edges << before;
    }
    if (s.endDay * kDayMs < filter.until) {
        ReportFilter after = filter;
        after.since = s.endDay * kDayMs;
        s.edges << after;
    }
    return s;
}

struct Row
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 n = 0;
};

// The sums of one kind over the whole days by two columns (`a`, `b`: day, item, scope_id or
// 0), in the filter's scope: per agent (scope 2) for an agent or the agents' table, else per
// queue (scope 1), one queue or all.
QVector<Row> sums(Db& db, Kind kind, const Split& s, const ReportFilter& filter, const char* a,
    const char* b)
{
    const bool byAgent = s.perAgent || filter.agent;
    std::optional<qint64> id;
    if (filter.agent)
        id = filter.agent->value();
    else if (filter.queue)
        id = filter.queue->value();
    Query q(db,
        QStringLiteral("SELECT %1, %2, SUM(n) FROM report_counts WHERE kind = ? AND scope = ? "
                       "AND day >= ? AND day < ?%3 GROUP BY 1, 2 HAVING SUM(n) <> 0")
            .arg(QLatin1String(a), QLatin1String(b),
                id ? QStringLiteral(" AND scope_id = ?") : QString()));
    q.bind(int(kind)).bind(byAgent ? 2 : 1).bind(s.firstDay).bind(s.endDay);
    if (id)
        q.bind(*id);
    q.exec();
    QVector<Row> rows;
    while (q.next())
        rows.append({ q.int64(0), q.int64(1), q.int64(2) });
    return rows;
}

const char* groupColumn(const Split& s)
{
    return s.perAgent ? "scope_id" : "0";
}

QVector<qint64> bucketBounds(Db& db)
{
    Query q(db, QStringLiteral("SELECT lo FROM report_buckets ORDER BY bucket"));
    q.exec();
    QVector<qint64> bounds;
    while (q.next())
        bounds.append(q.int64(0));
    return bounds;
}

// The value of 1-based `rank` among the period's durations counted in `histogram`.
std::optional<qint64> valueAt(Db& db, DurationKind kind, const ReportFilter& filter,
    std::optional<qint64> agent, const QMap<int, qint64>& histogram, const QVector<qint64>& bounds,
    qint64 rank)
{
    qint64 below = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        if (below + it.value() >= rank) {
            const int bucket = it.key();
            if (bucket < 0 || bucket >= bounds.size())
                return std::nullopt;
            const qint64 hi = bucket + 1 < bounds.size() ? bounds.at(bucket + 1) : 0;
            return facts::pick(db, kind, filter, agent, bounds.at(bucket), hi, rank - below - 1);
        }
        below += it.value();
    }
    return std::nullopt;
}

QHash<qint64, Durations> aggregated(Db& db, DurationKind kind, const ReportFilter& filter, const Split& s)
{
    const char* group = groupColumn(s);
    Histograms histograms;
    for (const Row& row : sums(db, kind == DurationKind::FirstResponse ? FirstResponses : Resolutions,
             s, filter, group, "item"))
        histograms[row.a][int(row.b)] += row.n;
    QHash<qint64, Durations> result;
    for (const ReportFilter& edge : s.edges) {
        const Histograms more = facts::histograms(db, kind, edge, s.perAgent);
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            for (auto b = it->cbegin(); b != it->cend(); ++b)
                histograms[it.key()][b.key()] += b.value();
        if (kind == DurationKind::Resolution) {
            const auto outcomes = facts::durations(db, kind, edge, s.perAgent);
            for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
                Durations& d = result[it.key()];
                d.slaMet += it->slaMet;
                d.slaMissed += it->slaMissed;
                d.reopened += it->reopened;
            }
        }
    }
    if (kind == DurationKind::Resolution) {
        for (const Row& row : sums(db, Outcomes, s, filter, group, "item")) {
            Durations& d = result[row.a];
            (row.b == SlaMet ? d.slaMet : row.b == SlaMissed ? d.slaMissed : d.reopened) += row.n;
        }
    }
    const QVector<qint64> bounds = bucketBounds(db);
    for (auto it = histograms.cbegin(); it != histograms.cend(); ++it) {
        qint64 count = 0;
        for (const qint64 n : *it)
            count += n;
        if (count <= 0)
            continue;
        Durations& d = result[it.key()];
        d.count = count;
        if (s.perAgent && it.key() == 0)
            continue; // unassigned work is in no one's row
        const std::optional<qint64> agent = s.perAgent ? std::optional<qint64>(it.key()) : std::nullopt;
        // Nearest rank: ceil(n/2) and ceil(0.9n).
        d.median = valueAt(db, kind, filter, agent, *it, bounds, (count + 1) / 2);
        d.p90 = valueAt(db, kind, filter, agent, *it, bounds, (9 * count + 9) / 10);
    }
    return result;
}

QHash<qint64, Durations> durations(Db& db, DurationKind kind, const ReportFilter& filter, bool perAgent)
{
    if (const auto s = split(filter, perAgent))
        return aggregated(db, kind, filter, *s);
    return facts::durations(db, kind, filter, perAgent);
}

// Ratings per day (or per agent): good and bad.
QMap<qint64, QPair<qint64, qint64>> ratings(Db& db, const ReportFilter& filter, bool perAgent)
{
    const auto s = split(filter, perAgent);
    if (!s)
        return facts::ratings(db, filter, perAgent);
    QMap<qint64, QPair<qint64, qint64>> result;
    for (const Row& row : sums(db, Ratings, *s, filter, perAgent ? "scope_id" : "day", "item"))
        (row.b == 1 ? result[row.a].first : result[row.a].second) += row.n;
    for (const ReportFilter& edge : s->edges) {
        const auto more = facts::ratings(db, edge, perAgent);
        for (auto it = more.cbegin(); it != more.cend(); ++it) {
            result[it.key()].first += it->first;
            result[it.key()].second += it->second;
        }
    }
    return result;
}

} // namespace

CreatedCounts created(Db& db, const ReportFilter& filter)
{
    const auto s = split(filter, false);
    if (!s)
        return facts::created(db, filter);
    CreatedCounts counts;
    for (const Row& row : sums(db, Created, *s, filter, "day", "item")) {
        counts.perDay[row.a] += row.n;
        counts.perChannel[int(row.b)] += row.n;
    }
    for (const Row& row : sums(db, CreatedByType, *s, filter, "0", "item"))
        counts.perRequestType[row.b] += row.n;
    for (const ReportFilter& edge : s->edges) {
        const CreatedCounts more = facts::created(db, edge);
        for (auto it = more.perDay.cbegin(); it != more.perDay.cend(); ++it)
            counts.perDay[it.key()] += it.value();
        for (auto it = more.perChannel.cbegin(); it != more.perChannel.cend(); ++it)
            counts.perChannel[it.key()] += it.value();
        for (auto it = more.perRequestType.cbegin(); it != more.perRequestType.cend(); ++it)
            counts.perRequestType[it.key()] += it.value();
    }
    return counts;
}

QMap<qint64, qint64> resolvedPerDay(Db& db, const ReportFilter& filter)
{
    const auto s = split(filter, false);
    if (!s)
        return facts::resolvedPerDay(db, filter);
    QMap<qint64, qint64> days;
    for (const Row& row : sums(db, Resolutions, *s, filter, "day", "0"))
        days[row.a] += row.n;
    for (const ReportFilter& edge : s->edges) {
        const auto more = facts::resolvedPerDay(db, edge);
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            days[it.key()] += it.value();
    }
    return days;
}

QMap<qint64, QPair<qint64, qint64>> ratingsPerDay(Db& db, const ReportFilter& filter)
{
    return ratings(db, filter, false);
}

Durations firstResponses(Db& db, const ReportFilter& filter)
{
    return durations(db, DurationKind::FirstResponse, filter, false).value(0);
}

Durations resolutions(Db& db, const ReportFilter& filter)
{
    return durations(db, DurationKind::Resolution, filter, false).value(0);
}

AgentFacts agentFacts(Db& db, const ReportFilter& filter)
{
    AgentFacts result;
    result.firstResponse = durations(db, DurationKind::FirstResponse, filter, true);
    result.resolution = durations(db, DurationKind::Resolution, filter, true);
    // Ratings count for the agent of the resolution rated, in the period they were given.
    const auto rated = ratings(db, filter, true);
    for (auto it = rated.cbegin(); it != rated.cend(); ++it) {
        Durations& d = result.resolution[it.key()];
        d.good = it->first;
        d.bad = it->second;
    }
    result.minutes = facts::minutes(db, filter);
    result.assigned = facts::assigned(db, filter);
    return result;
}

} // namespace helpdesk::server::reports
