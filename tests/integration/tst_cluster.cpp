// SPDX-License-Identifier: GPL-3.0-or-later
// Two helpdesk-server processes on one PostgreSQL database: the changes made through one are
// pushed to the other's sessions (LISTEN/NOTIFY, re-read under the receiver's visibility
// rules), each server pushes its own changes once, and the database arbitrates conflicts and
// idempotency keys between them. PostgreSQL only (tst_cluster_pg).
#include "storage/db.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace helpdesk::test;

namespace {

constexpr int kCrossServerBoundMs = 1000; // the "within a second"

qint64 ticketOf(const QJsonObject& params)
{
    if (params.contains(QLatin1String("ticket")))
        return idOf(params.value(QLatin1String("ticket")));
    return params.value(QLatin1String("ticketId")).toInteger();
}

// Matches a push about this ticket (and, for message.added, this message id if given).
std::function<bool(const QJsonObject&)> about(qint64 ticket, qint64 message = 0)
{
    return [ticket, message](const QJsonObject& params) {
        if (ticketOf(params) != ticket)
            return false;
        return message == 0 || idOf(params.value(QLatin1String("message"))) == message;
    };
}

int countPushes(const TestClient& client, const QString& method, qint64 ticket, qint64 message = 0)
{
    const auto match = about(ticket, message);
    int count = 0;
    for (const QJsonObject& n : client.notifications()) {
        if (n.value(QLatin1String("method")).toString() == method
            && match(n.value(QLatin1String("params")).toObject()))
            ++count;
    }
    return count;
}

QJsonObject reply(qint64 ticket, const QString& body, bool internal = false)
{
    return QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body },
        { QStringLiteral("internal"), internal } };
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void replyThroughBReachesA();
    void updateThroughBReachesA();
    void customerAtASeesPublicRepliesOnly();
    void removalCrosses();
    void ownChangesPushedOnce();
    void versionConflictAcrossServers();
    void idempotencyKeyAcrossServers();
    void serverOnUnixSocketJoins();

private:
    TestClient& at(const QString& name) { return *m_clients.value(name); }
    qint64 createTicket(TestClient& client, qint64 customer);
    void forgetPushes();

    TestServer m_a; // declared first: destroyed last, it drops the database
    TestServer m_b;
    // agentA, agent2A, aliceA, bobA at A; agentB, agent2B at B
    QHash<QString, std::shared_ptr<TestClient>> m_clients;
    qint64 m_ticket = 0; // fresh per test: Acme's, made through B
};

void TestCluster::initTestCase()
{
    if (TestServer::backend() != QLatin1String("postgres"))
        QSKIP("servers share a database only on PostgreSQL (run as tst_cluster_pg)");
    QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
    QVERIFY2(m_b.startSharing(m_a), qPrintable(m_b.errorString()));
    const struct
    {
        const char* name;
        const char* login;
        TestServer* server;
    } sessions[]
        = { { "agentA", "agent", &m_a }, { "agent2A", "agent2", &m_a }, { "aliceA", "alice", &m_a },
              { "bobA", "bob", &m_a }, { "agentB", "agent", &m_b }, { "agent2B", "agent2", &m_b } };
    for (const auto& session : sessions) {
        auto client = TestClient::loggedIn(session.server->port(), QLatin1String(session.login));
        QVERIFY2(client, session.name);
        m_clients.insert(
            QLatin1String(session.name), std::shared_ptr<TestClient>(client.release()));
    }
}

qint64 TestCluster::createTicket(TestClient& client, qint64 customer)
{
    const QJsonObject created = client.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Across servers") },
            { QStringLiteral("body"), QStringLiteral("first words") },
            { QStringLiteral("customerId"), customer } });
    if (errorCode(created) != 0) {
        qWarning("ticket.create failed: %s", describe(created).constData());
        return 0;
    }
    return idOf(resultOf(created));
}

void TestCluster::forgetPushes()
{
    for (const auto& client : qAsConst(m_clients))
        client->clearNotifications();
}

void TestCluster::init()
{
    m_ticket = createTicket(at(QStringLiteral("agentB")), kAcme);
    QVERIFY(m_ticket > 0);
    // The creation crossing to A is itself a cross-server push.
    QVERIFY(!at(QStringLiteral("agentA"))
                 .waitForNotification(QStringLiteral("message.added"), about(m_ticket))
                 .isEmpty());
    QVERIFY(!at(QStringLiteral("aliceA"))
                 .waitForNotification(QStringLiteral("message.added"), about(m_ticket))
                 .isEmpty());
    for (const auto& client : qAsConst(m_clients))
        QVERIFY(client->sync());
    forgetPushes();
}

