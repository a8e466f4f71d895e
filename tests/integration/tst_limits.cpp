// SPDX-License-Identifier: GPL-3.0-or-later
// Connection limits: the idle timeout for unauthenticated connections (and not for logged-in
// ones), the per-address connection cap, and pipelined requests answered by id. Timeouts here
// are functional (does the close happen at all), never performance figures.
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr int kIdleMs = 500;
constexpr int kMaxConnections = 4;

QByteArray request(const QJsonValue& id, const QString& method, const QJsonObject& params)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                             { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
                             { QStringLiteral("params"), params } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

// Keeps reading for `ms`, sending `keepAlive` (if any) every 100 ms; false if the server closed.
bool staysOpen(TestClient& client, int ms, const QByteArray& keepAlive = {})
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastSent = 0;
    while (!timer.hasExpired(ms)) {
        if (!keepAlive.isEmpty() && timer.elapsed() - lastSent >= 100) {
            client.sendRaw(keepAlive);
            lastSent = timer.elapsed();
        }
        client.pump(20);
        if (!client.isConnected())
            return false;
    }
    return true;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idleUnauthenticatedClosed_data();
    void idleUnauthenticatedClosed();
    void activeConnectionsStayOpen_data();
    void activeConnectionsStayOpen();
    void connectionsPerAddress();
    void pipelinedRequestsMatchIds();
    void pipelinedSessionStart();
    void silentSessionClosedEventually();

private:
    TestServer m_server; // --idle-timeout-ms 500
    TestServer m_capped; // --max-connections-per-address 4
    QList<qint64> m_tickets;
};

void TestLimits::initTestCase()
{
    TestServer::Options idle;
    idle.idleTimeoutMs = kIdleMs;
    QVERIFY2(m_server.start(idle), qPrintable(m_server.errorString()));
    TestServer::Options capped;
    capped.populate = false;
    capped.maxConnectionsPerAddress = kMaxConnections;
    QVERIFY2(m_capped.start(capped), qPrintable(m_capped.errorString()));

    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject created = agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Pipelined %1").arg(i) },
                { QStringLiteral("body"), QStringLiteral("b") } });
        HD_EXPECT_OK(created);
        m_tickets << idOf(resultOf(created));
    }
}

void TestLimits::idleUnauthenticatedClosed_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("silent from the start") << QStringLiteral("none");
    QTest::newRow("silent after hello") << QStringLiteral("hello");
    QTest::newRow("after a failed login") << QStringLiteral("bad login");
    QTest::newRow("after logout") << QStringLiteral("logout");
    QTest::newRow("blank lines are no activity") << QStringLiteral("blank lines");
}

void TestLimits::idleUnauthenticatedClosed()
{
    QFETCH(QString, script);
    TestClient client(m_server.port());
    QVERIFY(client.isConnected());
    if (script != QLatin1String("none") && script != QLatin1String("blank lines"))
        HD_EXPECT_OK(client.hello());
    if (script == QLatin1String("bad login"))
        HD_EXPECT_ERROR(
            client.login(QStringLiteral("agent"), QStringLiteral("not-the-password")), 1001);
    if (script == QLatin1String("logout")) {
        HD_EXPECT_OK(client.login(QStringLiteral("agent"), kPassword));
        HD_EXPECT_OK(client.call(QStringLiteral("auth.logout")));
    }
    if (script == QLatin1String("blank lines"))
        QVERIFY(!staysOpen(client, 20 * kIdleMs, "\n"));
    QVERIFY2(client.waitForDisconnected(20 * kIdleMs),
        "an idle unauthenticated connection was not closed");
}

void TestLimits::activeConnectionsStayOpen_data()
{
    QTest::addColumn<QString>("login"); // empty: not logged in, but sending requests
    QTest::newRow("logged-in staff") << QStringLiteral("agent");
    QTest::newRow("logged-in customer") << QStringLiteral("alice");
    QTest::newRow("not logged in, but talking") << QString();
}

void TestLimits::activeConnectionsStayOpen()
{
    QFETCH(QString, login);
    TestClient client(m_server.port());
    HD_EXPECT_OK(client.hello());
    QByteArray keepAlive;
    if (login.isEmpty())
        keepAlive = request(QStringLiteral("ping"), QStringLiteral("hello"),
            QJsonObject { { QStringLiteral("protocol"), 1 } });
    else
        HD_EXPECT_OK(client.login(login, kPassword));
    QVERIFY2(staysOpen(client, 4 * kIdleMs, keepAlive), "an active connection was closed");
    HD_EXPECT_OK(client.hello());
    if (!login.isEmpty())
        HD_EXPECT_OK(client.call(QStringLiteral("ticket.list")));
}

