// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaservice.h"

#include "directory/directorystore.h"
#include "protocol/methods.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "service/auditstore.h"
#include "slastore.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace helpdesk::server::sla {

namespace {

constexpr int kMaxNameChars = 100;
constexpr int kMaxStretches = 70; // ten a day
constexpr int kMaxHolidays = 400;
constexpr qint64 kMaxTargetMinutes = 525'600; // a year

// "HH:MM" as minutes after midnight; "24:00" only where `allowMidnight`.
int parseClockTime(const QString& field, const QString& text, bool allowMidnight)
{
    static const QRegularExpression form(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])$"));
    const auto match = form.match(text);
    const int minute = match.hasMatch()
        ? match.captured(1).toInt() * 60 + match.captured(2).toInt()
        : -1;
    if (minute < 0 || minute > 1440 || (minute == 1440 && !allowMidnight))
        validationError(field, QStringLiteral("must be a time HH:MM"));
    return minute;
}

QVector<WeeklyHours> parseHours(const Params& params)
{
    const QJsonArray array = *params.optionalArray(QStringLiteral("hours"));
    if (array.size() > kMaxStretches)
        validationError(QStringLiteral("hours"), QStringLiteral("at most %1 stretches").arg(kMaxStretches));
    QVector<WeeklyHours> hours;
    for (int i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("hours[%1].").arg(i);
        if (!array.at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("hours[%1]").arg(i), QStringLiteral("expected an object")));
        const Params item(array.at(i).toObject(), prefix);
        item.rejectUnknown({ QStringLiteral("day"), QStringLiteral("start"), QStringLiteral("end") });
        const auto day = item.optionalInt(QStringLiteral("day"));
        if (!day)
            throw RpcException(rpc::Error::invalidParams(prefix + QStringLiteral("day"), QStringLiteral("required")));
        if (*day < 1 || *day > 7)
            validationError(prefix + QStringLiteral("day"), QStringLiteral("must be 1 (Monday) to 7 (Sunday)"));
        const int start = parseClockTime(prefix + QStringLiteral("start"),
            item.requiredString(QStringLiteral("start")), false);
        int end = parseClockTime(
            prefix + QStringLiteral("end"), item.requiredString(QStringLiteral("end")), true);
        if (end <= start)
            end += 1440; // runs into the next day
        hours.append({ int(*day), start, end });
    }
    return hours;
}

QVector<QDate> parseHolidays(const Params& params)
{
    const QStringList texts = *params.optionalStringList(QStringLiteral("holidays"));
    if (texts.size() > kMaxHolidays)
        validationError(QStringLiteral("holidays"), QStringLiteral("at most %1 dates").arg(kMaxHolidays));
    QVector<QDate> dates;
    for (const QString& text : texts) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            validationError(QStringLiteral("holidays"), QStringLiteral("%1 is not a date YYYY-MM-DD").arg(text));
        if (!dates.contains(date))
            dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

std::optional<qint64> parseTarget(const Params& params, const QString& name, std::optional<qint64> current)
{
    if (!params.has(name))
        return current;
    const auto minutes = params.optionalInt(name);
    if (minutes && (*minutes < 1 || *minutes > kMaxTargetMinutes))
        validationError(name, QStringLiteral("must be 1 to %1 minutes, or null").arg(kMaxTargetMinutes));
    return minutes;
}

void audit(Db& db, const CallContext& call, QLatin1String method, const QString& type,
    qint64 id, const QJsonObject& details)
{
    appendAudit(db, AuditEntry { 0, 0, call.principal.userId, call.address, QString(method), type, id, details });
}

} // namespace

