// SPDX-License-Identifier: GPL-3.0-or-later
// Methods and params beyond the first wire contract (docs/protocol.md documents
// them): the user's stored language (user.setLocale), idempotent ticket.create, and the
// support team's names for customers (user.list with staff).
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

class TestExtensions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localeIsStored();
    void idempotentTicketCreate();
    void customerSeesStaffNamesWithoutLogins();
    void signatures();

private:
    TestServer m_server;
};

void TestExtensions::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

// The user's language lives on the server: set once, it comes back with every login.
void TestExtensions::localeIsStored()
{
    auto client = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(client);
    const QJsonObject set = client->call(QStringLiteral("user.setLocale"),
        QJsonObject { { QStringLiteral("locale"), QStringLiteral("pl_PL") } });
    HD_EXPECT_OK(set);
    QCOMPARE(
        set.value(QLatin1String("result")).toObject().value(QLatin1String("locale")).toString(),
        QStringLiteral("pl_PL"));
    TestClient again(m_server.port());
    HD_EXPECT_OK(again.hello());
    const QJsonObject resumed = again.call(QStringLiteral("auth.resume"),
        QJsonObject { { QStringLiteral("token"), client->token() } });
    HD_EXPECT_OK(resumed);
    QCOMPARE(resumed.value(QLatin1String("result"))
                 .toObject()
                 .value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("locale"))
                 .toString(),
        QStringLiteral("pl_PL"));
    const QJsonObject bad = client->call(QStringLiteral("user.setLocale"),
        QJsonObject { { QStringLiteral("locale"), QStringLiteral("<script>") } });
    HD_EXPECT_ERROR(bad, 1022);
}

// ticket.create repeated with the same idempotencyKey (its answer was lost) returns the ticket
// made the first time: one ticket, one first message, one push.
void TestExtensions::idempotentTicketCreate()
{
    auto client = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(client);
    const QJsonObject params { { QStringLiteral("subject"), QStringLiteral("Created once") },
        { QStringLiteral("body"), QStringLiteral("even when sent twice") },
        { QStringLiteral("idempotencyKey"), QStringLiteral("create-7f3a") } };
    const QJsonObject first = client->call(QStringLiteral("ticket.create"), params);
    HD_EXPECT_OK(first);
    const QJsonObject again = client->call(QStringLiteral("ticket.create"), params);
    HD_EXPECT_OK(again);
    const QJsonValue id
        = first.value(QLatin1String("result")).toObject().value(QLatin1String("id"));
    QCOMPARE(again.value(QLatin1String("result")).toObject().value(QLatin1String("id")), id);
    const QJsonObject got
        = client->call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), id } });
    HD_EXPECT_OK(got);
    QCOMPARE(got.value(QLatin1String("result"))
                 .toObject()
                 .value(QLatin1String("messages"))
                 .toArray()
                 .size(),
        1);
    // Another user's key space is its own.
    auto other = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(other);
    const QJsonObject theirs = other->call(QStringLiteral("ticket.create"), params);
    HD_EXPECT_OK(theirs);
    QVERIFY(theirs.value(QLatin1String("result")).toObject().value(QLatin1String("id")) != id);
    HD_EXPECT_ERROR(client->call(QStringLiteral("ticket.create"),
                        QJsonObject { { QStringLiteral("subject"), QStringLiteral("s") },
                            { QStringLiteral("body"), QStringLiteral("b") },
                            { QStringLiteral("idempotencyKey"), QString(129, QLatin1Char('k')) } }),
        1022);
}

