// SPDX-License-Identifier: GPL-3.0-or-later
// A running server whose PostgreSQL restarts or goes away for a while: requests fail fast
// with "database unavailable" meanwhile, the process stays up, the same sessions work again
// once the database is back, no acknowledged write is lost, and the sessions of a server
// whose event bus lost the connection are told to re-read (sync.required). PostgreSQL only
// (tst_pgrestart_pg); needs HELPDESK_TEST_PG_CTL (restart) and HELPDESK_TEST_PG_STOP /
// HELPDESK_TEST_PG_START, which scripts/test.sh exports. Restarts the whole cluster, so CTest
// runs it alone.
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr int kFailFastMs = 5000; // an error during the outage comes within this
constexpr int kRecoveryMs = 10000; // sessions work again this long after the database is back

bool isDatabaseUnavailable(const QJsonObject& response)
{
    return errorCode(response) == -32603
        && errorData(response).value(QLatin1String("reason")).toString() == u"database-unavailable";
}

QJsonObject reply(qint64 ticket, const QString& body, const QString& key = {})
{
    QJsonObject params { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body } };
    if (!key.isEmpty())
        params.insert(QStringLiteral("idempotencyKey"), key);
    return params;
}

QStringList bodies(const QJsonObject& getResult)
{
    QStringList list;
    for (const QJsonValue& m : getResult.value(QLatin1String("messages")).toArray())
        list << m.toObject().value(QLatin1String("body")).toString();
    return list;
}

} // namespace

class TestPgRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesRestart();
    void failsFastWhileDown();

private:
    // Calls ticket.get on `client` until it answers, at most kRecoveryMs * 2; the time taken,
    // or -1. Every failed attempt must be a quick "database unavailable".
    qint64 waitUntilServing(TestClient& client, qint64 ticket);
    qint64 newTicket(TestClient& client);

    TestServer m_a; // declared first: destroyed last, it drops the database
    TestServer m_b;
};

void TestPgRestart::initTestCase()
{
    if (TestServer::backend() != QLatin1String("postgres"))
        QSKIP("PostgreSQL only (tst_pgrestart_pg)");
    if (!qEnvironmentVariableIsSet("HELPDESK_TEST_PG_CTL"))
        QSKIP("HELPDESK_TEST_PG_CTL is not set (scripts/test.sh exports it)");
    QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
    QVERIFY2(m_b.startSharing(m_a), qPrintable(m_b.errorString()));
}

qint64 TestPgRestart::newTicket(TestClient& client)
{
    const QJsonObject created = client.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Outage") },
            { QStringLiteral("body"), QStringLiteral("before") },
            { QStringLiteral("customerId"), kAcme } });
    return errorCode(created) == 0 ? idOf(resultOf(created)) : 0;
}

qint64 TestPgRestart::waitUntilServing(TestClient& client, qint64 ticket)
{
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(2 * kRecoveryMs)) {
        QElapsedTimer call;
        call.start();
        const QJsonObject answer
            = client.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket));
        if (errorCode(answer) == 0)
            return timer.elapsed();
        if (!isDatabaseUnavailable(answer) || call.elapsed() > kFailFastMs) {
            qWarning("unexpected answer after %lld ms: %s", call.elapsed(),
                describe(answer).constData());
            return -1;
        }
        QTest::qWait(100);
    }
    return -1;
}

// pg_ctl restart -m fast: every connection of both servers is terminated. The next request
// on the same session is served on a fresh connection; the bus reconnects and B's (and A's)
// sessions get sync.required.
void TestPgRestart::survivesRestart()
{
    auto agent = TestClient::loggedIn(m_a.port(), QStringLiteral("agent"));
    auto listener = TestClient::loggedIn(m_b.port(), QStringLiteral("agent2"));
    QVERIFY(agent && listener);
    const qint64 ticket = newTicket(*agent);
    QVERIFY(ticket > 0);
    QStringList acknowledged { QStringLiteral("before") };
    for (int i = 0; i < 20; ++i) {
        const QString body = QStringLiteral("acknowledged %1").arg(i);
        HD_EXPECT_OK(agent->call(QStringLiteral("message.add"), reply(ticket, body)));
        acknowledged << body;
    }
    // B has relayed everything: no read of B's is pending when the database goes away (a
    // failed relay read also asks for a re-sync, which would blur what this test checks).
    QVERIFY(!listener
                 ->waitForNotification(QStringLiteral("message.added"),
                     [](const QJsonObject& p) {
                         return p.value(QLatin1String("message"))
                                    .toObject()
                                    .value(QLatin1String("body"))
                             == QLatin1String("acknowledged 19");
                     })
                 .isEmpty());
    QVERIFY(listener->sync());
    listener->clearNotifications();

    QElapsedTimer restart;
    restart.start();
    const QString failure = TestServer::runClusterControl("HELPDESK_TEST_PG_CTL");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("PostgreSQL restarted in %lld ms", restart.elapsed());
    QVERIFY2(m_a.isRunning(), m_a.log().right(2000).constData());
    QVERIFY2(m_b.isRunning(), m_b.log().right(2000).constData());

    const qint64 recovered = waitUntilServing(*agent, ticket);
    QVERIFY2(recovered >= 0, m_a.log().right(2000).constData());
    qInfo("the same session at A served again %lld ms after the restart finished", recovered);
    QVERIFY(recovered < kRecoveryMs);
    // Writes work again, and nothing acknowledged before the restart is missing.
    HD_EXPECT_OK(
        agent->call(QStringLiteral("message.add"), reply(ticket, QStringLiteral("after"))));
    acknowledged << QStringLiteral("after");
    QCOMPARE(bodies(resultOf(
                 agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))),
        acknowledged);

    // B's bus missed whatever was committed while it reconnected: its sessions re-read.
    QElapsedTimer resync;
    resync.start();
    const QJsonObject sync = listener->waitForNotification(QStringLiteral("sync.required"));
    QVERIFY2(!sync.isEmpty(), m_b.log().right(2000).constData());
    QCOMPARE(sync.value(QLatin1String("reason")).toString(), QStringLiteral("events-lost"));
    qInfo("sync.required at B: waited %lld ms more after A served again", resync.elapsed());
    // And the bus carries changes again: a reply through A reaches B. A's writes right after
    // the restart may go out before B's bus listens again (those are what sync.required is
    // for), so repeat until one crosses.
    QJsonObject crossed;
    QElapsedTimer crossing;
    crossing.start();
    for (int attempt = 0; crossed.isEmpty() && !crossing.hasExpired(kRecoveryMs); ++attempt) {
        const QJsonObject again = agent->call(QStringLiteral("message.add"),
            reply(ticket, QStringLiteral("crossing %1").arg(attempt)));
        HD_EXPECT_OK(again);
        const qint64 againId = idOf(resultOf(again));
        crossed = listener->waitForNotification(
            QStringLiteral("message.added"),
            [againId](const QJsonObject& p) {
                return idOf(p.value(QLatin1String("message"))) == againId;
            },
            2000);
    }
    QVERIFY2(!crossed.isEmpty(), m_b.log().right(3000).constData());
    qInfo("a reply through A crossed to B again %lld ms after sync.required", crossing.elapsed());
}

