// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"
#include "domain/types.h"
#include "slaclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace helpdesk::server {

class Db;
class Query;

namespace sla {

constexpr qint64 kAlwaysOpenCalendarId = 1; // built in by schema step 15, never changed

// A calendar as stored: weekly hours (minutes of the local day, an end at or before the start
// runs into the next day) in an IANA zone, and holidays.
struct CalendarRecord
{
    qint64 id = 0;
    QString name;
    QString timeZone;
    bool alwaysOpen = false;
    QVector<WeeklyHours> hours;
    QVector<QDate> holidays;
    qint64 version = 1; // + 1 with every change (schema step 23)

    BusinessCalendar calendar() const;
    QJsonObject toJson() const;
};

struct PolicyRecord
{
    qint64 id = 0;
    QString name;
    std::optional<QueueId> queueId; // null: every queue without a policy of its own
    std::optional<Priority> priority; // null: every priority
    qint64 calendarId = kAlwaysOpenCalendarId;
    SlaTargets targets;
    int warningPercent = 80; // the escalation warning, as a share of each target

    QJsonObject toJson() const;
};

// Weekly hours and dates as stored in a TEXT column (compact JSON), and hours as the wire
// shows them ([{"day","start","end"}]).
QString hoursToText(const QVector<WeeklyHours>& hours);
QVector<WeeklyHours> hoursFromText(const QString& text);
QString datesToText(const QVector<QDate>& dates);
QVector<QDate> datesFromText(const QString& text);
QJsonArray hoursJson(const QVector<WeeklyHours>& hours);
QJsonArray datesJson(const QVector<QDate>& dates);

QVector<CalendarRecord> calendars(Db& db);
std::optional<CalendarRecord> findCalendar(Db& db, qint64 id);
// Inserts (id 0) or updates the row still at `calendar.version` (+ 1); returns the stored id,
// 0 when the row is at another version. Name clashes are the caller's.
qint64 saveCalendar(Db& db, const CalendarRecord& calendar, qint64 nowMs);
bool calendarNameTaken(Db& db, const QString& name, qint64 exceptId);

QVector<PolicyRecord> policies(Db& db);
std::optional<PolicyRecord> findPolicy(Db& db, qint64 id);
qint64 savePolicy(Db& db, const PolicyRecord& policy, qint64 nowMs);
bool policyNameTaken(Db& db, const QString& name, qint64 exceptId);
// Another policy for exactly this queue and priority (nulls included), if any.
std::optional<qint64> policyCovering(
    Db& db, const std::optional<QueueId>& queue, const std::optional<Priority>& priority, qint64 exceptId);
// The policy for a ticket: queue and priority, then queue, then priority, then the default.
std::optional<PolicyRecord> policyFor(
    Db& db, const std::optional<QueueId>& queue, Priority priority);

// A ticket's stored clock; `started` is false for tickets from before schema step 15.
// The clock's columns of a tickets row as saveClock writes them, in its order.
using ClockColumns = std::array<std::optional<qint64>, 14>;
struct StoredClock
{
    std::optional<qint64> policyId;
    bool started = false;
    SlaClock clock;
    ClockColumns columns; // as stored
};
StoredClock loadClock(Db& db, TicketId ticket);
// alertAt: when the escalation sweep must look at the ticket next (sla_alert_at). Writes
// nothing when the row already holds these values (`stored`: what loadClock read): most
// replies leave the clock as it was, and an UPDATE rewrites the row and its indexes anyway.
void saveClock(Db& db, TicketId ticket, const std::optional<qint64>& policyId,
    const SlaClock& clock, const std::optional<qint64>& alertAt,
    const std::optional<ClockColumns>& stored = std::nullopt);

// The "sla" object of a ticket read with these columns (see sla::ticketColumns()).
QString ticketColumns(); // for "SELECT ... FROM tickets t", 9 columns
std::optional<TicketSla> ticketSlaFromRow(const Query& query, int firstColumn, qint64 nowMs);

} // namespace sla
} // namespace helpdesk::server
