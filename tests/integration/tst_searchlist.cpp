// SPDX-License-Identifier: GPL-3.0-or-later
// search as a result list (docs/protocol.md, search): one item per ticket (perTicket) with the
// ticket and its hit count, filters on the ticket and the time of the hit, and highlight
// ranges of the matched words in every snippet. Same answers on SQLite and PostgreSQL.
#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {

QJsonArray itemsOf(const QJsonObject& response)
{
    return resultOf(response).value(QLatin1String("items")).toArray();
}

QList<qint64> ticketIds(const QJsonArray& items)
{
    QList<qint64> ids;
    for (const QJsonValue& item : items)
        ids << item.toObject().value(QLatin1String("ticketId")).toInteger();
    return ids;
}

// The highlighted parts of one item's snippet.
QStringList highlighted(const QJsonObject& item)
{
    const QString snippet = item.value(QLatin1String("snippet")).toString();
    QStringList parts;
    for (const QJsonValue& range : item.value(QLatin1String("highlights")).toArray()) {
        const QJsonArray pair = range.toArray();
        parts << snippet.mid(pair.at(0).toInteger(), pair.at(1).toInteger());
    }
    return parts;
}

} // namespace

class TestSearchList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneItemPerTicket();
    void filtersOnTheTicket();
    void filtersOnTheTimeOfTheHit();
    void highlightsTheMatchedWords();
    void customersStayInTheirOrganisation();
    void badFilters_data();
    void badFilters();

private:
    QJsonObject search(TestClient& client, const QJsonObject& params);
    qint64 create(const QString& subject, const QString& body, qint64 customer);
    void reply(qint64 ticket, const QString& body, bool internal = false,
        const QString& status = {});

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
    qint64 m_acmeBackup = 0; // Acme: "backup" in the subject and in three messages
    qint64 m_acmeMail = 0; // Acme: "backup" in one message, and once in an internal note; pending
    qint64 m_globexBackup = 0; // Globex: "backup" in the subject, resolved
};

QJsonObject TestSearchList::search(TestClient& client, const QJsonObject& params)
{
    return client.call(QStringLiteral("search"), params);
}

qint64 TestSearchList::create(const QString& subject, const QString& body, qint64 customer)
{
    const QJsonObject created = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body },
            { QStringLiteral("customerId"), customer } });
    return idOf(resultOf(created));
}

void TestSearchList::reply(
    qint64 ticket, const QString& body, bool internal, const QString& status)
{
    QJsonObject params { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body },
        { QStringLiteral("internal"), internal } };
    if (!status.isEmpty())
        params.insert(QStringLiteral("status"), status);
    const QJsonObject added = m_agent->call(QStringLiteral("message.add"), params);
    QVERIFY2(errorCode(added) == 0, describe(added).constData());
}

void TestSearchList::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
    m_globexBackup = create(QStringLiteral("Nightly backup failed"),
        QStringLiteral("The backup job stopped at 02:00"), kGlobex);
    m_acmeMail = create(QStringLiteral("Mailbox quota"), QStringLiteral("Mails bounce"), kAcme);
    m_acmeBackup = create(QStringLiteral("Backup restore of the shop database"),
        QStringLiteral("Please restore yesterday's backup"), kAcme);
    QVERIFY(m_globexBackup > 0 && m_acmeMail > 0 && m_acmeBackup > 0);
    reply(m_acmeBackup, QStringLiteral("Restoring the backup now"));
    reply(m_acmeBackup, QStringLiteral("The Backups are kept for 14 days"));
    reply(m_acmeMail, QStringLiteral("Old mails moved to the backup mailbox"), false,
        QStringLiteral("pending"));
    reply(m_acmeMail, QStringLiteral("Backup mailbox is internal only"), true);
    const QJsonObject resolved = m_agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_globexBackup }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } } } });
    QVERIFY2(errorCode(resolved) == 0, describe(resolved).constData());
}