// The database stays down for a while: every request fails within kFailFastMs with
// "database unavailable" (no hanging), the server keeps running, and after the start a
// retried message.add with its idempotency key is stored exactly once.
void TestPgRestart::failsFastWhileDown()
{
    if (!qEnvironmentVariableIsSet("HELPDESK_TEST_PG_STOP")
        || !qEnvironmentVariableIsSet("HELPDESK_TEST_PG_START"))
        QSKIP("HELPDESK_TEST_PG_STOP / HELPDESK_TEST_PG_START are not set");
    auto agent = TestClient::loggedIn(m_a.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    const qint64 ticket = newTicket(*agent);
    QVERIFY(ticket > 0);

    QString failure = TestServer::runClusterControl("HELPDESK_TEST_PG_STOP");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qint64 slowest = 0;
    const QJsonObject requests[][2] = {
        { QJsonObject { { QStringLiteral("m"), QStringLiteral("ticket.get") } },
            params(QStringLiteral("id"), ticket) },
        { QJsonObject { { QStringLiteral("m"), QStringLiteral("message.add") } },
            reply(ticket, QStringLiteral("during"), QStringLiteral("outage-key")) },
        { QJsonObject { { QStringLiteral("m"), QStringLiteral("ticket.list") } }, QJsonObject() },
        { QJsonObject { { QStringLiteral("m"), QStringLiteral("ticket.create") } },
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("s") },
                { QStringLiteral("body"), QStringLiteral("b") } } },
    };
    for (int round = 0; round < 3; ++round) {
        for (const auto& request : requests) {
            QElapsedTimer timer;
            timer.start();
            const QString method = request[0].value(QLatin1String("m")).toString();
            const QJsonObject answer = agent->call(method, request[1]);
            slowest = qMax(slowest, timer.elapsed());
            QVERIFY2(isDatabaseUnavailable(answer),
                qPrintable(method + QLatin1String(": ") + QString::fromUtf8(describe(answer))));
            QVERIFY2(timer.elapsed() < kFailFastMs, qPrintable(method));
        }
    }
    qInfo("while PostgreSQL is down: 12 requests, each answered \"database unavailable\" "
          "within %lld ms",
        slowest);
    QVERIFY(m_a.isRunning());

    failure = TestServer::runClusterControl("HELPDESK_TEST_PG_START");
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qint64 recovered = waitUntilServing(*agent, ticket);
    QVERIFY2(recovered >= 0, m_a.log().right(2000).constData());
    qInfo("served again %lld ms after PostgreSQL was started", recovered);
    QVERIFY(recovered < kRecoveryMs);

    // The client retries its failed send with the same key until it is accepted (the writer's
    // connection may still be waiting out its reconnect interval); stored once, however often.
    QJsonObject first;
    QElapsedTimer retrying;
    retrying.start();
    for (;;) {
        first = agent->call(QStringLiteral("message.add"),
            reply(ticket, QStringLiteral("during"), QStringLiteral("outage-key")));
        if (errorCode(first) == 0 || !isDatabaseUnavailable(first)
            || retrying.hasExpired(kRecoveryMs))
            break;
        QTest::qWait(100);
    }
    HD_EXPECT_OK(first);
    qInfo(
        "the retried write was accepted %lld ms after reads were served again", retrying.elapsed());
    const QJsonObject second = agent->call(QStringLiteral("message.add"),
        reply(ticket, QStringLiteral("during"), QStringLiteral("outage-key")));
    HD_EXPECT_OK(second);
    QCOMPARE(idOf(resultOf(first)), idOf(resultOf(second)));
    QCOMPARE(bodies(resultOf(
                 agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))),
        (QStringList { QStringLiteral("before"), QStringLiteral("during") }));
    // Nothing was created during the outage.
    QCOMPARE(m_a.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = 's'"))
                 .toLongLong(),
        0);
    QVERIFY(m_a.isRunning());
    QCOMPARE(m_a.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
