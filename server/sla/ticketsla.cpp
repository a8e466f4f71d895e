// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsla.h"

#include "escalation.h"
#include "reportfacts.h"
#include "slastore.h"

namespace helpdesk::server::sla {

namespace {

bool isClosed(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

} // namespace

void trackTicket(Db& db, const std::optional<Ticket>& before, const Ticket& after,
    SlaTrigger trigger, qint64 nowMs)
{
    const auto policy = policyFor(db, after.queueId, after.priority);
    std::optional<CalendarRecord> calendar;
    if (policy)
        calendar = findCalendar(db, policy->calendarId);
    // Without a policy the clock still runs with no targets, ready for a policy to come.
    const BusinessCalendar businessTime
        = calendar ? calendar->calendar() : BusinessCalendar::alwaysOpen();
    const SlaClockRules rules(policy ? policy->targets : SlaTargets {}, businessTime);
    SlaClock clock;
    SlaClock previous;
    std::optional<ClockColumns> stored;
    if (!before) {
        clock = rules.created(nowMs);
    } else {
        const StoredClock loaded = loadClock(db, after.id);
        stored = loaded.columns;
        clock = loaded.clock;
        if (!loaded.started) {
            // A ticket from before SLAs: its resolution runs from its creation; whether it
            // was answered is not known, so no response is owed until the customer writes.
            clock = rules.created(clock.createdAt);
            clock.firstResponseAt = clock.createdAt;
            clock.responseFrom.reset();
            clock.closed = isClosed(before->status);
            if (clock.closed)
                clock.resolutionAt = clock.createdAt;
        }
        previous = clock;
        clock = rules.recomputed(clock); // the policy may be another one, or edited
        if (before->status != after.status) {
            clock = rules.statusChanged(clock, before->status == TicketStatus::Pending,
                isClosed(before->status), after.status == TicketStatus::Pending,
                isClosed(after.status), nowMs);
        }
    }
    if (trigger == SlaTrigger::CustomerWrote)
        clock = rules.customerWrote(clock, nowMs);
    else if (trigger == SlaTrigger::StaffReplied)
        clock = rules.staffReplied(clock, nowMs);
    // When the escalation sweep must look at it next: the first warning or breach not sent.
    const auto alertAt = policy
        ? nextAlertAt(db, after.id, rules.alertTimes(clock, policy->warningPercent))
        : std::nullopt;
    if (before)
        recordReportFacts(db, after, previous, isClosed(before->status), clock, businessTime, nowMs);
    saveClock(db, after.id, policy ? std::optional<qint64>(policy->id) : std::nullopt, clock,
        alertAt, stored);
}

} // namespace helpdesk::server::sla