// Without perTicket a ticket appears once per hit; with it once, newest first, with the ticket
// and how many hits it had.
void TestSearchList::oneItemPerTicket()
{
    const QJsonObject flat = search(*m_agent, { { QStringLiteral("query"), QStringLiteral("backup") } });
    HD_EXPECT_OK(flat);
    QVERIFY(itemsOf(flat).size() > 3);

    const QJsonObject grouped = search(*m_agent,
        { { QStringLiteral("query"), QStringLiteral("backup") },
            { QStringLiteral("perTicket"), true } });
    HD_EXPECT_OK(grouped);
    const QJsonArray items = itemsOf(grouped);
    // Subject hits first (newest ticket first), then tickets found only by a message.
    QCOMPARE(ticketIds(items), (QList<qint64> { m_acmeBackup, m_globexBackup, m_acmeMail }));
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("ticket")).toObject().value(QLatin1String("subject")).toString(),
        QStringLiteral("Backup restore of the shop database"));
    // Subject + first message + two replies ("Backups" matches as a prefix).
    QCOMPARE(first.value(QLatin1String("hits")).toInt(), 4);
    QCOMPARE(items.at(2).toObject().value(QLatin1String("hits")).toInt(), 2); // note included
    QVERIFY(items.at(2).toObject().contains(QLatin1String("messageId")));

    const QJsonObject limited = search(*m_agent,
        { { QStringLiteral("query"), QStringLiteral("backup") },
            { QStringLiteral("perTicket"), true }, { QStringLiteral("limit"), 2 } });
    QCOMPARE(ticketIds(itemsOf(limited)), (QList<qint64> { m_acmeBackup, m_globexBackup }));
}

void TestSearchList::filtersOnTheTicket()
{
    const auto grouped = [&](const QJsonObject& filter) {
        return ticketIds(itemsOf(search(*m_agent,
            { { QStringLiteral("query"), QStringLiteral("backup") },
                { QStringLiteral("perTicket"), true }, { QStringLiteral("filter"), filter } })));
    };
    QCOMPARE(grouped({ { QStringLiteral("status"), QJsonArray { QStringLiteral("resolved") } } }),
        (QList<qint64> { m_globexBackup }));
    QCOMPARE(grouped({ { QStringLiteral("customerId"), kAcme } }),
        (QList<qint64> { m_acmeBackup, m_acmeMail }));
    QCOMPARE(grouped({ { QStringLiteral("customerId"), kAcme },
                 { QStringLiteral("status"), QJsonArray { QStringLiteral("pending") } } }),
        (QList<qint64> { m_acmeMail }));
    QCOMPARE(grouped({ { QStringLiteral("status"),
                 QJsonArray { QStringLiteral("open"), QStringLiteral("resolved") } } }),
        (QList<qint64> { m_acmeBackup, m_globexBackup }));
    QCOMPARE(grouped({ { QStringLiteral("queueId"), QJsonValue::Null } }).size(), 3);
    QCOMPARE(grouped({ { QStringLiteral("assigneeId"), 3 } }), QList<qint64>());
}

void TestSearchList::filtersOnTheTimeOfTheHit()
{
    const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs);
    const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs);
    const auto count = [&](const QJsonObject& filter) {
        return itemsOf(search(*m_agent,
                           { { QStringLiteral("query"), QStringLiteral("backup") },
                               { QStringLiteral("filter"), filter } }))
            .size();
    };
    const qsizetype all = count({});
    QVERIFY(all > 3);
    QCOMPARE(count({ { QStringLiteral("since"), past } }), all);
    QCOMPARE(count({ { QStringLiteral("until"), future } }), all);
    QCOMPARE(count({ { QStringLiteral("since"), future } }), 0);
    QCOMPARE(count({ { QStringLiteral("until"), past } }), 0);
}

