// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrequests.h"

#include "testserver.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace helpdesk::test {

namespace {

qint64 resolvedTicket(TestClient& observer, qint64 customer)
{
    const qint64 id = idOf(resultOf(observer.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Rate me") },
            { QStringLiteral("body"), QStringLiteral("A ticket to rate") },
            { QStringLiteral("customerId"), customer } })));
    observer.call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } } } });
    return id;
}

QJsonObject rating(const QString& key, const QJsonValue& value)
{
    return QJsonObject { { key, value }, { QStringLiteral("rating"), QStringLiteral("good") } };
}

} // namespace

QString csatTokenFor(TestServer& server, qint64 ticket, qint64 resolution)
{
    const QByteArray key = QByteArray::fromHex(server.queryScalar(
        QStringLiteral("SELECT value FROM server_secrets WHERE name = 'csat-link'")).toString().toLatin1());
    const QByteArray mac = QMessageAuthenticationCode::hash(
        "csat:" + QByteArray::number(ticket) + ':' + QByteArray::number(resolution), key,
        QCryptographicHash::Sha256);
    return QStringLiteral("%1.%2.%3").arg(ticket).arg(resolution).arg(QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

std::optional<QJsonObject> reportParamsFor(TestServer& server, TestClient& observer,
    const QString& method, const QString& scope, qint64 acmeTicket, qint64 globexTicket,
    qint64 otherAgent)
{
    if (method == QLatin1String("csat.get")) {
        const qint64 id = scope == QLatin1String("own") ? acmeTicket
            : scope == QLatin1String("foreign")        ? globexTicket
                                                       : 987654;
        return QJsonObject { { QStringLiteral("ticketId"), id } };
    }
    if (method == QLatin1String("csat.rate"))
        return rating(QStringLiteral("ticketId"),
            resolvedTicket(observer, scope == QLatin1String("foreign") ? kGlobex : kAcme));
    if (method == QLatin1String("csat.rateByToken")) {
        QString token = csatTokenFor(server, resolvedTicket(observer, kAcme), 1);
        if (scope == QLatin1String("forged"))
            token.back() = token.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        return rating(QStringLiteral("token"), token);
    }
    if (method.startsWith(QLatin1String("report."))) {
        QJsonObject p { { QStringLiteral("since"), QStringLiteral("2026-01-01T00:00:00Z") },
            { QStringLiteral("until"), QStringLiteral("2027-01-01T00:00:00Z") } };
        if (scope == QLatin1String("other"))
            p.insert(QStringLiteral("agentId"), otherAgent);
        return p;
    }
    return std::nullopt;
}

} // namespace helpdesk::test
