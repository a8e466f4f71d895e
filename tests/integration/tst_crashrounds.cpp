// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety in rounds (issue 16). Each round: four clients pipeline message.add and
// ticket.create (with idempotency keys) and ticket.update (subject, with versions), then a
// fault comes at a random moment: kill -9 of the server, or on PostgreSQL every other round
// `pg_ctl stop -m immediate` of the database under the running server. After the restart
// every request that was not answered is sent again with its key, and the round checks:
// every acknowledged write is there exactly once (a re-sent one gets the first answer),
// nothing is half-applied (each ticket's subject is the newest subject of its history),
// search finds acknowledged messages, and SQLite passes `PRAGMA integrity_check` and the
// full-text index's own check. HELPDESK_CRASH_ROUNDS sets the rounds (default 3 in the
// suite; the 100-round figures in docs/security.md come from HELPDESK_CRASH_ROUNDS=100).
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr int kClients = 4;
constexpr int kTicketsPerClient = 3;
constexpr int kInFlight = 24; // per client
const char* const kLogins[kClients] = { "agent", "agent2", "lead", "admin" };

struct Request
{
    QString method;
    QJsonObject params;
    QString key; // idempotency key (message.add, ticket.create)
    qint64 ticket = 0;
};

struct Writer
{
    std::unique_ptr<TestClient> client;
    QVector<qint64> tickets;
    QHash<qint64, qint64> versions;
    QHash<QString, Request> inFlight; // request id → request
};

} // namespace

class TestCrashRounds : public QObject
{
    Q_OBJECT

private slots:
    void rounds();

private:
    void connectWriters();
    void send(Writer& writer, const QString& id, const Request& request);
    void sendRandom(Writer& writer);
    // Takes the answers that arrived; returns the count of unexpected errors.
    int collect(Writer& writer, bool afterFault);
    void verify();

    TestServer m_server;
    std::vector<Writer> m_writers;
    int m_round = 0;
    qint64 m_serial = 0;
    QRandomGenerator m_random { 20261205 };
    QHash<QString, QString> m_ackedMessages; // key → body
    QHash<QString, qint64> m_messageTicket; // key → ticket
    QHash<QString, qint64> m_ackedCreates; // key → ticket id
    qint64 m_acked = 0;
    qint64 m_resent = 0;
    qint64 m_ackedUpdates = 0;
};

void TestCrashRounds::connectWriters()
{
    for (int c = 0; c < kClients; ++c) {
        Writer& writer = m_writers[c];
        writer.client = TestClient::loggedIn(m_server.port(), QLatin1String(kLogins[c]));
        QVERIFY2(writer.client, qPrintable(QString::fromUtf8(m_server.log().right(2000))));
    }
}

void TestCrashRounds::send(Writer& writer, const QString& id, const Request& request)
{
    writer.inFlight.insert(id, request);
    writer.client->sendObject(QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id }, { QStringLiteral("method"), request.method },
        { QStringLiteral("params"), request.params } });
}

void TestCrashRounds::sendRandom(Writer& writer)
{
    const QString serial = QStringLiteral("r%1n%2").arg(m_round).arg(++m_serial);
    const qint64 ticket = writer.tickets.at(int(m_random.bounded(writer.tickets.size())));
    const int dice = int(m_random.bounded(10));
    Request request;
    request.ticket = ticket;
    if (dice < 6) {
        request.method = QStringLiteral("message.add");
        request.key = serial;
        // "crashword<serial>": one word, found by search.
        request.params = { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("crash body crashword%1z").arg(serial) },
            { QStringLiteral("idempotencyKey"), serial } };
    } else if (dice < 8) {
        request.method = QStringLiteral("ticket.create");
        request.key = serial;
        request.params = { { QStringLiteral("subject"), QStringLiteral("crash create %1").arg(serial) },
            { QStringLiteral("body"), QStringLiteral("first") },
            { QStringLiteral("idempotencyKey"), serial } };
    } else {
        request.method = QStringLiteral("ticket.update");
        request.params = { { QStringLiteral("id"), ticket },
            { QStringLiteral("version"), writer.versions.value(ticket) },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("subject %1").arg(serial) } } } };
    }
    send(writer, serial, request);
}

