// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"

#include <QString>
#include <QVector>

#include <optional>

namespace helpdesk::server::sla {

// The targets of an SLA policy in business minutes; nullopt: no such target.
struct SlaTargets
{
    std::optional<qint64> firstResponse;
    std::optional<qint64> nextResponse;
    std::optional<qint64> resolution;
};

// One ticket's SLA clock as stored on the ticket (milliseconds since the epoch). The three
// targets' due times are derived from the start instants, the targets and the business time
// spent paused; a met target keeps the due time it had.
struct SlaClock
{
    qint64 createdAt = 0;
    qint64 startedAt = 0; // the resolution clock: creation, or the last re-opening
    std::optional<qint64> responseFrom; // a reply is owed since then (first or next)
    std::optional<qint64> pausedAt; // pending on the customer since then
    qint64 responsePausedMs = 0; // business time paused since responseFrom
    qint64 resolutionPausedMs = 0; // business time paused since startedAt
    std::optional<qint64> firstResponseDue, firstResponseAt;
    std::optional<qint64> nextResponseDue, nextResponseAt;
    std::optional<qint64> resolutionDue, resolutionAt;
    bool closed = false; // resolved or closed: nothing runs

    // The earliest due time still running (not met, not paused, not closed): what the
    // "overdue" and "breaching" views and the escalation sweep look at.
    std::optional<qint64> dueAt() const;
};

// A moment the escalation sweep alerts at, for a target still running: level "warning" (the
// policy's share of the target has passed) or "breach" (it is due).
struct AlertTime
{
    QString target; // firstResponse, nextResponse, resolution
    QString level;
    qint64 at = 0;
    qint64 dueAt = 0;
};

// The clock moves on the events of a ticket; each returns the new clock with its due times
// recomputed for `targets` over `calendar`. `now` is passed in (tests inject it).
class SlaClockRules
{
public:
    SlaClockRules(SlaTargets targets, BusinessCalendar calendar);

    SlaClock created(qint64 now) const;
    // The ticket's status went from one to another (pending pauses; resolved/closed stops and
    // counts as the answer; leaving resolved/closed re-opens with a new resolution target).
    SlaClock statusChanged(SlaClock clock, bool wasPending, bool wasClosed, bool isPending,
        bool isClosed, qint64 now) const;
    // A customer wrote: a next response is owed from now (unless a reply is owed already).
    SlaClock customerWrote(SlaClock clock, qint64 now) const;
    // Staff answered publicly: the owed first or next response is met.
    SlaClock staffReplied(SlaClock clock, qint64 now) const;
    // Due times of the unmet targets from these rules (a new or edited policy), measured
    // from the same start instants, paused time still left out.
    SlaClock recomputed(SlaClock clock) const;
    // The warning (at `warningPercent` of each running target, pauses left out) and breach
    // moments of the targets still running, in no particular order.
    QVector<AlertTime> alertTimes(const SlaClock& clock, int warningPercent) const;

private:
    std::optional<qint64> due(qint64 from, std::optional<qint64> minutes, qint64 pausedMs) const;
    void resume(SlaClock& clock, qint64 now) const;

    SlaTargets m_targets;
    BusinessCalendar m_calendar;
};

// Whether a target was or is breached: met after its due time, or not met and due before
// `now` (or before the pause began, while paused).
bool isBreached(const SlaClock& clock, const std::optional<qint64>& due,
    const std::optional<qint64>& metAt, qint64 now);

} // namespace helpdesk::server::sla
