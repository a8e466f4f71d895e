// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttables.h"

#include <QLocale>

#include <cmath>

namespace helpdesk::client {

namespace {

QVariant number(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() ? QVariant(QString()) : QVariant(value.toDouble());
}

QJsonValue at(const QJsonObject& object, const char* a, const char* b)
{
    return object.value(QLatin1String(a)).toObject().value(QLatin1String(b));
}

} // namespace

QVector<QVariantList> ReportTable::withHeader() const
{
    QVector<QVariantList> all;
    QVariantList head;
    for (const QString& h : headers)
        head << h;
    all << head << rows;
    return all;
}

QVariant ReportTables::hours(const QJsonValue& ms)
{
    if (ms.isNull() || ms.isUndefined())
        return QString();
    return std::round(ms.toDouble() / 360'000.0) / 10.0;
}

QString ReportTables::cellText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

QString ReportTables::statusName(const QString& status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    return status;
}

QString ReportTables::channelName(const QString& channel)
{
    if (channel == QLatin1String("client"))
        return tr("Desktop client");
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("alert"))
        return tr("Alert");
    return channel;
}

QVector<ReportTable> ReportTables::build(const QJsonObject& s, const QJsonArray& agents,
    const QHash<qint64, QString>& queueNames)
{
    QVector<ReportTable> tables;
    ReportTable key { tr("Key figures"), { tr("Figure"), tr("Value") }, {} };
    key.rows << QVariantList { tr("Tickets created"), number(s.value(QLatin1String("created"))) }
             << QVariantList { tr("Resolutions"), number(s.value(QLatin1String("resolved"))) }
             << QVariantList { tr("First response, median (business hours)"), hours(at(s, "firstResponse", "medianMs")) }
             << QVariantList { tr("First response, 90th percentile (business hours)"), hours(at(s, "firstResponse", "p90Ms")) }
             << QVariantList { tr("Resolution time, median (business hours)"), hours(at(s, "resolution", "medianMs")) }
             << QVariantList { tr("Resolution time, 90th percentile (business hours)"), hours(at(s, "resolution", "p90Ms")) }
             << QVariantList { tr("SLA compliance (%)"), number(at(s, "sla", "compliancePercent")) }
             << QVariantList { tr("Re-open rate (%)"), number(at(s, "reopened", "ratePercent")) }
             << QVariantList { tr("Customer satisfaction (% good)"), number(at(s, "csat", "scorePercent")) }
             << QVariantList { tr("Ratings good"), number(at(s, "csat", "good")) }
             << QVariantList { tr("Ratings bad"), number(at(s, "csat", "bad")) };
    tables << key;

    ReportTable days { tr("Per day"), { tr("Date"), tr("Created"), tr("Resolved"), tr("Good ratings"), tr("Bad ratings") }, {} };
    for (const QJsonValue& v : s.value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        days.rows << QVariantList { d.value(QLatin1String("date")).toString(), number(d.value(QLatin1String("created"))),
            number(d.value(QLatin1String("resolved"))), number(d.value(QLatin1String("good"))), number(d.value(QLatin1String("bad"))) };
    }
    tables << days;

    ReportTable backlog { tr("Backlog now"), { tr("Status"), tr("Queue"), tr("Tickets"), tr("Average age (hours)"), tr("Older than a day"), tr("Older than a week") }, {} };
    for (const QJsonValue& v : s.value(QLatin1String("backlog")).toArray()) {
        const QJsonObject b = v.toObject();
        const QJsonValue queue = b.value(QLatin1String("queueId"));
        backlog.rows << QVariantList { statusName(b.value(QLatin1String("status")).toString()),
            queue.isNull() ? tr("No queue") : queueNames.value(queue.toInteger(), QString::number(queue.toInteger())),
            number(b.value(QLatin1String("count"))), number(b.value(QLatin1String("averageAgeHours"))),
            number(b.value(QLatin1String("olderThanOneDay"))), number(b.value(QLatin1String("olderThanOneWeek"))) };
    }
    tables << backlog;

    ReportTable channels { tr("Tickets per channel"), { tr("Channel"), tr("Tickets") }, {} };
    for (const QJsonValue& v : s.value(QLatin1String("channels")).toArray())
        channels.rows << QVariantList { channelName(v.toObject().value(QLatin1String("channel")).toString()),
            number(v.toObject().value(QLatin1String("count"))) };
    tables << channels;

    ReportTable types { tr("Tickets per request type"), { tr("Request type"), tr("Tickets") }, {} };
    for (const QJsonValue& v : s.value(QLatin1String("requestTypes")).toArray()) {
        const QJsonValue name = v.toObject().value(QLatin1String("name"));
        types.rows << QVariantList { name.isNull() ? tr("No request type") : name.toString(),
            number(v.toObject().value(QLatin1String("count"))) };
    }
    tables << types;

    ReportTable people { tr("Per agent"),
        { tr("Agent"), tr("Handled"), tr("First response, median (h)"), tr("Resolution, median (h)"),
            tr("Satisfaction (% good)"), tr("Time accounted (min)"), tr("Assigned now") },
        {} };
    for (const QJsonValue& v : agents) {
        const QJsonObject a = v.toObject();
        people.rows << QVariantList { a.value(QLatin1String("name")).toString(), number(a.value(QLatin1String("handled"))),
            hours(at(a, "firstResponse", "medianMs")), hours(at(a, "resolution", "medianMs")),
            number(at(a, "csat", "scorePercent")), number(a.value(QLatin1String("minutes"))),
            number(a.value(QLatin1String("assigned"))) };
    }
    tables << people;
    return tables;
}

} // namespace helpdesk::client