int TestCrashRounds::collect(Writer& writer, bool afterFault)
{
    int unexpected = 0;
    for (const QJsonObject& response : writer.client->takeResponses()) {
        const QString id = response.value(QLatin1String("id")).toString();
        if (!writer.inFlight.contains(id))
            continue;
        const Request request = writer.inFlight.take(id);
        const int code = errorCode(response);
        if (code == 1009) { // a stale version: learn the current one
            writer.versions[request.ticket] = errorData(response)
                                                  .value(QLatin1String("current"))
                                                  .toObject()
                                                  .value(QLatin1String("version"))
                                                  .toInteger();
            continue;
        }
        if (code != 0) {
            // While the database is down (PostgreSQL fault) requests fail fast; they are not
            // acknowledgements and are sent again below.
            if (afterFault && code == -32603) {
                writer.inFlight.insert(id, request);
                continue;
            }
            qWarning("unexpected answer to %s: %s", qPrintable(request.method), describe(response).constData());
            ++unexpected;
            continue;
        }
        ++m_acked;
        const QJsonObject result = resultOf(response);
        if (request.method == QLatin1String("message.add")) {
            m_ackedMessages.insert(request.key, request.params.value(QLatin1String("body")).toString());
            m_messageTicket.insert(request.key, request.ticket);
        } else if (request.method == QLatin1String("ticket.create")) {
            const qint64 created = idOf(result);
            if (m_ackedCreates.contains(request.key) && m_ackedCreates.value(request.key) != created)
                ++unexpected; // a re-sent create made a second ticket
            m_ackedCreates.insert(request.key, created);
        } else {
            writer.versions[request.ticket] = result.value(QLatin1String("version")).toInteger();
            ++m_ackedUpdates;
        }
    }
    return unexpected;
}

void TestCrashRounds::rounds()
{
    const int rounds = qEnvironmentVariableIsSet("HELPDESK_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("HELPDESK_CRASH_ROUNDS")
        : 3;
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const bool postgres = m_server.isPostgres();
    const bool databaseFaults = postgres && qEnvironmentVariableIsSet("HELPDESK_TEST_PG_CRASH")
        && qEnvironmentVariableIsSet("HELPDESK_TEST_PG_START");
    m_writers.resize(kClients);
    connectWriters();
    for (Writer& writer : m_writers) {
        for (int t = 0; t < kTicketsPerClient; ++t) {
            const QJsonObject created = writer.client->call(QStringLiteral("ticket.create"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("crash ticket") },
                    { QStringLiteral("body"), QStringLiteral("opening") } });
            HD_EXPECT_OK(created);
            writer.tickets << idOf(resultOf(created));
            writer.versions[writer.tickets.last()] = resultOf(created).value(QLatin1String("version")).toInteger();
        }
    }
    int databaseCrashes = 0;
    for (m_round = 1; m_round <= rounds; ++m_round) {
        // Write for a random while, then the fault.
        QElapsedTimer timer;
        timer.start();
        const qint64 writeFor = 100 + m_random.bounded(1400);
        int unexpected = 0;
        while (!timer.hasExpired(writeFor)) {
            for (Writer& writer : m_writers) {
                while (writer.inFlight.size() < kInFlight)
                    sendRandom(writer);
                writer.client->pump(1);
                unexpected += collect(writer, false);
            }
        }
        const bool databaseFault = databaseFaults && m_round % 2 == 0;
        if (databaseFault) {
            const QString failure = TestServer::runClusterControl("HELPDESK_TEST_PG_CRASH");
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            ++databaseCrashes;
        } else {
            m_server.kill9();
        }
        for (Writer& writer : m_writers) {
            writer.client->pump(200); // answers already on their way are acknowledgements too
            unexpected += collect(writer, true);
        }
        QCOMPARE(unexpected, 0);
        if (databaseFault) {
            const QString failure = TestServer::runClusterControl("HELPDESK_TEST_PG_START");
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            m_server.kill9(); // and the server too: its sessions restart from nothing
        }
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        // Everything unanswered goes again on new connections, with the same keys.
        std::vector<QHash<QString, Request>> unanswered;
        for (Writer& writer : m_writers)
            unanswered.push_back(std::exchange(writer.inFlight, {}));
        connectWriters();
        for (int c = 0; c < kClients; ++c) {
            Writer& writer = m_writers[c];
            for (auto it = unanswered[c].cbegin(); it != unanswered[c].cend(); ++it) {
                if (it->method == QLatin1String("ticket.update"))
                    continue;
                send(writer, it.key(), *it);
                ++m_resent;
            }
        }
        timer.restart();
        for (bool done = false; !done && !timer.hasExpired(4 * kTimeoutMs);) {
            done = true;
            for (Writer& writer : m_writers) {
                writer.client->pump(5);
                QCOMPARE(collect(writer, false), 0);
                done = done && writer.inFlight.isEmpty();
            }
        }
        verify();
        if (QTest::currentTestFailed())
            return;
        if (m_round % 10 == 0)
            qInfo("round %d: %lld writes acknowledged so far, 0 lost", m_round, m_acked);
    }
    qInfo("%d rounds (%d of them database crashes): %lld writes acknowledged, %lld unanswered "
          "requests sent again; acknowledged: %lld messages (all checked every round), %lld "
          "created tickets (each round's checked, older ones sampled), %lld subject changes; 0 lost",
        rounds, databaseCrashes, m_acked, m_resent, qint64(m_ackedMessages.size()),
        qint64(m_ackedCreates.size()), m_ackedUpdates);
}