QJsonValue listCalendars(Db& db, const CallContext& call)
{
    Params(call.params).rejectUnknown({});
    QJsonArray items;
    for (const CalendarRecord& calendar : calendars(db))
        items.append(calendar.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue saveCalendar(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("timeZone"), QStringLiteral("hours"), QStringLiteral("holidays") });
    CalendarRecord calendar;
    if (const auto id = params.optionalId(QStringLiteral("id"))) {
        const auto stored = findCalendar(db, *id);
        if (!stored)
            throw RpcException(rpc::Error::notFound(QStringLiteral("calendar %1").arg(*id)));
        if (stored->alwaysOpen)
            validationError(QStringLiteral("id"), QStringLiteral("the 24/7 calendar cannot be changed"));
        calendar = *stored;
    } else {
        for (const char* required : { "name", "timeZone", "hours" }) {
            if (!params.has(QLatin1String(required)))
                throw RpcException(rpc::Error::invalidParams(QLatin1String(required), QStringLiteral("required")));
        }
    }
    if (params.has(QStringLiteral("name")))
        calendar.name = validText(QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    if (params.has(QStringLiteral("timeZone"))) {
        calendar.timeZone = params.requiredString(QStringLiteral("timeZone"));
        if (!QTimeZone::isTimeZoneIdAvailable(calendar.timeZone.toUtf8()))
            validationError(QStringLiteral("timeZone"), QStringLiteral("not an IANA time zone"));
    }
    if (params.has(QStringLiteral("hours")))
        calendar.hours = parseHours(params);
    if (params.has(QStringLiteral("holidays")))
        calendar.holidays = parseHolidays(params);
    if (calendar.hours.isEmpty())
        validationError(QStringLiteral("hours"), QStringLiteral("needs at least one stretch"));
    if (calendarNameTaken(db, calendar.name, calendar.id))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    calendar.id = sla::saveCalendar(db, calendar, nowMs());
    audit(db, call, method::CalendarSave, QStringLiteral("calendar"), calendar.id, calendar.toJson());
    return calendar.toJson();
}

QJsonValue listPolicies(Db& db, const CallContext& call)
{
    Params(call.params).rejectUnknown({});
    QJsonArray items;
    for (const PolicyRecord& policy : policies(db))
        items.append(policy.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue savePolicy(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"),
        QStringLiteral("queueId"), QStringLiteral("priority"), QStringLiteral("calendarId"),
        QStringLiteral("firstResponseMinutes"), QStringLiteral("nextResponseMinutes"),
        QStringLiteral("resolutionMinutes") });
    PolicyRecord policy;
    if (const auto id = params.optionalId(QStringLiteral("id"))) {
        const auto stored = findPolicy(db, *id);
        if (!stored)
            throw RpcException(rpc::Error::notFound(QStringLiteral("SLA policy %1").arg(*id)));
        policy = *stored;
    } else if (!params.has(QStringLiteral("name"))) {
        throw RpcException(rpc::Error::invalidParams(QStringLiteral("name"), QStringLiteral("required")));
    }
    if (params.has(QStringLiteral("name")))
        policy.name = validText(QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    if (params.has(QStringLiteral("queueId"))) {
        const auto queue = params.optionalId(QStringLiteral("queueId"));
        policy.queueId = queue ? std::optional<QueueId>(QueueId(*queue)) : std::nullopt;
        if (policy.queueId && !queueExists(db, *policy.queueId))
            validationError(QStringLiteral("queueId"), QStringLiteral("no such queue"));
    }
    if (params.has(QStringLiteral("priority"))) {
        policy.priority.reset();
        if (const auto text = params.optionalString(QStringLiteral("priority"))) {
            policy.priority = priorityFromString(*text);
            if (!policy.priority)
                validationError(QStringLiteral("priority"), QStringLiteral("unknown priority %1").arg(*text));
        }
    }
    if (const auto calendarId = params.optionalId(QStringLiteral("calendarId"))) {
        if (!findCalendar(db, *calendarId))
            validationError(QStringLiteral("calendarId"), QStringLiteral("no such calendar"));
        policy.calendarId = *calendarId;
    }
    policy.targets.firstResponse = parseTarget(params, QStringLiteral("firstResponseMinutes"), policy.targets.firstResponse);
    policy.targets.nextResponse = parseTarget(params, QStringLiteral("nextResponseMinutes"), policy.targets.nextResponse);
    policy.targets.resolution = parseTarget(params, QStringLiteral("resolutionMinutes"), policy.targets.resolution);
    if (policyNameTaken(db, policy.name, policy.id))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    if (policyCovering(db, policy.queueId, policy.priority, policy.id))
        validationError(QStringLiteral("priority"),
            QStringLiteral("another policy already covers this queue and priority"));
    policy.id = sla::savePolicy(db, policy, nowMs());
    audit(db, call, method::SlaPolicySave, QStringLiteral("slaPolicy"), policy.id, policy.toJson());
    return policy.toJson();
}

} // namespace helpdesk::server::sla
