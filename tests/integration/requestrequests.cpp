// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrequests.h"

#include "testserver.h"

namespace helpdesk::test {

namespace {

constexpr qint64 kMissing = 987654;

QJsonObject typeParams(qint64 queue)
{
    static int s_count = 0;
    return QJsonObject { { QStringLiteral("key"), QStringLiteral("perm_type_%1").arg(++s_count) },
        { QStringLiteral("names"), QJsonObject { { QStringLiteral("en"), QStringLiteral("Permission row") } } },
        { QStringLiteral("queueId"), queue } };
}

qint64 versionOf(TestClient& admin, qint64 type)
{
    const QJsonObject list = resultOf(admin.call(
        QStringLiteral("requestType.list"), params(QStringLiteral("includeArchived"), true)));
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray()) {
        if (idOf(item) == type)
            return item.toObject().value(QLatin1String("version")).toInteger();
    }
    return 1;
}

// A fresh sensitive request, filed by `by` (a non-owner) for organisation `customer`.
qint64 awaitingRequest(const RequestFixture& fixture, TestClient& by, qint64 customer)
{
    QJsonObject request { { QStringLiteral("subject"), QStringLiteral("Approve me") },
        { QStringLiteral("body"), QStringLiteral("Sensitive") },
        { QStringLiteral("requestTypeId"), fixture.sensitiveType } };
    if (!by.user().value(QLatin1String("customerId")).isDouble())
        request.insert(QStringLiteral("customerId"), customer);
    return idOf(resultOf(by.call(QStringLiteral("ticket.create"), request)));
}

} // namespace

RequestFixture makeRequestFixture(TestClient& admin, TestClient& lead)
{
    RequestFixture fixture;
    fixture.ledQueue = idOf(resultOf(lead.call(QStringLiteral("queue.create"),
        params(QStringLiteral("name"), QStringLiteral("Request types of the lead")))));
    QJsonObject sensitive = typeParams(0);
    sensitive.insert(QStringLiteral("queueId"), QJsonValue());
    sensitive.insert(QStringLiteral("sensitive"), true);
    fixture.sensitiveType = idOf(resultOf(admin.call(QStringLiteral("requestType.save"), sensitive)));
    const QJsonObject list = resultOf(admin.call(QStringLiteral("requestType.list")));
    for (const QJsonValue& item : list.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("key")) == QLatin1String("problem"))
            fixture.starterType = idOf(item);
    }
    return fixture;
}

std::optional<QJsonObject> requestParamsFor(const RequestFixture& fixture, const QString& method,
    const QString& scope, TestClient& admin, TestClient& amy)
{
    if (method == QLatin1String("requestType.list"))
        return QJsonObject();
    if (method == QLatin1String("requestType.save") || method == QLatin1String("requestType.archive")) {
        if (method == QLatin1String("requestType.save") && scope == QLatin1String("new"))
            return typeParams(fixture.ledQueue);
        qint64 type = kMissing;
        if (scope == QLatin1String("led"))
            type = idOf(resultOf(admin.call(QStringLiteral("requestType.save"), typeParams(fixture.ledQueue))));
        else if (scope == QLatin1String("own"))
            type = fixture.starterType;
        QJsonObject request { { QStringLiteral("id"), type },
            { QStringLiteral("version"), type == kMissing ? 1 : versionOf(admin, type) } };
        if (method == QLatin1String("requestType.save"))
            request.insert(QStringLiteral("position"), 7);
        return request;
    }
    if (method == QLatin1String("ticket.approve") || method == QLatin1String("ticket.refuse")) {
        qint64 ticket = kMissing;
        if (scope == QLatin1String("awaiting"))
            ticket = awaitingRequest(fixture, amy, kAcme);
        else if (scope == QLatin1String("foreign"))
            ticket = awaitingRequest(fixture, admin, kGlobex); // an agent's request for Globex
        return params(QStringLiteral("id"), ticket);
    }
    return std::nullopt;
}

} // namespace helpdesk::test
