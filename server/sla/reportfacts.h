// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"
#include "domain/types.h"
#include "slaclock.h"

namespace helpdesk::server {

class Db;

namespace sla {

// The facts reports read (issue 15), written in the same transaction as the change: the
// business time to the first response (tickets.first_response_ms), one ticket_resolutions
// row per resolution (its business time, whether the SLA was met) and when it was re-opened.
// `before` is the clock as stored before the change, `after` the clock being saved;
// `wasClosed` whether the ticket was resolved or closed before it (the stored clock reads
// the status already written).
void recordReportFacts(Db& db, const Ticket& ticket, const SlaClock& before, bool wasClosed,
    const SlaClock& after, const BusinessCalendar& calendar, qint64 nowMs);

// Business milliseconds from `from` to `to` minus the pending time the clock already
// counted (`pausedMs`) and the pause still running at `to` (from `pausedAt`); never negative.
qint64 businessDuration(const BusinessCalendar& calendar, qint64 from, qint64 to,
    qint64 pausedMs, const std::optional<qint64>& pausedAt);

} // namespace sla
} // namespace helpdesk::server
