// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfilter.h"

#include <QHash>
#include <QMap>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The SQL of the reports (issue 15) over the facts themselves: indexed columns of tickets
// (backlog, created, first response), ticket_resolutions (resolved, resolution time, SLA,
// re-opened, ratings) and messages (time accounted). Nothing loads tickets; the widest result
// is one row per day, channel, status or agent. reportaggregates.h reads whole days from the
// per-day aggregates (schema step 26) and only the rest of a period from here.
namespace reports {

struct BacklogRow
{
    int status = 0;
    qint64 queue = 0; // 0: no queue
    qint64 count = 0;
    qint64 oldestCreatedAt = 0;
    qint64 totalAgeMs = 0;
    qint64 olderThanDay = 0;
    qint64 olderThanWeek = 0;
};

// Business durations of a period, summarised: how many, the median and the 90th percentile
// (nearest rank: the smallest value with at least that share at or below it), and, for
// resolutions, how they ended.
struct Durations
{
    qint64 count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;
    qint64 slaMet = 0;
    qint64 slaMissed = 0;
    qint64 reopened = 0;
    qint64 good = 0; // ratings of these resolutions (agents' table)
    qint64 bad = 0;
};

// Per agent (assignee) id; 0 for none.
struct AgentFacts
{
    QHash<qint64, Durations> firstResponse;
    QHash<qint64, Durations> resolution;
    QHash<qint64, qint64> minutes;
    QHash<qint64, qint64> assigned;
};

// Tickets created per UTC day (days since the epoch), per channel (Channel as int) and per
// request type (0: none).
struct CreatedCounts
{
    QMap<qint64, qint64> perDay;
    QMap<int, qint64> perChannel;
    QMap<qint64, qint64> perRequestType;
};

enum class DurationKind { FirstResponse, Resolution };

// Duration bucket -> how many durations in it, per agent (0: none, or everyone).
using Histograms = QHash<qint64, QMap<int, qint64>>;

// Open work now (new, open, pending), by status and queue; the period does not apply.
QVector<BacklogRow> backlog(Db& db, const ReportFilter& filter, qint64 nowMs);

namespace facts {

CreatedCounts created(Db& db, const ReportFilter& filter);
QMap<qint64, qint64> resolvedPerDay(Db& db, const ReportFilter& filter);
// Ratings given in the period per UTC day (`perAgent` false) or per agent: good and bad.
QMap<qint64, QPair<qint64, qint64>> ratings(Db& db, const ReportFilter& filter, bool perAgent);
// Count, median, 90th percentile and outcomes, per agent or all under key 0.
QHash<qint64, Durations> durations(Db& db, DurationKind kind, const ReportFilter& filter, bool perAgent);
// The period's durations counted per bucket of report_buckets.
Histograms histograms(Db& db, DurationKind kind, const ReportFilter& filter, bool perAgent);
// The `offset`-th (from 0) smallest duration of the period within [lo, hi) (hi 0: no upper
// bound), of one agent when `agent`.
std::optional<qint64> pick(Db& db, DurationKind kind, const ReportFilter& filter,
    std::optional<qint64> agent, qint64 lo, qint64 hi, qint64 offset);
// Time accounted by its author on tickets matching the queue and organisation filters.
QHash<qint64, qint64> minutes(Db& db, const ReportFilter& filter);
// Open tickets assigned now, per agent.
QHash<qint64, qint64> assigned(Db& db, const ReportFilter& filter);

} // namespace facts

// Display names of users.
QHash<qint64, QString> userNames(Db& db, const QList<qint64>& ids);

} // namespace reports
} // namespace helpdesk::server
