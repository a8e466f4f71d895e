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

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_extensions.moc"
