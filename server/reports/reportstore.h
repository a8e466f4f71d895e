// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfilter.h"

#include <QHash>
#include <QMap>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The SQL of the reports (issue 15): aggregates over indexed columns of tickets (backlog,
// created, first response), ticket_resolutions (resolved, resolution time, SLA, re-opened,
// ratings) and messages (time accounted). Nothing loads tickets; the widest result is one
// row per day, channel, status or agent: percentiles are window functions in the query.
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

// Business durations of a period, summarised in SQL: how many, the median and the 90th
// percentile (nearest rank: the smallest value with at least that share at or below it),
// and, for resolutions, how they ended.
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

// Open work now (new, open, pending), by status and queue; the period does not apply.
QVector<BacklogRow> backlog(Db& db, const ReportFilter& filter, qint64 nowMs);
// Tickets created in the period per UTC day (days since the epoch) and per channel (Channel
// as int), from one pass over tickets_created.
struct CreatedCounts
{
    QMap<qint64, qint64> perDay;
    QMap<int, qint64> perChannel;
};
CreatedCounts created(Db& db, const ReportFilter& filter);
QMap<qint64, qint64> resolvedPerDay(Db& db, const ReportFilter& filter);
Durations firstResponses(Db& db, const ReportFilter& filter);
Durations resolutions(Db& db, const ReportFilter& filter);
// Ratings given in the period per UTC day: good and bad.
QMap<qint64, QPair<qint64, qint64>> ratingsPerDay(Db& db, const ReportFilter& filter);
AgentFacts agentFacts(Db& db, const ReportFilter& filter);
// Display names of users.
QHash<qint64, QString> userNames(Db& db, const QList<qint64>& ids);

} // namespace reports
} // namespace helpdesk::server