// The bound: a reply posted through B is pushed to a client at A within a second.
// Measured from sending the request to B until A's client has read the push (an upper bound:
// it includes B's commit).
void TestCluster::replyThroughBReachesA()
{
    TestClient& agentA = at(QStringLiteral("agentA"));
    TestClient& agentB = at(QStringLiteral("agentB"));
    QVector<qint64> latencies;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject added = agentB.call(
            QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("reply %1").arg(i)));
        HD_EXPECT_OK(added);
        const qint64 message = idOf(resultOf(added));
        const QJsonObject push
            = agentA.waitForNotification(QStringLiteral("message.added"), about(m_ticket, message));
        QVERIFY2(!push.isEmpty(), "message.added did not reach server A");
        latencies << timer.elapsed();
        QCOMPARE(
            push.value(QLatin1String("message")).toObject().value(QLatin1String("body")).toString(),
            QStringLiteral("reply %1").arg(i));
        // The new version comes along (message.add → message.added, ticket.changed).
        QVERIFY(!agentA.waitForNotification(QStringLiteral("ticket.changed"), about(m_ticket))
                     .isEmpty());
    }
    QVector<qint64> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted.at(sorted.size() / 2);
    qInfo("reply through B -> push at A: min %lld ms, median %lld ms, max %lld ms (all: %s)",
        sorted.first(), median, sorted.last(), qPrintable([&] {
            QStringList all;
            for (const qint64 ms : latencies)
                all << QString::number(ms);
            return all.join(QLatin1Char(' '));
        }()));
    // The median, so that one sample delayed by a loaded machine does not decide.
    QVERIFY2(median < kCrossServerBoundMs,
        qPrintable(QStringLiteral("median cross-server latency %1 ms").arg(median)));
}

void TestCluster::updateThroughBReachesA()
{
    TestClient& agentB = at(QStringLiteral("agentB"));
    QElapsedTimer timer;
    timer.start();
    const QJsonObject updated = agentB.call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_ticket }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("priority"), QStringLiteral("urgent") },
                    { QStringLiteral("status"), QStringLiteral("pending") } } } });
    HD_EXPECT_OK(updated);
    for (const char* name : { "agentA", "aliceA" }) {
        const QJsonObject push
            = at(QLatin1String(name))
                  .waitForNotification(QStringLiteral("ticket.changed"), about(m_ticket));
        QVERIFY2(!push.isEmpty(), name);
        const QJsonObject ticket = push.value(QLatin1String("ticket")).toObject();
        QCOMPARE(ticket.value(QLatin1String("version")).toInteger(), 2);
        QCOMPARE(ticket.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
        QCOMPARE(ticket.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    }
    qInfo("update through B -> ticket.changed at A (agent and customer): %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 5 * kCrossServerBoundMs);
    // Globex's customer at A has no business with Acme's ticket.
    QVERIFY(at(QStringLiteral("bobA")).sync());
    QCOMPARE(
        countPushes(at(QStringLiteral("bobA")), QStringLiteral("ticket.changed"), m_ticket), 0);
}

// B's internal note is relayed to A's staff only; the public reply after it reaches A's
// customer too. Pushes keep their order, so once the reply is there the note would have been.
void TestCluster::customerAtASeesPublicRepliesOnly()
{
    TestClient& agentB = at(QStringLiteral("agentB"));
    const QJsonObject note
        = agentB.call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("note"), true));
    HD_EXPECT_OK(note);
    const QJsonObject pub
        = agentB.call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("public")));
    HD_EXPECT_OK(pub);
    const qint64 noteId = idOf(resultOf(note));
    const qint64 publicId = idOf(resultOf(pub));

    TestClient& alice = at(QStringLiteral("aliceA"));
    QVERIFY2(!alice.waitForNotification(QStringLiteral("message.added"), about(m_ticket, publicId))
                  .isEmpty(),
        "the customer at A did not get B's public reply");
    QCOMPARE(countPushes(alice, QStringLiteral("message.added"), m_ticket, noteId), 0);
    // Staff at A do get the note: it did cross, and was filtered for the customer.
    TestClient& agentA = at(QStringLiteral("agentA"));
    QVERIFY(!agentA.waitForNotification(QStringLiteral("message.added"), about(m_ticket, noteId))
                 .isEmpty());
    QVERIFY(!agentA.waitForNotification(QStringLiteral("message.added"), about(m_ticket, publicId))
                 .isEmpty());
    // Another organisation's customer gets neither.
    QVERIFY(at(QStringLiteral("bobA")).sync());
    QCOMPARE(countPushes(at(QStringLiteral("bobA")), QStringLiteral("message.added"), m_ticket), 0);
}

