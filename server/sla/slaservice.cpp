// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaservice.h"

#include "directory/directorystore.h"
#include "protocol/methods.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "service/auditstore.h"
#include "oncall.h"
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
    const QString field = params.fieldName(QStringLiteral("hours"));
    const QJsonArray array = params.optionalArray(QStringLiteral("hours")).value_or(QJsonArray());
    if (array.size() > kMaxStretches)
        validationError(field, QStringLiteral("at most %1 stretches").arg(kMaxStretches));
    QVector<WeeklyHours> hours;
    for (int i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2].").arg(field).arg(i);
        if (!array.at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("expected an object")));
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

QVector<QDate> parseDates(const Params& params, const QString& name)
{
    const QString field = params.fieldName(name);
    const QStringList texts = params.optionalStringList(name).value_or(QStringList());
    if (texts.size() > kMaxHolidays)
        validationError(field, QStringLiteral("at most %1 dates").arg(kMaxHolidays));
    QVector<QDate> dates;
    for (const QString& text : texts) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            validationError(field, QStringLiteral("%1 is not a date YYYY-MM-DD").arg(text));
        if (!dates.contains(date))
            dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

QString parseZone(const Params& params)
{
    const QString zone = params.requiredString(QStringLiteral("timeZone"));
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        validationError(params.fieldName(QStringLiteral("timeZone")), QStringLiteral("not an IANA time zone"));
    return zone;
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

// `version` as the caller read it (optional, only with `id`); nullopt when not given.
std::optional<qint64> parseVersion(const Params& params, bool withId)
{
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (version && !withId)
        throw RpcException(rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("only with id")));
    return version;
}

[[noreturn]] void conflict(const QString& what, qint64 stored, qint64 given, const QJsonObject& current)
{
    throw RpcException(rpc::Conflict,
        QStringLiteral("%1 is at version %2, not %3").arg(what).arg(stored).arg(given),
        QJsonObject { { QStringLiteral("current"), current } });
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
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"),
        QStringLiteral("timeZone"), QStringLiteral("hours"), QStringLiteral("holidays") });
    CalendarRecord calendar;
    const auto id = params.optionalId(QStringLiteral("id"));
    const auto version = parseVersion(params, id.has_value());
    if (id) {
        const auto stored = findCalendar(db, *id);
        if (!stored)
            throw RpcException(rpc::Error::notFound(QStringLiteral("calendar %1").arg(*id)));
        if (stored->alwaysOpen)
            validationError(QStringLiteral("id"), QStringLiteral("the 24/7 calendar cannot be changed"));
        if (version && *version != stored->version)
            conflict(QStringLiteral("calendar %1").arg(*id), stored->version, *version, stored->toJson());
        calendar = *stored;
    } else {
        for (const char* required : { "name", "timeZone", "hours" }) {
            if (!params.has(QLatin1String(required)))
                throw RpcException(rpc::Error::invalidParams(QLatin1String(required), QStringLiteral("required")));
        }
    }
    if (params.has(QStringLiteral("name")))
        calendar.name = validText(QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    if (params.has(QStringLiteral("timeZone")))
        calendar.timeZone = parseZone(params);
    if (params.has(QStringLiteral("hours")))
        calendar.hours = parseHours(params);
    if (params.has(QStringLiteral("holidays")))
        calendar.holidays = parseDates(params, QStringLiteral("holidays"));
    if (calendar.hours.isEmpty())
        validationError(QStringLiteral("hours"), QStringLiteral("needs at least one stretch"));
    if (calendarNameTaken(db, calendar.name, calendar.id))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    const qint64 savedId = sla::saveCalendar(db, calendar, nowMs());
    if (savedId == 0) {
        const auto current = findCalendar(db, calendar.id);
        conflict(QStringLiteral("calendar %1").arg(calendar.id), current ? current->version : 0,
            calendar.version, current ? current->toJson() : QJsonObject());
    }
    const auto stored = findCalendar(db, savedId);
    audit(db, call, method::CalendarSave, QStringLiteral("calendar"), savedId, stored->toJson());
    return stored->toJson();
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
        QStringLiteral("resolutionMinutes"), QStringLiteral("warningPercent") });
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
    if (const auto percent = params.optionalInt(QStringLiteral("warningPercent"))) {
        if (*percent < 1 || *percent > 99)
            validationError(QStringLiteral("warningPercent"), QStringLiteral("must be 1 to 99"));
        policy.warningPercent = int(*percent);
    }
    if (policyNameTaken(db, policy.name, policy.id))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    if (policyCovering(db, policy.queueId, policy.priority, policy.id))
        validationError(QStringLiteral("priority"),
            QStringLiteral("another policy already covers this queue and priority"));
    policy.id = sla::savePolicy(db, policy, nowMs());
    audit(db, call, method::SlaPolicySave, QStringLiteral("slaPolicy"), policy.id, policy.toJson());
    return policy.toJson();
}