// Every item says where the words are, by position in its snippet; folding as the search
// does (case, accents, ł), the last word as a prefix.
void TestSearchList::highlightsTheMatchedWords()
{
    const QJsonObject flat = search(*m_agent,
        { { QStringLiteral("query"), QStringLiteral("backup") }, { QStringLiteral("limit"), 50 } });
    for (const QJsonValue& value : itemsOf(flat)) {
        const QStringList parts = highlighted(value.toObject());
        QVERIFY2(!parts.isEmpty(), qPrintable(value.toObject().value(QLatin1String("snippet")).toString()));
        for (const QString& part : parts)
            QVERIFY2(part.startsWith(QLatin1String("backup"), Qt::CaseInsensitive), qPrintable(part));
    }

    const qint64 polish = create(QStringLiteral("Złoty Łańcuch sklepu"),
        QStringLiteral("Płatność odrzucona przy zamówieniu"), kAcme);
    QVERIFY(polish > 0);
    const QJsonArray items = itemsOf(search(*m_agent,
        { { QStringLiteral("query"), QStringLiteral("zloty lancu") },
            { QStringLiteral("perTicket"), true } }));
    QCOMPARE(ticketIds(items), (QList<qint64> { polish }));
    QCOMPARE(highlighted(items.at(0).toObject()),
        (QStringList { QStringLiteral("Złoty"), QStringLiteral("Łańcuch") }));
    const QJsonArray body = itemsOf(search(*m_agent,
        { { QStringLiteral("query"), QStringLiteral("platnosc") } }));
    QCOMPARE(body.size(), 1);
    QCOMPARE(highlighted(body.at(0).toObject()), QStringList { QStringLiteral("Płatność") });
}

// A customer's filter narrows its own organisation's tickets; another organisation's id finds
// nothing, and internal notes stay hidden in grouped results too.
void TestSearchList::customersStayInTheirOrganisation()
{
    const auto grouped = [&](const QJsonObject& filter) {
        QJsonObject params { { QStringLiteral("query"), QStringLiteral("backup") },
            { QStringLiteral("perTicket"), true } };
        if (!filter.isEmpty())
            params.insert(QStringLiteral("filter"), filter);
        return itemsOf(search(*m_alice, params));
    };
    QCOMPARE(ticketIds(grouped({})), (QList<qint64> { m_acmeBackup, m_acmeMail }));
    QCOMPARE(ticketIds(grouped({ { QStringLiteral("customerId"), kGlobex } })), QList<qint64>());
    const QJsonArray own = grouped({ { QStringLiteral("customerId"), kAcme } });
    QCOMPARE(ticketIds(own), (QList<qint64> { m_acmeBackup, m_acmeMail }));
    QCOMPARE(own.at(1).toObject().value(QLatin1String("hits")).toInt(), 1); // no internal note
    QCOMPARE(ticketIds(grouped({ { QStringLiteral("status"),
                 QJsonArray { QStringLiteral("pending") } } })),
        (QList<qint64> { m_acmeMail }));
}

void TestSearchList::badFilters_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("code");
    const QString query = QStringLiteral("backup");
    QTest::newRow("filter not an object")
        << QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("filter"), 3 } }
        << -32602;
    QTest::newRow("unknown filter key")
        << QJsonObject { { QStringLiteral("query"), query },
               { QStringLiteral("filter"), QJsonObject { { QStringLiteral("colour"), 1 } } } }
        << -32602;
    QTest::newRow("unknown status")
        << QJsonObject { { QStringLiteral("query"), query },
               { QStringLiteral("filter"),
                   QJsonObject { { QStringLiteral("status"), QJsonArray { QStringLiteral("x") } } } } }
        << 1022;
    QTest::newRow("since not a time")
        << QJsonObject { { QStringLiteral("query"), query },
               { QStringLiteral("filter"),
                   QJsonObject { { QStringLiteral("since"), QStringLiteral("yesterday") } } } }
        << 1022;
    QTest::newRow("since a number")
        << QJsonObject { { QStringLiteral("query"), query },
               { QStringLiteral("filter"), QJsonObject { { QStringLiteral("since"), 5 } } } }
        << -32602;
    QTest::newRow("perTicket not a boolean")
        << QJsonObject { { QStringLiteral("query"), query },
               { QStringLiteral("perTicket"), QStringLiteral("yes") } }
        << -32602;
}

void TestSearchList::badFilters()
{
    QFETCH(QJsonObject, params);
    QFETCH(int, code);
    HD_EXPECT_ERROR(search(*m_agent, params), code);
}

QTEST_GUILESS_MAIN(TestSearchList)
#include "tst_searchlist.moc"