void TestCluster::removalCrosses()
{
    TestClient& agentB = at(QStringLiteral("agentB"));
    HD_EXPECT_OK(agentB.call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_ticket }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"), params(QStringLiteral("customerId"), kGlobex) } }));
    TestClient& alice = at(QStringLiteral("aliceA"));
    const QJsonObject removed
        = alice.waitForNotification(QStringLiteral("ticket.removed"), about(m_ticket));
    QVERIFY2(!removed.isEmpty(), "ticket.removed did not reach Acme's customer at A");
    // Acme's customer learns only the id; Globex's customer now sees the ticket.
    QCOMPARE(countPushes(alice, QStringLiteral("ticket.changed"), m_ticket), 0);
    QVERIFY(!at(QStringLiteral("bobA"))
                 .waitForNotification(QStringLiteral("ticket.changed"), about(m_ticket))
                 .isEmpty());
    // Staff get the change, not the removal.
    TestClient& agentA = at(QStringLiteral("agentA"));
    QVERIFY(
        !agentA.waitForNotification(QStringLiteral("ticket.changed"), about(m_ticket)).isEmpty());
    QVERIFY(agentA.sync());
    QCOMPARE(countPushes(agentA, QStringLiteral("ticket.removed"), m_ticket), 0);
}

// A server skips its own NOTIFYs: its sessions had the push already. A later change through
// the other server is the fence: pushes are relayed in commit order, so a duplicate of the
// first would have come before it.
void TestCluster::ownChangesPushedOnce()
{
    const QJsonObject own
        = at(QStringLiteral("agentA"))
              .call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("through A")));
    HD_EXPECT_OK(own);
    const qint64 ownId = idOf(resultOf(own));
    const QJsonObject fence
        = at(QStringLiteral("agentB"))
              .call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("through B")));
    HD_EXPECT_OK(fence);
    const qint64 fenceId = idOf(resultOf(fence));
    // At A: the own change was pushed locally, the fence came through the bus after it.
    TestClient& agent2A = at(QStringLiteral("agent2A"));
    QVERIFY(!agent2A.waitForNotification(QStringLiteral("message.added"), about(m_ticket, fenceId))
                 .isEmpty());
    QCOMPARE(countPushes(agent2A, QStringLiteral("message.added"), m_ticket, ownId), 1);
    // At B the order of the two is not fixed (its own push is immediate). A duplicate of its
    // own change would stay in the inbox after this.
    TestClient& agent2B = at(QStringLiteral("agent2B"));
    QVERIFY(!agent2B.waitForNotification(QStringLiteral("message.added"), about(m_ticket, ownId))
                 .isEmpty());
    QVERIFY(!agent2B.waitForNotification(QStringLiteral("message.added"), about(m_ticket, fenceId))
                 .isEmpty());
    // The same for the fence at B (B's own change) after one more change through A.
    const QJsonObject fence2
        = at(QStringLiteral("agentA"))
              .call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("again A")));
    HD_EXPECT_OK(fence2);
    QVERIFY(!agent2B
                 .waitForNotification(
                     QStringLiteral("message.added"), about(m_ticket, idOf(resultOf(fence2))))
                 .isEmpty());
    QCOMPARE(countPushes(agent2B, QStringLiteral("message.added"), m_ticket, fenceId), 0);
}