void TestLimits::connectionsPerAddress()
{
    std::vector<std::unique_ptr<TestClient>> open;
    for (int i = 0; i < kMaxConnections; ++i) {
        open.push_back(std::make_unique<TestClient>(m_capped.port()));
        HD_EXPECT_OK(open.back()->hello());
    }
    // One more is accepted by the kernel and then dropped by the server, unanswered.
    TestClient refused(m_capped.port());
    QVERIFY(refused.waitForDisconnected());
    QCOMPARE(errorCode(refused.call(
                 QStringLiteral("hello"), QJsonObject { { QStringLiteral("protocol"), 1 } }, 500)),
        -1);
    for (const auto& client : open)
        HD_EXPECT_OK(client->hello());

    // A freed slot can be used again once the server has noticed the close.
    open.pop_back();
    bool admitted = false;
    QElapsedTimer timer;
    timer.start();
    while (!admitted && !timer.hasExpired(kTimeoutMs)) {
        auto next = std::make_unique<TestClient>(m_capped.port());
        if (errorCode(next->hello()) == 0) {
            admitted = true;
            open.push_back(std::move(next));
        } else {
            QTest::qWait(50);
        }
    }
    QVERIFY2(admitted, "a freed connection slot was not reused");
    TestClient stillRefused(m_capped.port());
    QVERIFY(stillRefused.waitForDisconnected());
}

// Hundreds of requests in one write (more than the server keeps in flight per connection):
// each is answered exactly once, under its own id, with its own result.
void TestLimits::pipelinedRequestsMatchIds()
{
    auto client = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    QVERIFY(client);
    struct Expected
    {
        QJsonValue id;
        int code;
        qint64 ticket; // for ticket.get results
    };
    QVector<Expected> expected;
    QByteArray batch;
    for (int i = 0; i < 300; ++i) {
        const qint64 ticket = m_tickets.at(i % m_tickets.size());
        QJsonValue id;
        switch (i % 4) {
        case 0:
            id = QJsonValue(double(1000 + i));
            break;
        case 1:
            id = QStringLiteral("req-%1").arg(i);
            break;
        case 2:
            id = QJsonValue(double(-i));
            break;
        default:
            id = QStringLiteral("%1").arg(i);
            break; // a string that looks like a number
        }
        switch (i % 5) {
        case 0:
        case 1:
            batch
                += request(id, QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket));
            expected << Expected { id, 0, ticket };
            break;
        case 2:
            batch += request(id, QStringLiteral("message.add"),
                QJsonObject { { QStringLiteral("ticketId"), ticket },
                    { QStringLiteral("body"), QStringLiteral("pipe %1").arg(i) } });
            expected << Expected { id, 0, 0 };
            break;
        case 3:
            batch += request(
                id, QStringLiteral("ticket.get"), params(QStringLiteral("id"), 900000 + i));
            expected << Expected { id, 1004, 0 };
            break;
        default:
            batch += request(id, QStringLiteral("no.such.method"), QJsonObject());
            expected << Expected { id, -32601, 0 };
            break;
        }
    }
    client->sendRaw(batch);
    for (const Expected& e : expected) {
        const QJsonObject response = client->waitForResponse(e.id);
        QVERIFY2(!response.isEmpty(),
            qPrintable(QStringLiteral("no answer to id %1").arg(e.id.toVariant().toString())));
        QCOMPARE(response.value(QLatin1String("id")), e.id);
        HD_EXPECT_ERROR(response, e.code);
        if (e.ticket)
            QCOMPARE(idOf(resultOf(response).value(QLatin1String("ticket"))), e.ticket);
    }
    QVERIFY(client->sync());
    QCOMPARE(client->pendingResponses(), 0);
}

// hello, login and a request in one write: frames after auth.login wait for it, so the
// request runs as the logged-in user.
void TestLimits::pipelinedSessionStart()
{
    TestClient client(m_server.port());
    client.sendRaw(
        request(1, QStringLiteral("hello"), QJsonObject { { QStringLiteral("protocol"), 1 } })
        + request(2, QStringLiteral("auth.login"),
            QJsonObject { { QStringLiteral("login"), QStringLiteral("agent2") },
                { QStringLiteral("password"), kPassword } })
        + request(3, QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_tickets.first()))
        + request(4, QStringLiteral("auth.logout"), QJsonObject())
        + request(
            5, QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_tickets.first())));
    HD_EXPECT_OK(client.waitForResponse(1));
    HD_EXPECT_OK(client.waitForResponse(2));
    HD_EXPECT_OK(client.waitForResponse(3));
    HD_EXPECT_OK(client.waitForResponse(4));
    HD_EXPECT_ERROR(client.waitForResponse(5), 1001);
}

// A logged-in peer that vanished (no FIN, no RST) must not keep its connection for ever: after
// --session-idle-timeout-ms of silence it is closed. A client that keeps talking stays.
void TestLimits::silentSessionClosedEventually()
{
    TestServer server;
    TestServer::Options options;
    options.sessionIdleTimeoutMs = 3 * kIdleMs;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    auto silent = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    auto talking = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    QVERIFY(silent && talking);
    const QByteArray heartbeat = request(QStringLiteral("beat"), QStringLiteral("hello"),
        QJsonObject { { QStringLiteral("protocol"), 1 } });
    QVERIFY2(staysOpen(*talking, 8 * kIdleMs, heartbeat), "a talking session was closed");
    QVERIFY2(silent->waitForDisconnected(20 * kIdleMs), "a silent session was never closed");
    HD_EXPECT_OK(talking->call(QStringLiteral("ticket.list")));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
