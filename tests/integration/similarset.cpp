// SPDX-License-Identifier: GPL-3.0-or-later
#include "similarset.h"

#include "testclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace helpdesk::test {

namespace {

// ticket.create requests sent before their answers are read: the server commits them in
// groups, so loading a thousand tickets takes seconds.
constexpr int kPipelined = 32;

// Sends every request, kPipelined at a time; the results in order, or an empty list and
// `error` on the first failure.
QVector<QJsonObject> callAll(
    TestClient& client, const QString& method, const QVector<QJsonObject>& requests, QString* error)
{
    QVector<QJsonObject> results;
    for (qsizetype from = 0; from < requests.size(); from += kPipelined) {
        QVector<QJsonValue> ids;
        for (qsizetype i = from; i < qMin(requests.size(), from + kPipelined); ++i)
            ids << client.send(method, requests.at(i));
        for (const QJsonValue& id : ids) {
            const QJsonObject response = client.waitForResponse(id);
            if (errorCode(response) != 0) {
                *error = method + QStringLiteral(": ") + QString::fromUtf8(describe(response));
                return {};
            }
            results << resultOf(response);
        }
    }
    return results;
}

} // namespace

QJsonObject readSimilarSet(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!document.isObject()) {
        *error = path + QStringLiteral(": ") + parse.errorString();
        return {};
    }
    return document.object();
}

SimilarScores evaluateSimilarSet(TestClient& staff, const QJsonObject& set, QString* error)
{
    QVector<QJsonObject> requests;
    const QJsonArray organisations = set.value(QLatin1String("organisations")).toArray();
    for (const QJsonValue& org : organisations)
        requests << QJsonObject { { QStringLiteral("name"), org[QLatin1String("name")] } };
    const QVector<QJsonObject> created = callAll(staff, QStringLiteral("customer.create"), requests, error);
    if (created.size() != organisations.size())
        return {};
    QHash<QString, qint64> orgIds;
    for (qsizetype i = 0; i < created.size(); ++i)
        orgIds.insert(organisations.at(i)[QLatin1String("key")].toString(), idOf(created.at(i)));

    requests.clear();
    const QJsonArray tickets = set.value(QLatin1String("tickets")).toArray();
    for (const QJsonValue& ticket : tickets) {
        requests << QJsonObject { { QStringLiteral("subject"), ticket[QLatin1String("subject")] },
            { QStringLiteral("body"), ticket[QLatin1String("body")] },
            { QStringLiteral("customerId"), orgIds.value(ticket[QLatin1String("org")].toString()) } };
    }
    const QVector<QJsonObject> made = callAll(staff, QStringLiteral("ticket.create"), requests, error);
    if (made.size() != tickets.size())
        return {};
    QHash<QString, qint64> ticketIds;
    QHash<QString, QString> orgOf;
    for (qsizetype i = 0; i < made.size(); ++i) {
        const QString key = tickets.at(i)[QLatin1String("key")].toString();
        ticketIds.insert(key, idOf(made.at(i)));
        orgOf.insert(key, tickets.at(i)[QLatin1String("org")].toString());
    }

    SimilarScores scores;
    for (const QJsonValue& pair : set.value(QLatin1String("pairs")).toArray()) {
        const qint64 query = ticketIds.value(pair[QLatin1String("query")].toString());
        const qint64 expected = ticketIds.value(pair[QLatin1String("expected")].toString());
        QElapsedTimer timer;
        timer.start();
        const QJsonObject response
            = staff.call(QStringLiteral("ticket.similar"), params(QStringLiteral("id"), query));
        scores.latenciesMs << double(timer.nsecsElapsed()) / 1e6;
        if (errorCode(response) != 0) {
            *error = QStringLiteral("ticket.similar: ") + QString::fromUtf8(describe(response));
            return {};
        }
        const QJsonArray items = resultOf(response).value(QLatin1String("items")).toArray();
        const bool other = orgOf.value(pair[QLatin1String("query")].toString())
            != orgOf.value(pair[QLatin1String("expected")].toString());
        ++scores.pairs;
        scores.otherOrganisation += other;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (idOf(items.at(i)) == expected) {
                scores.first += i == 0;
                ++scores.inFive;
                scores.otherFirst += other && i == 0;
                scores.otherInFive += other;
                break;
            }
        }
    }
    return scores;
}

} // namespace helpdesk::test
