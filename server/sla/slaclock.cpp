// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaclock.h"

#include <algorithm>
#include <utility>

namespace helpdesk::server::sla {

namespace {
constexpr qint64 kMinuteMs = 60'000;

void earliest(std::optional<qint64>& result, const std::optional<qint64>& candidate)
{
    if (candidate && (!result || *candidate < *result))
        result = candidate;
}
} // namespace

std::optional<qint64> SlaClock::dueAt() const
{
    if (closed || pausedAt)
        return std::nullopt;
    std::optional<qint64> result;
    if (responseFrom)
        earliest(result, firstResponseAt ? nextResponseDue : firstResponseDue);
    if (!resolutionAt)
        earliest(result, resolutionDue);
    return result;
}

SlaClockRules::SlaClockRules(SlaTargets targets, BusinessCalendar calendar)
    : m_targets(std::move(targets))
    , m_calendar(std::move(calendar))
{
}

std::optional<qint64> SlaClockRules::due(
    qint64 from, std::optional<qint64> minutes, qint64 pausedMs) const
{
    if (!minutes)
        return std::nullopt;
    return m_calendar.addBusinessMs(from, *minutes * kMinuteMs + pausedMs);
}

SlaClock SlaClockRules::recomputed(SlaClock clock) const
{
    if (clock.responseFrom) {
        if (!clock.firstResponseAt)
            clock.firstResponseDue
                = due(*clock.responseFrom, m_targets.firstResponse, clock.responsePausedMs);
        else
            clock.nextResponseDue
                = due(*clock.responseFrom, m_targets.nextResponse, clock.responsePausedMs);
    }
    if (!clock.resolutionAt)
        clock.resolutionDue = due(clock.startedAt, m_targets.resolution, clock.resolutionPausedMs);
    return clock;
}

SlaClock SlaClockRules::created(qint64 now) const
{
    SlaClock clock;
    clock.createdAt = clock.startedAt = now;
    clock.responseFrom = now;
    return recomputed(clock);
}

void SlaClockRules::resume(SlaClock& clock, qint64 now) const
{
    if (!clock.pausedAt)
        return;
    const qint64 paused = std::max<qint64>(m_calendar.businessMsBetween(*clock.pausedAt, now), 0);
    clock.resolutionPausedMs += paused;
    if (clock.responseFrom)
        clock.responsePausedMs += paused;
    clock.pausedAt.reset();
}

SlaClock SlaClockRules::statusChanged(SlaClock clock, bool wasPending, bool wasClosed,
    bool isPending, bool isClosed, qint64 now) const
{
    if (wasPending && !isPending)
        resume(clock, now);
    if (wasClosed && !isClosed) { // re-opened: a new resolution target from now
        clock.closed = false;
        clock.startedAt = now;
        clock.resolutionPausedMs = 0;
        clock.resolutionAt.reset();
        clock.resolutionDue.reset();
    }
    if (!wasClosed && isClosed) {
        clock.closed = true;
        clock.resolutionAt = now;
        if (clock.responseFrom) // solving it answers it
            return staffReplied(clock, now);
    }
    if (isPending && !wasPending)
        clock.pausedAt = now;
    return recomputed(clock);
}

SlaClock SlaClockRules::customerWrote(SlaClock clock, qint64 now) const
{
    if (clock.closed || clock.responseFrom || !clock.firstResponseAt)
        return clock;
    clock.responseFrom = now;
    clock.responsePausedMs = 0;
    clock.nextResponseAt.reset();
    clock.nextResponseDue.reset();
    return recomputed(clock);
}

SlaClock SlaClockRules::staffReplied(SlaClock clock, qint64 now) const
{
    if (!clock.responseFrom)
        return clock;
    if (!clock.firstResponseAt)
        clock.firstResponseAt = now;
    else
        clock.nextResponseAt = now;
    clock.responseFrom.reset();
    clock.responsePausedMs = 0;
    return recomputed(clock);
}

QVector<AlertTime> SlaClockRules::alertTimes(const SlaClock& clock, int warningPercent) const
{
    QVector<AlertTime> times;
    if (clock.closed || clock.pausedAt)
        return times;
    auto add = [&](const QString& target, qint64 from, const std::optional<qint64>& minutes,
                   qint64 pausedMs, const std::optional<qint64>& due) {
        if (!minutes || !due)
            return;
        const auto warning = m_calendar.addBusinessMs(
            from, *minutes * kMinuteMs * warningPercent / 100 + pausedMs);
        if (warning)
            times.append({ target, QStringLiteral("warning"), *warning, *due });
        times.append({ target, QStringLiteral("breach"), *due, *due });
    };
    if (clock.responseFrom && !clock.firstResponseAt)
        add(QStringLiteral("firstResponse"), *clock.responseFrom, m_targets.firstResponse,
            clock.responsePausedMs, clock.firstResponseDue);
    else if (clock.responseFrom)
        add(QStringLiteral("nextResponse"), *clock.responseFrom, m_targets.nextResponse,
            clock.responsePausedMs, clock.nextResponseDue);
    if (!clock.resolutionAt)
        add(QStringLiteral("resolution"), clock.startedAt, m_targets.resolution,
            clock.resolutionPausedMs, clock.resolutionDue);
    return times;
}

bool isBreached(const SlaClock& clock, const std::optional<qint64>& due,
    const std::optional<qint64>& metAt, qint64 now)
{
    if (!due)
        return false;
    if (metAt)
        return *metAt > *due;
    return clock.pausedAt.value_or(now) > *due;
}

} // namespace helpdesk::server::sla