// Two updates of the same version, one through each server, at the same time: the database
// lets one win; the other gets 1009 with the winner's ticket.
void TestCluster::versionConflictAcrossServers()
{
    TestClient& agentA = at(QStringLiteral("agentA"));
    TestClient& agentB = at(QStringLiteral("agentB"));
    auto update = [&](const QString& priority) {
        return QJsonObject { { QStringLiteral("id"), m_ticket }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"), params(QStringLiteral("priority"), priority) } };
    };
    const QJsonValue idA
        = agentA.send(QStringLiteral("ticket.update"), update(QStringLiteral("low")));
    const QJsonValue idB
        = agentB.send(QStringLiteral("ticket.update"), update(QStringLiteral("high")));
    const QJsonObject answerA = agentA.waitForResponse(idA);
    const QJsonObject answerB = agentB.waitForResponse(idB);
    const int codeA = errorCode(answerA);
    const int codeB = errorCode(answerB);
    QVERIFY2((codeA == 0 && codeB == 1009) || (codeA == 1009 && codeB == 0),
        (describe(answerA) + " / " + describe(answerB)).constData());
    const QJsonObject& winner = codeA == 0 ? answerA : answerB;
    const QJsonObject& loser = codeA == 0 ? answerB : answerA;
    const QJsonObject current = errorData(loser).value(QLatin1String("current")).toObject();
    QCOMPARE(current.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(current.value(QLatin1String("priority")),
        resultOf(winner).value(QLatin1String("priority")));
    const QJsonObject stored = resultOf(
        agentA.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)))
                                   .value(QLatin1String("ticket"))
                                   .toObject();
    QCOMPARE(stored.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(
        stored.value(QLatin1String("priority")), resultOf(winner).value(QLatin1String("priority")));
}

// One user sends the same message with the same key to both servers at once (a client that
// failed over): one message is stored and both answers name it.
void TestCluster::idempotencyKeyAcrossServers()
{
    TestClient& agentA = at(QStringLiteral("agentA"));
    TestClient& agentB = at(QStringLiteral("agentB"));
    QJsonObject message = reply(m_ticket, QStringLiteral("sent twice"));
    message.insert(QStringLiteral("idempotencyKey"), QStringLiteral("failover-1"));
    const QJsonValue idA = agentA.send(QStringLiteral("message.add"), message);
    const QJsonValue idB = agentB.send(QStringLiteral("message.add"), message);
    const QJsonObject answerA = agentA.waitForResponse(idA);
    const QJsonObject answerB = agentB.waitForResponse(idB);
    HD_EXPECT_OK(answerA);
    HD_EXPECT_OK(answerB);
    QCOMPARE(idOf(resultOf(answerA)), idOf(resultOf(answerB)));
    const QJsonArray messages = resultOf(
        agentB.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)))
                                    .value(QLatin1String("messages"))
                                    .toArray();
    int copies = 0;
    for (const QJsonValue& m : messages)
        copies += m.toObject().value(QLatin1String("body")).toString() == u"sent twice";
    QCOMPARE(copies, 1);
}

// A server that reaches PostgreSQL through its unix socket (host = the socket directory in the
// URL) takes part like the others: its listening connection is made from the same URL.
void TestCluster::serverOnUnixSocketJoins()
{
    const QString cluster = qEnvironmentVariable("HELPDESK_PG_CLUSTER");
    const QString socketDir = cluster + QStringLiteral("/socket");
    if (cluster.isEmpty() || !QFileInfo(socketDir).isDir())
        QSKIP("needs the socket directory of scripts/pg-test-cluster.sh (HELPDESK_PG_CLUSTER)");
    QString error;
    auto config = helpdesk::server::DatabaseConfig::fromUrl(m_a.databaseUrl(), &error);
    QVERIFY2(config, qPrintable(error));
    config->host = socketDir;
    TestServer::Options options;
    options.databaseUrl = config->toUrl(true);
    QVERIFY2(options.databaseUrl.contains(QLatin1String("%2F")), qPrintable(config->toUrl()));
    TestServer c;
    QVERIFY2(c.startSharing(m_a, options), qPrintable(c.errorString()));
    auto agentC = TestClient::loggedIn(c.port(), QStringLiteral("agent2"));
    QVERIFY(agentC);
    QTRY_VERIFY2_WITH_TIMEOUT(c.log().contains("listening for cluster events"),
        qPrintable(QString::fromUtf8(c.log().right(2000))), 10000);

    // A → C: C's listening connection hears over the socket.
    const QJsonObject fromA
        = at(QStringLiteral("agentA"))
              .call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("to C")));
    HD_EXPECT_OK(fromA);
    const qint64 messageA = idOf(fromA.value(QLatin1String("result")));
    QVERIFY2(!agentC
                  ->waitForNotification(QStringLiteral("message.added"), about(m_ticket, messageA),
                      kCrossServerBoundMs)
                  .isEmpty(),
        qPrintable(QString::fromUtf8(c.log().right(2000))));
    // C → A: C's announcements reach the others.
    const QJsonObject fromC
        = agentC->call(QStringLiteral("message.add"), reply(m_ticket, QStringLiteral("from C")));
    HD_EXPECT_OK(fromC);
    const qint64 messageC = idOf(fromC.value(QLatin1String("result")));
    QVERIFY(!at(QStringLiteral("agentA"))
                 .waitForNotification(QStringLiteral("message.added"), about(m_ticket, messageC),
                     kCrossServerBoundMs)
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