namespace {
QueueId parseQueue(Db& db, const Params& params)
{
    const QueueId queue(params.requiredId(QStringLiteral("queueId")));
    if (!queueExists(db, queue))
        throw RpcException(rpc::Error::notFound(QStringLiteral("queue %1").arg(queue.value())));
    return queue;
}

QJsonObject rotaJson(Db& db, QueueId queue)
{
    QJsonArray items;
    for (const OnCallShift& shift : onCallShifts(db, queue))
        items.append(shift.toJson());
    return QJsonObject { { QStringLiteral("queueId"), double(queue.value()) },
        { QStringLiteral("version"), rotaVersion(db, queue) }, { QStringLiteral("shifts"), items } };
}
} // namespace

QJsonValue listRota(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("queueId") });
    return rotaJson(db, parseQueue(db, params));
}

QJsonValue saveRota(Db& db, const CallContext& call, EventList&)
{
    constexpr int kMaxShifts = 200;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("queueId"), QStringLiteral("version"), QStringLiteral("shifts") });
    const QueueId queue = parseQueue(db, params);
    const auto version = parseVersion(params, true);
    const qint64 stored = rotaVersion(db, queue);
    if (version && *version != stored)
        conflict(QStringLiteral("the rota of queue %1").arg(queue.value()), stored, *version, rotaJson(db, queue));
    const auto array = params.optionalArray(QStringLiteral("shifts"));
    if (!array)
        throw RpcException(rpc::Error::invalidParams(QStringLiteral("shifts"), QStringLiteral("required")));
    if (array->size() > kMaxShifts)
        validationError(QStringLiteral("shifts"), QStringLiteral("at most %1 shifts").arg(kMaxShifts));
    QVector<OnCallShift> shifts;
    for (int i = 0; i < array->size(); ++i) {
        const QString prefix = QStringLiteral("shifts[%1].").arg(i);
        if (!array->at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(prefix.chopped(1), QStringLiteral("expected an object")));
        const Params item(array->at(i).toObject(), prefix);
        item.rejectUnknown({ QStringLiteral("userId"), QStringLiteral("timeZone"),
            QStringLiteral("hours"), QStringLiteral("dates") });
        OnCallShift shift;
        shift.queueId = queue;
        shift.userId = UserId(item.requiredId(QStringLiteral("userId")));
        const auto user = findUser(db, shift.userId);
        if (!user || !isStaff(user->role))
            validationError(prefix + QStringLiteral("userId"), QStringLiteral("not a staff user"));
        shift.timeZone = parseZone(item);
        shift.hours = parseHours(item);
        shift.dates = parseDates(item, QStringLiteral("dates"));
        if (shift.hours.isEmpty() && shift.dates.isEmpty())
            validationError(prefix + QStringLiteral("hours"), QStringLiteral("needs hours or dates"));
        shifts.append(shift);
    }
    if (!replaceOnCallShifts(db, queue, stored, shifts))
        conflict(QStringLiteral("the rota of queue %1").arg(queue.value()), rotaVersion(db, queue),
            stored, rotaJson(db, queue));
    const QJsonObject rota = rotaJson(db, queue);
    audit(db, call, method::RotaSave, QStringLiteral("queue"), queue.value(), rota);
    return rota;
}

} // namespace helpdesk::server::sla