// A customer's client shows who answered: the staff names, never their logins, and still
// no other organisation's contacts.
void TestExtensions::customerSeesStaffNamesWithoutLogins()
{
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(alice);
    const QJsonObject staff = alice->call(
        QStringLiteral("user.list"), QJsonObject { { QStringLiteral("staff"), true } });
    HD_EXPECT_OK(staff);
    const QJsonArray items
        = staff.value(QLatin1String("result")).toObject().value(QLatin1String("items")).toArray();
    QStringList names;
    for (const QJsonValue& item : items) {
        const QJsonObject user = item.toObject();
        QVERIFY(user.value(QLatin1String("customerId")).isNull());
        QCOMPARE(user.value(QLatin1String("login")).toString(), QString());
        QCOMPARE(user.value(QLatin1String("locale")).toString(), QString());
        QVERIFY(!user.value(QLatin1String("name")).toString().isEmpty());
        names << user.value(QLatin1String("role")).toString();
    }
    QCOMPARE(items.size(), 4); // admin, lead, agent, agent2
    QVERIFY(!names.contains(QStringLiteral("customer")));

    // Without `staff`: its own contacts, logins included (it manages them).
    const QJsonObject own = alice->call(QStringLiteral("user.list"));
    HD_EXPECT_OK(own);
    for (const QJsonValue& item :
        own.value(QLatin1String("result")).toObject().value(QLatin1String("items")).toArray()) {
        QCOMPARE(item.toObject().value(QLatin1String("customerId")).toInteger(), kAcme);
        QVERIFY(!item.toObject().value(QLatin1String("login")).toString().isEmpty());
    }

    // Staff still get the logins.
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject forStaff = agent->call(
        QStringLiteral("user.list"), QJsonObject { { QStringLiteral("staff"), true } });
    HD_EXPECT_OK(forStaff);
    for (const QJsonValue& item :
        forStaff.value(QLatin1String("result")).toObject().value(QLatin1String("items")).toArray())
        QVERIFY(!item.toObject().value(QLatin1String("login")).toString().isEmpty());
}

// Reply signatures: one per owner and language, replaced by the next set, deleted by an empty
// text; an agent sees its own and the queues', never another agent's.
void TestExtensions::signatures()
{
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    auto agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    auto lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    QVERIFY(agent && agent2 && lead);
    const auto set = [](TestClient& client, const QJsonObject& params) {
        return client.call(QStringLiteral("signature.set"), params);
    };
    HD_EXPECT_OK(set(*agent, { { QStringLiteral("text"), QStringLiteral("Regards, Aggie") } }));
    HD_EXPECT_OK(set(*agent,
        { { QStringLiteral("text"), QStringLiteral("S poštovanjem, Aggie") },
            { QStringLiteral("locale"), QStringLiteral("hr") } }));
    HD_EXPECT_OK(set(*agent,
        { { QStringLiteral("text"), QStringLiteral("Srdačan pozdrav, Aggie") },
            { QStringLiteral("locale"), QStringLiteral("hr") } })); // replaces the first
    HD_EXPECT_OK(set(*agent2, { { QStringLiteral("text"), QStringLiteral("Andy") } }));
    HD_EXPECT_OK(set(*lead,
        { { QStringLiteral("text"), QStringLiteral("Hosting team, +385 1 555 0100") },
            { QStringLiteral("queueId"), 1 } }));
    HD_EXPECT_ERROR(set(*agent,
                        { { QStringLiteral("text"), QStringLiteral("x") },
                            { QStringLiteral("queueId"), 1 } }),
        1003);
    HD_EXPECT_ERROR(set(*lead,
                        { { QStringLiteral("text"), QStringLiteral("x") },
                            { QStringLiteral("queueId"), 999 } }),
        1022);
    HD_EXPECT_ERROR(set(*agent,
                        { { QStringLiteral("text"), QStringLiteral("x") },
                            { QStringLiteral("locale"), QStringLiteral("Croatian") } }),
        1022);
    HD_EXPECT_ERROR(
        set(*agent, { { QStringLiteral("text"), QString(2001, QLatin1Char('x')) } }), 1022);

    const QJsonArray items = resultOf(agent->call(QStringLiteral("signature.list")))
                                 .value(QLatin1String("items"))
                                 .toArray();
    QStringList texts;
    for (const QJsonValue& item : items)
        texts << item.toObject().value(QLatin1String("text")).toString();
    QCOMPARE(texts,
        (QStringList { QStringLiteral("Regards, Aggie"), QStringLiteral("Srdačan pozdrav, Aggie"),
            QStringLiteral("Hosting team, +385 1 555 0100") }));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("locale")).toString(), QStringLiteral("hr"));
    QCOMPARE(items.at(2).toObject().value(QLatin1String("queueId")).toInt(), 1);
    QVERIFY(items.at(2).toObject().value(QLatin1String("userId")).isNull());

    HD_EXPECT_OK(set(*agent,
        { { QStringLiteral("text"), QStringLiteral("  ") },
            { QStringLiteral("locale"), QStringLiteral("hr") } })); // deletes
    QCOMPARE(resultOf(agent->call(QStringLiteral("signature.list")))
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
        2);
}

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_extensions.moc"
