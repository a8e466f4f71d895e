// SPDX-License-Identifier: GPL-3.0-or-later
// Saved personal views (issue 12; docs/protocol.md view.list, view.save, view.delete): any
// filter and sort of ticket.list, named, stored per user with the count it lists now.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

class TestViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveListRenameDelete();
    void viewsArePersonal();
    void customersCountOwnTickets();
    void badValues_data();
    void badValues();

private:
    QJsonArray views(TestClient& client)
    {
        return resultOf(client.call(QStringLiteral("view.list"))).value(QLatin1String("items")).toArray();
    }

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2;
    std::unique_ptr<TestClient> m_alice;
};

void TestViews::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_agent2 && m_alice);
    for (const char* tag : { "dns", "dns", "mail" })
        HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Tagged") },
                { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("customerId"), kGlobex },
                { QStringLiteral("tags"), QJsonArray { QLatin1String(tag) } } }));
    HD_EXPECT_OK(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Acme DNS") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("tags"), QJsonArray { QStringLiteral("dns") } } }));
}

void TestViews::saveListRenameDelete()
{
    const QJsonObject filter { { QStringLiteral("tag"), QStringLiteral("dns") },
        { QStringLiteral("status"), QJsonArray { QStringLiteral("new"), QStringLiteral("open") } } };
    const QJsonObject sort { { QStringLiteral("field"), QStringLiteral("priority") }, { QStringLiteral("order"), QStringLiteral("desc") } };
    const QJsonObject saved = resultOf(m_agent->call(QStringLiteral("view.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral(" DNS work ") }, { QStringLiteral("filter"), filter },
            { QStringLiteral("sort"), sort } }));
    const qint64 id = idOf(saved);
    QVERIFY(id > 0);
    QCOMPARE(saved.value(QLatin1String("name")).toString(), QStringLiteral("DNS work"));
    QCOMPARE(saved.value(QLatin1String("filter")).toObject(), filter);
    QCOMPARE(saved.value(QLatin1String("sort")).toObject(), sort);
    QCOMPARE(saved.value(QLatin1String("count")).toInteger(), 3); // two Globex + Acme's
    // The count follows the tickets.
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("More DNS") }, { QStringLiteral("body"), QStringLiteral("x") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("dns") } } }));
    QJsonArray list = views(*m_agent);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("count")).toInteger(), 4);
    // Renamed and refiltered in place; the same id.
    const QJsonObject renamed = resultOf(m_agent->call(QStringLiteral("view.save"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Mail") },
            { QStringLiteral("filter"), QJsonObject { { QStringLiteral("tag"), QStringLiteral("mail") } } } }));
    QCOMPARE(idOf(renamed), id);
    QCOMPARE(renamed.value(QLatin1String("count")).toInteger(), 1);
    QVERIFY(renamed.value(QLatin1String("sort")).toObject().isEmpty());
    HD_EXPECT_OK(m_agent->call(QStringLiteral("view.delete"), params(QStringLiteral("id"), id)));
    QVERIFY(views(*m_agent).isEmpty());
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("view.delete"), params(QStringLiteral("id"), id)), 1004);
}

void TestViews::viewsArePersonal()
{
    const qint64 id = idOf(resultOf(m_agent->call(QStringLiteral("view.save"),
        params(QStringLiteral("name"), QStringLiteral("Everything")))));
    QVERIFY(views(*m_agent2).isEmpty());
    HD_EXPECT_ERROR(m_agent2->call(QStringLiteral("view.delete"), params(QStringLiteral("id"), id)), 1004);
    HD_EXPECT_ERROR(m_agent2->call(QStringLiteral("view.save"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Mine now") } }),
        1004);
    // The same name is free for another user, taken (any case) for the same one.
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("view.save"), params(QStringLiteral("name"), QStringLiteral("Everything"))));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("view.save"), params(QStringLiteral("name"), QStringLiteral("EVERYTHING"))), 1022);
}

// A customer's view counts only its organisation's tickets, as its ticket.list does.
void TestViews::customersCountOwnTickets()
{
    const QJsonObject saved = resultOf(m_alice->call(QStringLiteral("view.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("DNS") },
            { QStringLiteral("filter"), QJsonObject { { QStringLiteral("tag"), QStringLiteral("dns") } } } }));
    QCOMPARE(saved.value(QLatin1String("count")).toInteger(), 1);
}

void TestViews::badValues_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("blank name") << QByteArray(R"({"name":" "})") << 1022 << "name";
    QTest::newRow("long name") << QByteArray(R"({"name":")" + QByteArray(101, 'v') + R"("})") << 1022 << "name";
    QTest::newRow("unknown status") << QByteArray(R"({"name":"S","filter":{"status":["done"]}})") << 1022 << "filter.status";
    QTest::newRow("unknown filter key") << QByteArray(R"({"name":"S","filter":{"owner":3}})") << -32602 << "filter.owner";
    QTest::newRow("bad sort") << QByteArray(R"({"name":"S","sort":{"field":"colour"}})") << 1022 << "sort.field";
    QTest::newRow("bad order") << QByteArray(R"({"name":"S","sort":{"order":"up"}})") << 1022 << "sort.order";
    QTest::newRow("filter not object") << QByteArray(R"({"name":"S","filter":[]})") << -32602 << "filter";
    QTest::newRow("missing view") << QByteArray(R"({"id":987654,"name":"S"})") << 1004 << "";
}

void TestViews::badValues()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QJsonObject response = m_agent2->call(QStringLiteral("view.save"), QJsonDocument::fromJson(params).object());
    HD_EXPECT_ERROR(response, code);
    if (!field.isEmpty())
        QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field), describe(response).constData());
}

QTEST_GUILESS_MAIN(TestViews)
#include "tst_views.moc"
