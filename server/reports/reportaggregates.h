// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportstore.h"

namespace helpdesk::server {

class Db;

// The figures of a period (issue 15). Whole UTC days come from report_counts, the per-day
// aggregates triggers keep in every write of a fact (schema step 26), and the hours before
// the first and after the last whole day from the facts (reportstore.h). Percentiles stay
// exact: the counts per duration bucket say which bucket holds the rank, and only the facts
// inside that bucket's bounds are read to pick the value. The aggregates are kept per queue
// and per agent: a filter they cannot answer (an organisation; a queue together with an
// agent or with the agents' table) is read from the facts alone.
namespace reports {

CreatedCounts created(Db& db, const ReportFilter& filter);
QMap<qint64, qint64> resolvedPerDay(Db& db, const ReportFilter& filter);
// Ratings given in the period per UTC day: good and bad.
QMap<qint64, QPair<qint64, qint64>> ratingsPerDay(Db& db, const ReportFilter& filter);
Durations firstResponses(Db& db, const ReportFilter& filter);
Durations resolutions(Db& db, const ReportFilter& filter);
AgentFacts agentFacts(Db& db, const ReportFilter& filter);

} // namespace reports
} // namespace helpdesk::server
