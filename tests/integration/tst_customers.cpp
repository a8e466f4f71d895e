// SPDX-License-Identifier: GPL-3.0-or-later
// The whole customer in one place (docs/protocol.md: Customer, customer.get, customer.update):
// organisation details and services, its contacts and its tickets newest first, the staff's
// notes hidden from customers, every change in the audit log.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

class TestCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staffEditDetailsAndServices();
    void badUpdates_data();
    void badUpdates();
    void wholeCustomerInOneAnswer();
    void customersSeeTheirOwnWithoutNotes();

private:
    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_admin;
};

void TestCustomers::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_agent && m_alice && m_admin);
}

void TestCustomers::staffEditDetailsAndServices()
{
    const QJsonObject updated = m_agent->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme },
            { QStringLiteral("language"), QStringLiteral("hr") },
            { QStringLiteral("notes"), QStringLiteral("Pays yearly; ask for Ivana") },
            { QStringLiteral("services"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
                        { QStringLiteral("name"), QStringLiteral("Business 20 GB") } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("domain") },
                        { QStringLiteral("name"), QStringLiteral(" acme.example ") },
                        { QStringLiteral("details"), QStringLiteral("DNS with us") } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("mailbox") },
                        { QStringLiteral("name"), QStringLiteral("info@acme.example") } } } } });
    HD_EXPECT_OK(updated);
    const QJsonObject customer = resultOf(updated);
    QCOMPARE(customer.value(QLatin1String("name")).toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(customer.value(QLatin1String("language")).toString(), QStringLiteral("hr"));
    const QJsonArray services = customer.value(QLatin1String("services")).toArray();
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(1).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("acme.example"));
    QCOMPARE(services.at(1).toObject().value(QLatin1String("details")).toString(),
        QStringLiteral("DNS with us"));

    // Only the fields sent change: the services stay when only the name changes.
    const QJsonObject renamed = m_agent->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme },
            { QStringLiteral("name"), QStringLiteral("Acme d.o.o.") } });
    HD_EXPECT_OK(renamed);
    QCOMPARE(resultOf(renamed).value(QLatin1String("services")).toArray().size(), 3);
    QCOMPARE(resultOf(renamed).value(QLatin1String("notes")).toString(),
        QStringLiteral("Pays yearly; ask for Ivana"));

    const QJsonArray audit = resultOf(m_admin->call(QStringLiteral("audit.list"),
                                          QJsonObject { { QStringLiteral("action"),
                                              QStringLiteral("customer.update") } }))
                                 .value(QLatin1String("items"))
                                 .toArray();
    QCOMPARE(audit.size(), 2);
    const QJsonObject rename = audit.first().toObject().value(QLatin1String("details")).toObject();
    QCOMPARE(rename.keys(), QStringList { QStringLiteral("name") });
    QCOMPARE(audit.last().toObject().value(QLatin1String("details")).toObject()
                 .value(QLatin1String("services")).toObject().value(QLatin1String("new"))
                 .toArray().size(),
        3);
}

void TestCustomers::badUpdates_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QJsonObject service { { QStringLiteral("kind"), QStringLiteral("domain") },
        { QStringLiteral("name"), QStringLiteral("x.example") } };
    QTest::newRow("no such organisation")
        << QJsonObject { { QStringLiteral("id"), 9999 }, { QStringLiteral("notes"), QString() } }
        << 1004 << QString();
    QTest::newRow("bad language") << QJsonObject { { QStringLiteral("id"), kAcme },
        { QStringLiteral("language"), QStringLiteral("Croatian") } } << 1022 << "language";
    QTest::newRow("empty name") << QJsonObject { { QStringLiteral("id"), kAcme },
        { QStringLiteral("name"), QStringLiteral("  ") } } << 1022 << "name";
    QTest::newRow("unknown kind") << QJsonObject { { QStringLiteral("id"), kAcme },
        { QStringLiteral("services"),
            QJsonArray { service,
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("car") },
                    { QStringLiteral("name"), QStringLiteral("x") } } } } }
                                  << 1022 << "services.1.kind";
    QTest::newRow("service not an object") << QJsonObject { { QStringLiteral("id"), kAcme },
        { QStringLiteral("services"), QJsonArray { 5 } } } << -32602 << "services.0";
    QTest::newRow("unknown service key") << QJsonObject { { QStringLiteral("id"), kAcme },
        { QStringLiteral("services"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("domain") },
                { QStringLiteral("name"), QStringLiteral("x") },
                { QStringLiteral("price"), 9 } } } } }
                                         << -32602 << "services.0.price";
}

