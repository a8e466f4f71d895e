// SPDX-License-Identifier: GPL-3.0-or-later
// Methods and params beyond the core contract of PROTOCOL.md (docs/protocol.md documents
// them): the user's stored language (user.setLocale) and idempotent ticket.create.
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

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_extensions.moc"
