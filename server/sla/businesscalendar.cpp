// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesscalendar.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace helpdesk::server::sla {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr int kSearchDays = 3660; // ten years: a calendar with no hours gives up there
} // namespace

BusinessCalendar BusinessCalendar::alwaysOpen()
{
    BusinessCalendar calendar;
    calendar.m_alwaysOpen = true;
    calendar.m_zone = QTimeZone::utc();
    return calendar;
}

BusinessCalendar::BusinessCalendar(QTimeZone zone, QVector<WeeklyHours> week, QSet<QDate> holidays)
    : m_zone(std::move(zone))
    , m_week(std::move(week))
    , m_holidays(std::move(holidays))
{
}

QDate BusinessCalendar::localDate(qint64 instantMs) const
{
    return QDateTime::fromMSecsSinceEpoch(instantMs, m_zone).date();
}

qint64 BusinessCalendar::localInstant(const QDate& date, int minute) const
{
    const QDate day = date.addDays(minute / 1440);
    const int inDay = minute % 1440;
    QDateTime local(day, QTime(inDay / 60, inDay % 60), m_zone);
    // A wall-clock time inside a spring-forward gap does not exist: business time starts
    // when the clocks show a later time of that day.
    for (int step = 1; !local.isValid() && step <= 4; ++step) {
        const int later = std::min(inDay + step * 30, 1439);
        local = QDateTime(day, QTime(later / 60, later % 60), m_zone);
    }
    return local.toMSecsSinceEpoch();
}

QVector<BusinessCalendar::Window> BusinessCalendar::windowsStartingOn(const QDate& date) const
{
    QVector<Window> windows;
    if (m_holidays.contains(date))
        return windows;
    const int weekday = date.dayOfWeek();
    for (const WeeklyHours& hours : m_week) {
        if (hours.day != weekday || hours.endMinute <= hours.startMinute)
            continue;
        const qint64 start = localInstant(date, hours.startMinute);
        const qint64 end = localInstant(date, hours.endMinute);
        if (end > start)
            windows.append({ start, end });
    }
    std::sort(windows.begin(), windows.end(),
        [](const Window& a, const Window& b) { return a.start < b.start; });
    return windows;
}

bool BusinessCalendar::isBusinessTime(qint64 instantMs) const
{
    if (m_alwaysOpen)
        return true;
    const QDate today = localDate(instantMs);
    for (const QDate& date : { today.addDays(-1), today }) {
        for (const Window& window : windowsStartingOn(date)) {
            if (window.start <= instantMs && instantMs < window.end)
                return true;
        }
    }
    return false;
}

std::optional<qint64> BusinessCalendar::addBusinessMinutes(qint64 startMs, qint64 minutes) const
{
    return addBusinessMs(startMs, minutes * kMinuteMs);
}

std::optional<qint64> BusinessCalendar::addBusinessMs(qint64 startMs, qint64 ms) const
{
    if (ms <= 0 || m_alwaysOpen)
        return startMs + std::max<qint64>(ms, 0);
    qint64 remaining = ms;
    qint64 cursor = startMs;
    // Stretches are visited in order of their start; the cursor keeps overlapping ones (a night
    // shift running into the next morning's) from counting twice.
    QDate date = localDate(startMs).addDays(-1);
    for (int day = 0; day < kSearchDays; ++day, date = date.addDays(1)) {
        for (const Window& window : windowsStartingOn(date)) {
            if (window.end <= cursor)
                continue;
            const qint64 from = std::max(window.start, cursor);
            const qint64 available = window.end - from;
            if (remaining <= available)
                return from + remaining;
            remaining -= available;
            cursor = window.end;
        }
    }
    return std::nullopt;
}

qint64 BusinessCalendar::businessMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs < fromMs)
        return -businessMsBetween(toMs, fromMs);
    if (m_alwaysOpen)
        return toMs - fromMs;
    qint64 total = 0;
    qint64 cursor = fromMs;
    const QDate last = localDate(toMs);
    for (QDate date = localDate(fromMs).addDays(-1); date <= last; date = date.addDays(1)) {
        for (const Window& window : windowsStartingOn(date)) {
            const qint64 from = std::max(window.start, cursor);
            const qint64 to = std::min(window.end, toMs);
            if (to > from) {
                total += to - from;
                cursor = to;
            }
        }
    }
    return total;
}

qint64 BusinessCalendar::businessMinutesBetween(qint64 fromMs, qint64 toMs) const
{
    return businessMsBetween(fromMs, toMs) / kMinuteMs;
}

} // namespace helpdesk::server::sla