void TestCustomers::badUpdates()
{
    QFETCH(QJsonObject, params);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QJsonObject response = m_agent->call(QStringLiteral("customer.update"), params);
    HD_EXPECT_ERROR(response, code);
    if (!field.isEmpty())
        QVERIFY2(response.value(QLatin1String("error")).toObject().value(QLatin1String("data"))
                     .toObject().value(QLatin1String("fields")).toObject().contains(field),
            describe(response).constData());
    // Nothing of a refused update was stored.
    const QJsonObject acme = resultOf(m_agent->call(QStringLiteral("customer.get"),
        QJsonObject { { QStringLiteral("id"), kAcme } })).value(QLatin1String("customer")).toObject();
    QCOMPARE(acme.value(QLatin1String("services")).toArray().size(), 3);
    QCOMPARE(acme.value(QLatin1String("language")).toString(), QStringLiteral("hr"));
}

// Contacts with their details and state, and the tickets newest first with a total.
void TestCustomers::wholeCustomerInOneAnswer()
{
    QList<qint64> created;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject ticket = m_alice->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Acme case %1").arg(i) },
                { QStringLiteral("body"), QStringLiteral("x") } });
        created.prepend(idOf(resultOf(ticket)));
    }
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Globex case") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("customerId"), kGlobex } }));
    const QJsonObject view = resultOf(m_agent->call(QStringLiteral("customer.get"),
        QJsonObject { { QStringLiteral("id"), kAcme }, { QStringLiteral("ticketLimit"), 2 } }));
    const QJsonObject tickets = view.value(QLatin1String("tickets")).toObject();
    QCOMPARE(tickets.value(QLatin1String("total")).toInt(), 3);
    const QJsonArray items = tickets.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(idOf(items.at(0).toObject()), created.at(0)); // newest first
    QCOMPARE(idOf(items.at(1).toObject()), created.at(1));
    QStringList contacts;
    for (const QJsonValue& contact : view.value(QLatin1String("contacts")).toArray())
        contacts << contact.toObject().value(QLatin1String("login")).toString();
    QCOMPARE(contacts, (QStringList { QStringLiteral("alice"), QStringLiteral("amy") }));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("customer.get"),
                        QJsonObject { { QStringLiteral("id"), kAcme },
                            { QStringLiteral("ticketLimit"), 201 } }),
        1022);
}

void TestCustomers::customersSeeTheirOwnWithoutNotes()
{
    const QJsonObject own = m_alice->call(
        QStringLiteral("customer.get"), QJsonObject { { QStringLiteral("id"), kAcme } });
    HD_EXPECT_OK(own);
    const QJsonObject customer = resultOf(own).value(QLatin1String("customer")).toObject();
    QCOMPARE(customer.value(QLatin1String("notes")).toString(), QString());
    QCOMPARE(customer.value(QLatin1String("services")).toArray().size(), 3);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("customer.get"),
                        QJsonObject { { QStringLiteral("id"), kGlobex } }),
        1004);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("customer.update"),
                        QJsonObject { { QStringLiteral("id"), kAcme },
                            { QStringLiteral("notes"), QStringLiteral("mine") } }),
        1003);
}

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