void TestCrashRounds::verify()
{
    auto reader = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(reader);
    // Every acknowledged message, exactly once, on its ticket.
    QHash<qint64, QHash<QString, int>> bodiesByTicket;
    QSet<qint64> tickets;
    for (qint64 ticket : std::as_const(m_messageTicket))
        tickets.insert(ticket);
    for (const Writer& writer : m_writers)
        for (qint64 ticket : writer.tickets)
            tickets.insert(ticket);
    for (qint64 ticket : std::as_const(tickets)) {
        const QJsonObject got = reader->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket));
        HD_EXPECT_OK(got);
        auto& bodies = bodiesByTicket[ticket];
        for (const QJsonValue& message : resultOf(got).value(QLatin1String("messages")).toArray())
            ++bodies[message.toObject().value(QLatin1String("body")).toString()];
        // Nothing half-applied: the subject is the newest subject of the history.
        QString subject = QStringLiteral("crash ticket");
        for (const QJsonValue& event : resultOf(got).value(QLatin1String("events")).toArray()) {
            if (event.toObject().value(QLatin1String("field")).toString() == QLatin1String("subject"))
                subject = event.toObject().value(QLatin1String("new")).toString();
        }
        QCOMPARE(resultOf(got).value(QLatin1String("ticket")).toObject().value(QLatin1String("subject")).toString(),
            subject);
    }
    for (auto it = m_ackedMessages.cbegin(); it != m_ackedMessages.cend(); ++it)
        QVERIFY2(bodiesByTicket.value(m_messageTicket.value(it.key())).value(it.value()) == 1,
            qPrintable(QStringLiteral("round %1: lost or doubled: %2").arg(m_round).arg(it.value())));
    // Every ticket acknowledged in this round, and a sample of earlier ones, once per key.
    const QString thisRound = QStringLiteral("r%1n").arg(m_round);
    const QStringList created = m_ackedCreates.keys();
    for (const QString& key : created) {
        if (!key.startsWith(thisRound) && m_random.bounded(created.size()) >= 20)
            continue;
        const QJsonObject got
            = reader->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ackedCreates.value(key)));
        HD_EXPECT_OK(got);
        QCOMPARE(resultOf(got).value(QLatin1String("ticket")).toObject().value(QLatin1String("subject")).toString(),
            QStringLiteral("crash create %1").arg(key));
    }
    // Search finds acknowledged messages (a sample of this round's and earlier ones).
    const QStringList keys = m_ackedMessages.keys();
    for (int i = 0; i < std::min<qsizetype>(8, keys.size()); ++i) {
        const QString key = keys.at(int(m_random.bounded(keys.size())));
        const QJsonObject found = reader->call(QStringLiteral("search"),
            QJsonObject { { QStringLiteral("query"), QStringLiteral("crashword%1z").arg(key) } });
        HD_EXPECT_OK(found);
        QVERIFY2(resultOf(found).value(QLatin1String("items")).toArray().size() == 1,
            qPrintable(QStringLiteral("search misses crashword%1: %2").arg(key, QString::fromUtf8(describe(found)))));
    }
    if (!m_server.isPostgres()) {
        QCOMPARE(m_server.queryScalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The full-text index agrees with the messages (an error when it does not).
        const QString before = m_server.errorString();
        m_server.queryScalar(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES('integrity-check')"));
        QCOMPARE(m_server.errorString(), before);
    }
}

QTEST_GUILESS_MAIN(TestCrashRounds)
#include "tst_crashrounds.moc"
