// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QVector>

#include <optional>

namespace helpdesk::server::sla {

// One stretch of working time in a week, in the calendar's local wall-clock time: it starts on
// `day` (1 = Monday ... 7 = Sunday) at `startMinute` after midnight and lasts until `endMinute`
// after that day's midnight, which may pass 1440 (a night shift 22:00-06:00 is 1320..1800).
struct WeeklyHours
{
    int day = 1;
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const WeeklyHours& a, const WeeklyHours& b)
    {
        return a.day == b.day && a.startMinute == b.startMinute && a.endMinute == b.endMinute;
    }
};

// Business time: weekly hours in an IANA time zone, minus holidays (a stretch that starts on a
// holiday is skipped), or round the clock. Pure arithmetic over instants (milliseconds since
// the epoch, UTC); no database and no clock of its own, so the SLA clock and its tests pass
// "now" in. Local times follow the zone's rules for that date, so an 08:00-16:00 day stays
// eight hours across a DST change and a night shift over the change is an hour shorter/longer.
class BusinessCalendar
{
public:
    // The built-in 24/7 calendar: every minute is business time.
    static BusinessCalendar alwaysOpen();
    BusinessCalendar(QTimeZone zone, QVector<WeeklyHours> week, QSet<QDate> holidays = {});

    bool isAlwaysOpen() const { return m_alwaysOpen; }
    const QTimeZone& zone() const { return m_zone; }

    bool isBusinessTime(qint64 instantMs) const;
    // The instant `minutes` business minutes after `startMs` (startMs itself for 0). nullopt
    // when the calendar has no business time in the next ten years.
    std::optional<qint64> addBusinessMinutes(qint64 startMs, qint64 minutes) const;
    std::optional<qint64> addBusinessMs(qint64 startMs, qint64 ms) const;
    // Business milliseconds in [fromMs, toMs); negative when toMs is before fromMs.
    qint64 businessMsBetween(qint64 fromMs, qint64 toMs) const;
    // The same in whole minutes (rounded towards zero).
    qint64 businessMinutesBetween(qint64 fromMs, qint64 toMs) const;

private:
    BusinessCalendar() = default;
    struct Window
    {
        qint64 start;
        qint64 end;
    };
    // The windows of the stretches starting on this local date, in UTC, ordered.
    QVector<Window> windowsStartingOn(const QDate& date) const;
    QDate localDate(qint64 instantMs) const;
    qint64 localInstant(const QDate& date, int minute) const;

    bool m_alwaysOpen = false;
    QTimeZone m_zone;
    QVector<WeeklyHours> m_week;
    QSet<QDate> m_holidays;
};

} // namespace helpdesk::server::sla
