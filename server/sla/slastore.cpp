// SPDX-License-Identifier: GPL-3.0-or-later
#include "slastore.h"

#include "storage/db.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk::server::sla {

namespace {

QVariant nullableInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : sqlNullInt();
}

std::optional<qint64> optionalInt(const Query& q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.int64(column));
}

QString hhmm(int minute)
{
    minute %= 1440;
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

const QString kCalendarColumns
    = QStringLiteral("id, name, time_zone, always_open, hours, holidays, version FROM sla_calendars");

CalendarRecord calendarFromRow(const Query& q)
{
    return { q.int64(0), q.text(1), q.text(2), q.value(3).toInt() != 0, hoursFromText(q.text(4)),
        datesFromText(q.text(5)), q.int64(6) };
}

const QString kPolicyColumns = QStringLiteral(
    "p.id, p.name, p.queue_id, p.priority, p.calendar_id, p.first_response_minutes, "
    "p.next_response_minutes, p.resolution_minutes, p.warning_percent FROM sla_policies p");

PolicyRecord policyFromRow(const Query& q)
{
    PolicyRecord p;
    p.id = q.int64(0);
    p.name = q.text(1);
    if (!q.isNull(2))
        p.queueId = QueueId(q.int64(2));
    if (!q.isNull(3))
        p.priority = Priority(q.value(3).toInt());
    p.calendarId = q.int64(4);
    p.targets = { optionalInt(q, 5), optionalInt(q, 6), optionalInt(q, 7) };
    p.warningPercent = q.value(8).toInt();
    return p;
}

std::optional<SlaTarget> targetFromRow(const Query& q, int c, const std::optional<qint64>& pausedAt,
    qint64 nowMs)
{
    const auto due = optionalInt(q, c);
    if (!due)
        return std::nullopt;
    const auto met = optionalInt(q, c + 1);
    SlaTarget target;
    target.dueAt = QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC);
    if (met)
        target.metAt = QDateTime::fromMSecsSinceEpoch(*met, Qt::UTC);
    SlaClock clock;
    clock.pausedAt = pausedAt;
    target.breached = isBreached(clock, due, met, nowMs);
    return target;
}

} // namespace

QString hoursToText(const QVector<WeeklyHours>& hours)
{
    QJsonArray array;
    for (const WeeklyHours& h : hours)
        array.append(QJsonArray { h.day, h.startMinute, h.endMinute });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<WeeklyHours> hoursFromText(const QString& text)
{
    QVector<WeeklyHours> hours;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray h = value.toArray();
        hours.append({ h.at(0).toInt(), h.at(1).toInt(), h.at(2).toInt() });
    }
    return hours;
}

QString datesToText(const QVector<QDate>& dates)
{
    QJsonArray array;
    for (const QDate& date : dates)
        array.append(date.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<QDate> datesFromText(const QString& text)
{
    QVector<QDate> dates;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        dates.append(QDate::fromString(value.toString(), Qt::ISODate));
    return dates;
}

QJsonArray hoursJson(const QVector<WeeklyHours>& hours)
{
    QJsonArray week;
    for (const WeeklyHours& h : hours)
        week.append(QJsonObject { { QStringLiteral("day"), h.day },
            { QStringLiteral("start"), hhmm(h.startMinute) },
            { QStringLiteral("end"), h.endMinute == 1440 ? QStringLiteral("24:00") : hhmm(h.endMinute) } });
    return week;
}

QJsonArray datesJson(const QVector<QDate>& dates)
{
    QJsonArray days;
    for (const QDate& date : dates)
        days.append(date.toString(Qt::ISODate));
    return days;
}

BusinessCalendar CalendarRecord::calendar() const
{
    if (alwaysOpen)
        return BusinessCalendar::alwaysOpen();
    return BusinessCalendar(QTimeZone(timeZone.toUtf8()), hours,
        QSet<QDate>(holidays.begin(), holidays.end()));
}

QJsonObject CalendarRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("timeZone"), timeZone }, { QStringLiteral("alwaysOpen"), alwaysOpen },
        { QStringLiteral("hours"), hoursJson(hours) }, { QStringLiteral("holidays"), datesJson(holidays) },
        { QStringLiteral("version"), version } };
}

