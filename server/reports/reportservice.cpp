// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportservice.h"

#include "announcements/announcementservice.h"
#include "reportaggregates.h"
#include "requests/requeststore.h"
#include "storage/db.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cmath>

namespace helpdesk::server::reports {

namespace {

constexpr qint64 kDayMs = 86'400'000;

QJsonValue nullable(qint64 id)
{
    return id ? QJsonValue(double(id)) : QJsonValue(QJsonValue::Null);
}

// A share in percent with one decimal; null when there is nothing to share.
QJsonValue percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QJsonValue::Null;
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject durationJson(const Durations& d)
{
    return { { QStringLiteral("count"), double(d.count) },
        { QStringLiteral("medianMs"), optionalNumber(d.median) },
        { QStringLiteral("p90Ms"), optionalNumber(d.p90) } };
}

QJsonObject csatJson(qint64 good, qint64 bad)
{
    return { { QStringLiteral("good"), double(good) }, { QStringLiteral("bad"), double(bad) },
        { QStringLiteral("scorePercent"), percent(good, good + bad) } };
}

QString dayText(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QJsonArray backlogJson(const QVector<BacklogRow>& rows)
{
    QJsonArray items;
    for (const BacklogRow& row : rows) {
        items.append(QJsonObject { { QStringLiteral("status"), toString(TicketStatus(row.status)) },
            { QStringLiteral("queueId"), nullable(row.queue) },
            { QStringLiteral("count"), double(row.count) },
            { QStringLiteral("oldestCreatedAt"),
                toWireTime(QDateTime::fromMSecsSinceEpoch(row.oldestCreatedAt, Qt::UTC)) },
            { QStringLiteral("averageAgeHours"),
                std::round(10.0 * double(row.totalAgeMs) / double(row.count) / 3'600'000.0) / 10.0 },
            { QStringLiteral("olderThanOneDay"), double(row.olderThanDay) },
            { QStringLiteral("olderThanOneWeek"), double(row.olderThanWeek) } });
    }
    return items;
}

// Tickets created per request type, most first (then by id; no type last among equals),
// named in the caller's language.
QJsonArray requestTypesJson(Db& db, const Principal& me, const QMap<qint64, qint64>& perType)
{
    QVector<QPair<qint64, qint64>> rows; // count, id
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        rows.append({ it.value(), it.key() });
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return (a.second == 0 ? LLONG_MAX : a.second) < (b.second == 0 ? LLONG_MAX : b.second);
    });
    const QStringList languages = announcements::languagesOf(db, me);
    QJsonArray items;
    for (const auto& [count, id] : rows) {
        const auto type = id ? requeststore::find(db, RequestTypeId(id)) : std::nullopt;
        items.append(QJsonObject { { QStringLiteral("requestTypeId"), nullable(type ? id : 0) },
            { QStringLiteral("key"), type ? QJsonValue(type->key) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("name"),
                type ? QJsonValue(requests::pick(type->names, languages)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("count"), double(count) } });
    }
    return items;
}

} // namespace

QJsonValue summary(Db& db, const CallContext& call)
{
    const ReportFilter filter = parseFilter(db, call);
    const CreatedCounts createdCounts = created(db, filter);
    const auto& createdDays = createdCounts.perDay;
    const auto resolved = resolvedPerDay(db, filter);
    const auto ratings = ratingsPerDay(db, filter);
    // Every UTC day the period touches, empty ones too: the chart's x axis.
    QJsonArray days;
    qint64 createdTotal = 0, resolvedTotal = 0, good = 0, bad = 0;
    for (qint64 day = filter.since / kDayMs; day * kDayMs < filter.until; ++day) {
        const auto rating = ratings.value(day);
        createdTotal += createdDays.value(day);
        resolvedTotal += resolved.value(day);
        good += rating.first;
        bad += rating.second;
        days.append(QJsonObject { { QStringLiteral("date"), dayText(day) },
            { QStringLiteral("created"), double(createdDays.value(day)) },
            { QStringLiteral("resolved"), double(resolved.value(day)) },
            { QStringLiteral("good"), double(rating.first) },
            { QStringLiteral("bad"), double(rating.second) } });
    }
    const Durations resolutionTimes = resolutions(db, filter);
    QJsonArray channels;
    const auto& perChannel = createdCounts.perChannel;
    for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it)
        channels.append(QJsonObject { { QStringLiteral("channel"), toString(Channel(it.key())) },
            { QStringLiteral("count"), double(it.value()) } });
    const qint64 slaCounted = resolutionTimes.slaMet + resolutionTimes.slaMissed;
    return QJsonObject { { QStringLiteral("backlog"), backlogJson(backlog(db, filter, nowMs())) },
        { QStringLiteral("days"), days }, { QStringLiteral("created"), double(createdTotal) },
        { QStringLiteral("resolved"), double(resolvedTotal) },
        { QStringLiteral("firstResponse"), durationJson(firstResponses(db, filter)) },
        { QStringLiteral("resolution"), durationJson(resolutionTimes) },
        { QStringLiteral("sla"),
            QJsonObject { { QStringLiteral("met"), double(resolutionTimes.slaMet) },
                { QStringLiteral("missed"), double(resolutionTimes.slaMissed) },
                { QStringLiteral("compliancePercent"), percent(resolutionTimes.slaMet, slaCounted) } } },
        { QStringLiteral("reopened"),
            QJsonObject { { QStringLiteral("count"), double(resolutionTimes.reopened) },
                { QStringLiteral("ratePercent"),
                    percent(resolutionTimes.reopened, resolutionTimes.count) } } },
        { QStringLiteral("csat"), csatJson(good, bad) }, { QStringLiteral("channels"), channels },
        { QStringLiteral("requestTypes"),
            requestTypesJson(db, call.principal, createdCounts.perRequestType) } };
}

QJsonValue agents(Db& db, const CallContext& call)
{
    const ReportFilter filter = parseFilter(db, call);
    const AgentFacts facts = agentFacts(db, filter);
    QList<qint64> ids = facts.firstResponse.keys() + facts.resolution.keys()
        + facts.minutes.keys() + facts.assigned.keys();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.removeAll(0); // unassigned work is in the summary, not in anyone's row
    const auto names = userNames(db, ids);
    QJsonArray items;
    for (const qint64 id : ids) {
        const Durations resolution = facts.resolution.value(id);
        items.append(QJsonObject { { QStringLiteral("agentId"), double(id) },
            { QStringLiteral("name"), names.value(id) },
            { QStringLiteral("handled"), double(resolution.count) },
            { QStringLiteral("firstResponse"), durationJson(facts.firstResponse.value(id)) },
            { QStringLiteral("resolution"), durationJson(resolution) },
            { QStringLiteral("csat"), csatJson(resolution.good, resolution.bad) },
            { QStringLiteral("minutes"), double(facts.minutes.value(id)) },
            { QStringLiteral("assigned"), double(facts.assigned.value(id)) } });
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace helpdesk::server::reports