QJsonObject PolicyRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("queueId"),
            queueId ? QJsonValue(double(queueId->value())) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("priority"),
            priority ? QJsonValue(toString(*priority)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("calendarId"), calendarId },
        { QStringLiteral("firstResponseMinutes"), targets.firstResponse ? QJsonValue(double(*targets.firstResponse)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("nextResponseMinutes"), targets.nextResponse ? QJsonValue(double(*targets.nextResponse)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("resolutionMinutes"), targets.resolution ? QJsonValue(double(*targets.resolution)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("warningPercent"), warningPercent } };
}

QVector<CalendarRecord> calendars(Db& db)
{
    Query q(db, QStringLiteral("SELECT %1 ORDER BY id").arg(kCalendarColumns));
    q.exec();
    QVector<CalendarRecord> result;
    while (q.next())
        result.append(calendarFromRow(q));
    return result;
}

std::optional<CalendarRecord> findCalendar(Db& db, qint64 id)
{
    Query q(db, QStringLiteral("SELECT %1 WHERE id = ?").arg(kCalendarColumns));
    q.bind(id).exec();
    return q.next() ? std::optional<CalendarRecord>(calendarFromRow(q)) : std::nullopt;
}

qint64 saveCalendar(Db& db, const CalendarRecord& c, qint64 nowMs)
{
    if (c.id == 0) {
        Query q(db,
            QStringLiteral("INSERT INTO sla_calendars (name, time_zone, hours, holidays, "
                           "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        return q.bind(c.name).bind(c.timeZone).bind(hoursToText(c.hours))
            .bind(datesToText(c.holidays)).bind(nowMs).scalar().toLongLong();
    }
    // Only over the version read: a save that committed meanwhile (another server) wins.
    Query q(db,
        QStringLiteral("UPDATE sla_calendars SET name = ?, time_zone = ?, hours = ?, "
                       "holidays = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ? RETURNING id"));
    const QVariant id = q.bind(c.name).bind(c.timeZone).bind(hoursToText(c.hours))
                            .bind(datesToText(c.holidays)).bind(nowMs).bind(c.id).bind(c.version)
                            .scalar();
    return id.toLongLong() > 0 ? c.id : 0;
}

bool calendarNameTaken(Db& db, const QString& name, qint64 exceptId)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM sla_calendars WHERE name = ? AND id <> ?"));
    return q.bind(name).bind(exceptId).scalar().toInt() > 0;
}

QVector<PolicyRecord> policies(Db& db)
{
    Query q(db, QStringLiteral("SELECT %1 ORDER BY p.id").arg(kPolicyColumns));
    q.exec();
    QVector<PolicyRecord> result;
    while (q.next())
        result.append(policyFromRow(q));
    return result;
}

std::optional<PolicyRecord> findPolicy(Db& db, qint64 id)
{
    Query q(db, QStringLiteral("SELECT %1 WHERE p.id = ?").arg(kPolicyColumns));
    q.bind(id).exec();
    return q.next() ? std::optional<PolicyRecord>(policyFromRow(q)) : std::nullopt;
}

qint64 savePolicy(Db& db, const PolicyRecord& p, qint64 nowMs)
{
    const QVariant priority = p.priority ? QVariant(int(*p.priority)) : sqlNullInt();
    if (p.id == 0) {
        Query q(db,
            QStringLiteral("INSERT INTO sla_policies (name, queue_id, priority, calendar_id, "
                           "first_response_minutes, next_response_minutes, resolution_minutes, "
                           "warning_percent, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"));
        return q.bind(p.name).bind(sqlValue(p.queueId)).bind(priority).bind(p.calendarId)
            .bind(nullableInt(p.targets.firstResponse)).bind(nullableInt(p.targets.nextResponse))
            .bind(nullableInt(p.targets.resolution)).bind(p.warningPercent).bind(nowMs)
            .scalar().toLongLong();
    }
    Query q(db,
        QStringLiteral("UPDATE sla_policies SET name = ?, queue_id = ?, priority = ?, "
                       "calendar_id = ?, first_response_minutes = ?, next_response_minutes = ?, "
                       "resolution_minutes = ?, warning_percent = ?, updated_at = ? WHERE id = ?"));
    q.bind(p.name).bind(sqlValue(p.queueId)).bind(priority).bind(p.calendarId)
        .bind(nullableInt(p.targets.firstResponse)).bind(nullableInt(p.targets.nextResponse))
        .bind(nullableInt(p.targets.resolution)).bind(p.warningPercent).bind(nowMs).bind(p.id)
        .exec();
    return p.id;
}

bool policyNameTaken(Db& db, const QString& name, qint64 exceptId)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM sla_policies WHERE name = ? AND id <> ?"));
    return q.bind(name).bind(exceptId).scalar().toInt() > 0;
}

std::optional<qint64> policyCovering(Db& db, const std::optional<QueueId>& queue,
    const std::optional<Priority>& priority, qint64 exceptId)
{
    // "column = ?" or "column IS NULL": PostgreSQL cannot type a bare "? IS NULL".
    Query q(db,
        QStringLiteral("SELECT id FROM sla_policies WHERE id <> ? AND %1 AND %2")
            .arg(queue ? QStringLiteral("queue_id = ?") : QStringLiteral("queue_id IS NULL"),
                priority ? QStringLiteral("priority = ?") : QStringLiteral("priority IS NULL")));
    q.bind(exceptId);
    if (queue)
        q.bind(queue->value());
    if (priority)
        q.bind(int(*priority));
    q.exec();
    return q.next() ? std::optional<qint64>(q.int64(0)) : std::nullopt;
}

std::optional<PolicyRecord> policyFor(
    Db& db, const std::optional<QueueId>& queue, Priority priority)
{
    Query q(db,
        QStringLiteral("SELECT %1 WHERE (p.queue_id = ? OR p.queue_id IS NULL) "
                       "AND (p.priority = ? OR p.priority IS NULL) "
                       "ORDER BY CASE WHEN p.queue_id IS NULL THEN 1 ELSE 0 END, "
                       "CASE WHEN p.priority IS NULL THEN 1 ELSE 0 END LIMIT 1")
            .arg(kPolicyColumns));
    q.bind(sqlValue(queue)).bind(int(priority)).exec();
    return q.next() ? std::optional<PolicyRecord>(policyFromRow(q)) : std::nullopt;
}

StoredClock loadClock(Db& db, TicketId ticket)
{
    Query q(db,
        QStringLiteral("SELECT sla_policy_id, sla_started_at, created_at, sla_response_from, "
                       "sla_paused_at, sla_response_paused_ms, sla_resolution_paused_ms, "
                       "first_response_due, first_response_at, next_response_due, "
                       "next_response_at, resolution_due, resolution_at, status, sla_due_at, "
                       "sla_alert_at FROM tickets WHERE id = ?"));
    q.bind(ticket.value()).exec();
    StoredClock stored;
    if (!q.next())
        return stored;
    stored.policyId = optionalInt(q, 0);
    stored.started = !q.isNull(1);
    SlaClock& c = stored.clock;
    c.startedAt = optionalInt(q, 1).value_or(q.int64(2));
    c.createdAt = q.int64(2);
    c.responseFrom = optionalInt(q, 3);
    c.pausedAt = optionalInt(q, 4);
    c.responsePausedMs = q.int64(5);
    c.resolutionPausedMs = q.int64(6);
    c.firstResponseDue = optionalInt(q, 7);
    c.firstResponseAt = optionalInt(q, 8);
    c.nextResponseDue = optionalInt(q, 9);
    c.nextResponseAt = optionalInt(q, 10);
    c.resolutionDue = optionalInt(q, 11);
    c.resolutionAt = optionalInt(q, 12);
    const auto status = TicketStatus(q.value(13).toInt());
    c.closed = status == TicketStatus::Resolved || status == TicketStatus::Closed;
    stored.columns = { stored.policyId, optionalInt(q, 1), c.responseFrom, c.pausedAt,
        optionalInt(q, 5), optionalInt(q, 6), c.firstResponseDue, c.firstResponseAt,
        c.nextResponseDue, c.nextResponseAt, c.resolutionDue, c.resolutionAt, optionalInt(q, 14),
        optionalInt(q, 15) };
    return stored;
}

void saveClock(Db& db, TicketId ticket, const std::optional<qint64>& policyId,
    const SlaClock& c, const std::optional<qint64>& alertAt,
    const std::optional<ClockColumns>& stored)
{
    // Without a policy nothing is due, but the clock keeps running for a policy to come.
    const std::optional<qint64> dueAt = policyId ? c.dueAt() : std::nullopt;
    const ClockColumns columns { policyId, c.startedAt, c.responseFrom, c.pausedAt,
        c.responsePausedMs, c.resolutionPausedMs, c.firstResponseDue, c.firstResponseAt,
        c.nextResponseDue, c.nextResponseAt, c.resolutionDue, c.resolutionAt, dueAt, alertAt };
    if (stored && *stored == columns)
        return;
    Query q(db,
        QStringLiteral("UPDATE tickets SET sla_policy_id = ?, sla_started_at = ?, "
                       "sla_response_from = ?, sla_paused_at = ?, sla_response_paused_ms = ?, "
                       "sla_resolution_paused_ms = ?, first_response_due = ?, "
                       "first_response_at = ?, next_response_due = ?, next_response_at = ?, "
                       "resolution_due = ?, resolution_at = ?, sla_due_at = ?, sla_alert_at = ? "
                       "WHERE id = ?"));
    q.bind(nullableInt(policyId)).bind(c.startedAt).bind(nullableInt(c.responseFrom))
        .bind(nullableInt(c.pausedAt)).bind(c.responsePausedMs).bind(c.resolutionPausedMs)
        .bind(nullableInt(c.firstResponseDue)).bind(nullableInt(c.firstResponseAt))
        .bind(nullableInt(c.nextResponseDue)).bind(nullableInt(c.nextResponseAt))
        .bind(nullableInt(c.resolutionDue)).bind(nullableInt(c.resolutionAt))
        .bind(nullableInt(dueAt)).bind(nullableInt(alertAt))
        .bind(ticket.value()).exec();
}

QString ticketColumns()
{
    return QStringLiteral("t.sla_policy_id, t.sla_paused_at, t.first_response_due, "
                          "t.first_response_at, t.next_response_due, t.next_response_at, "
                          "t.resolution_due, t.resolution_at, t.sla_due_at");
}

std::optional<TicketSla> ticketSlaFromRow(const Query& q, int c, qint64 nowMs)
{
    if (q.isNull(c))
        return std::nullopt;
    TicketSla sla;
    sla.policyId = q.int64(c);
    const auto pausedAt = optionalInt(q, c + 1);
    sla.paused = pausedAt.has_value();
    sla.firstResponse = targetFromRow(q, c + 2, pausedAt, nowMs);
    sla.nextResponse = targetFromRow(q, c + 4, pausedAt, nowMs);
    sla.resolution = targetFromRow(q, c + 6, pausedAt, nowMs);
    if (const auto due = optionalInt(q, c + 8))
        sla.dueAt = QDateTime::fromMSecsSinceEpoch(*due, Qt::UTC);
    return sla;
}

} // namespace helpdesk::server::sla
