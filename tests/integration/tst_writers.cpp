// SPDX-License-Identifier: GPL-3.0-or-later
// Several writer connections (serve --db-writers, issue 17; docs/admin.md): on PostgreSQL the
// server commits on several connections at once. A client connection's writes still commit in
// the order it sent them, writes colliding on the same tickets all succeed exactly once, version
// checks still let exactly one of two racing updates win, and transactions PostgreSQL aborts
// as deadlocked are run again. On SQLite the same server has one writer and the same
// assertions hold.
#include "testclient.h"
#include "testserver.h"

#include "storage/databaseconfig.h"
#include "storage/storage.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace helpdesk::test;
using helpdesk::server::DatabaseConfig;
using helpdesk::server::Db;
using helpdesk::server::EventList;
using helpdesk::server::Outcome;
using helpdesk::server::Query;
using helpdesk::server::Storage;

namespace {

QJsonObject ticketOf(TestClient& client, qint64 id)
{
    return resultOf(client.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
}

qint64 versionOf(const QJsonObject& got)
{
    return got.value(QLatin1String("ticket")).toObject().value(QLatin1String("version")).toInteger();
}

// Logged by the storage when a write batch collided with another writer (writerthread.cpp).
QAtomicInt s_collisions;
QtMessageHandler s_previousHandler = nullptr;

void countCollisions(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (text.contains(QLatin1String("collided with another writer")))
        s_collisions.fetchAndAddRelaxed(1);
    s_previousHandler(type, context, text);
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pipelinedRepliesOnSharedTickets();
    void racingVersionedUpdates();
    void deadlockedJobsRunAgain();
    void badWriterCounts_data();
    void badWriterCounts();

private:
    qint64 create(const QString& subject);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
};

void TestWriters::initTestCase()
{
    TestServer::Options options;
    options.extraArguments << QStringLiteral("--db-writers") << QStringLiteral("4");
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_agent);
}

qint64 TestWriters::create(const QString& subject)
{
    return idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), subject },
            { QStringLiteral("body"), subject + QStringLiteral(": first words") },
            { QStringLiteral("customerId"), kAcme } })));
}

// 8 connections each pipeline 50 replies over the same 3 tickets, each connection in another
// order (1,2,3 / 3,2,1 / ...), so the writers' batches lock the tickets in different orders.
void TestWriters::pipelinedRepliesOnSharedTickets()
{
    constexpr int kConnections = 8;
    constexpr int kReplies = 50;
    const std::array<qint64, 3> tickets { create(QStringLiteral("Shared A")),
        create(QStringLiteral("Shared B")), create(QStringLiteral("Shared C")) };
    for (qint64 id : tickets)
        QVERIFY(id > 0);
    static const int kOrders[6][3] = { { 0, 1, 2 }, { 2, 1, 0 }, { 1, 0, 2 }, { 2, 0, 1 },
        { 0, 2, 1 }, { 1, 2, 0 } };
    const QStringList logins { QStringLiteral("agent"), QStringLiteral("agent2"),
        QStringLiteral("lead"), QStringLiteral("admin") };
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < kConnections; ++c) {
        clients.push_back(TestClient::loggedIn(m_server.port(), logins.at(c % logins.size())));
        QVERIFY(clients.back());
    }
    // What each connection sent, in order: (ticket, body).
    std::vector<std::vector<std::pair<qint64, QString>>> sent(kConnections);
    std::vector<QList<QJsonValue>> requestIds(kConnections);
    std::array<int, 3> perTicket {};
    for (int i = 0; i < kReplies; ++i) {
        for (int c = 0; c < kConnections; ++c) {
            const int slot = kOrders[c % 6][i % 3];
            const QString body = QStringLiteral("connection %1 reply %2").arg(c).arg(i);
            sent[c].emplace_back(tickets[slot], body);
            ++perTicket[slot];
            requestIds[c] << clients[c]->send(QStringLiteral("message.add"),
                QJsonObject { { QStringLiteral("ticketId"), tickets[slot] },
                    { QStringLiteral("body"), body } });
        }
    }
    QHash<qint64, QString> bodyOfId; // every acknowledged message
    for (int c = 0; c < kConnections; ++c) {
        for (int i = 0; i < kReplies; ++i) {
            const QJsonObject response = clients[c]->waitForResponse(requestIds[c].at(i));
            HD_EXPECT_OK(response);
            const QJsonObject message = resultOf(response);
            QCOMPARE(message.value(QLatin1String("body")).toString(), sent[c][i].second);
            bodyOfId.insert(idOf(message), sent[c][i].second);
        }
    }
    QCOMPARE(bodyOfId.size(), kConnections * kReplies);
    for (size_t t = 0; t < tickets.size(); ++t) {
        const QJsonObject got = ticketOf(*m_agent, tickets[t]);
        const QJsonArray messages = got.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1 + perTicket[t]); // the first words and every reply once
        QSet<qint64> seen;
        std::vector<QStringList> order(kConnections); // each connection's bodies as stored
        for (const QJsonValue& value : messages) {
            const QJsonObject message = value.toObject();
            const qint64 id = idOf(message);
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("message %1 twice").arg(id)));
            seen.insert(id);
            const QString body = message.value(QLatin1String("body")).toString();
            if (!bodyOfId.contains(id))
                continue; // the ticket's first message
            QCOMPARE(bodyOfId.value(id), body);
            order[body.section(QLatin1Char(' '), 1, 1).toInt()] << body;
        }
        for (int c = 0; c < kConnections; ++c) {
            QStringList expected;
            for (const auto& [ticket, body] : sent[c]) {
                if (ticket == tickets[t])
                    expected << body;
            }
            QCOMPARE(order[c], expected);
        }
        QCOMPARE(versionOf(got), qint64(1 + perTicket[t]));
    }
    // How often the writers' batches collided (PostgreSQL; it varies from run to run).
    qInfo() << m_server.log().count("collided with another writer")
            << "collisions logged by the server";
}

// Two connections send ticket.update with the same version at the same moment: one wins, the
// other gets 1009 with the ticket as stored; repeated so the two land in different writers'
// batches at once.
void TestWriters::racingVersionedUpdates()
{
    const qint64 id = create(QStringLiteral("Raced"));
    auto other = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    QVERIFY(other);
    const QStringList priorities { QStringLiteral("low"), QStringLiteral("high") };
    for (int round = 0; round < 10; ++round) {
        const qint64 version = versionOf(ticketOf(*m_agent, id));
        QVERIFY(version > 0);
        const auto update = [&](const QString& priority) {
            return QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("version"), version },
                { QStringLiteral("changes"),
                    QJsonObject { { QStringLiteral("priority"), priority },
                        { QStringLiteral("subject"),
                            QStringLiteral("Raced %1 %2").arg(round).arg(priority) } } } };
        };
        const QJsonValue first = m_agent->send(QStringLiteral("ticket.update"), update(priorities[0]));
        const QJsonValue second = other->send(QStringLiteral("ticket.update"), update(priorities[1]));
        const QJsonObject a = m_agent->waitForResponse(first);
        const QJsonObject b = other->waitForResponse(second);
        QVERIFY2((errorCode(a) == 0) != (errorCode(b) == 0), (describe(a) + " / " + describe(b)).constData());
        const QJsonObject& lost = errorCode(a) == 0 ? b : a;
        const QJsonObject& won = errorCode(a) == 0 ? a : b;
        HD_EXPECT_ERROR(lost, 1009);
        const QJsonObject current = errorData(lost).value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("version")).toInteger(), version + 1);
        QCOMPARE(resultOf(won).value(QLatin1String("version")).toInteger(), version + 1);
        const QJsonObject stored = ticketOf(*m_agent, id).value(QLatin1String("ticket")).toObject();
        QCOMPARE(stored.value(QLatin1String("version")).toInteger(), version + 1);
        QCOMPARE(stored.value(QLatin1String("subject")), resultOf(won).value(QLatin1String("subject")));
    }
}

// Two write jobs of different lanes lock two rows in opposite orders and wait for each other
// in between: PostgreSQL aborts one as deadlocked (after its deadlock_timeout), the writer runs
// it again on its own, and both succeed once. Storage on the test server's own database.
void TestWriters::deadlockedJobsRunAgain()
{
    if (!m_server.isPostgres())
        QSKIP("SQLite has one writer: its transactions cannot deadlock");
    QString error;
    const auto config = DatabaseConfig::fromUrl(m_server.databaseUrl(), &error);
    QVERIFY2(config, qPrintable(error));
    Storage storage(*config, 1, 2);
    storage.start();
    QCOMPARE(storage.writerCount(), 2);
    std::optional<Outcome> made;
    storage.write(
        [](Db& db, EventList&) {
            db.execRaw(QStringLiteral("CREATE TABLE writer_probe (id integer PRIMARY KEY, n integer)"));
            db.execRaw(QStringLiteral("INSERT INTO writer_probe VALUES (1, 0), (2, 0)"));
            return QJsonValue();
        },
        [&](const Outcome& o) { made = o; });
    QVERIFY(QTest::qWaitFor([&] { return made.has_value(); }, 10000));
    QVERIFY(!made->error);

    s_collisions.storeRelaxed(0);
    s_previousHandler = qInstallMessageHandler(countCollisions);
    QAtomicInt locked;
    const auto lockBoth = [&locked](int first, int second) {
        return [&locked, first, second](Db& db, EventList&) {
            Query(db, QStringLiteral("UPDATE writer_probe SET n = n + 1 WHERE id = ?")).bind(first).exec();
            // The first run waits until both jobs hold their first row; a run again does not.
            locked.fetchAndAddRelaxed(1);
            for (int i = 0; i < 1000 && locked.loadRelaxed() < 2; ++i)
                QThread::msleep(5);
            Query(db, QStringLiteral("UPDATE writer_probe SET n = n + 1 WHERE id = ?")).bind(second).exec();
            return QJsonValue(first);
        };
    };
    std::optional<Outcome> a, b;
    // Lanes 0 and 1 go to different writers of two (storage.cpp, Storage::write).
    storage.write(lockBoth(1, 2), [&](const Outcome& o) { a = o; }, 0);
    storage.write(lockBoth(2, 1), [&](const Outcome& o) { b = o; }, 1);
    const bool finished = QTest::qWaitFor([&] { return a && b; }, 30000);
    qInstallMessageHandler(s_previousHandler);
    QVERIFY(finished);
    QVERIFY2(!a->error, qPrintable(a->error ? a->error->message : QString()));
    QVERIFY2(!b->error, qPrintable(b->error ? b->error->message : QString()));
    QVERIFY(s_collisions.loadRelaxed() >= 1); // the deadlock happened and was run again
    std::optional<Outcome> counted;
    storage.read(
        [](Db& db) {
            return QJsonValue(Query(db, QStringLiteral("SELECT SUM(n) FROM writer_probe")).scalar().toDouble());
        },
        [&](const Outcome& o) { counted = o; });
    QVERIFY(QTest::qWaitFor([&] { return counted.has_value(); }, 10000));
    QCOMPARE(counted->result.toInteger(), 4); // each job's two increments, once
    storage.stop();
}

void TestWriters::badWriterCounts_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("above 32") << QStringLiteral("33");
    QTest::newRow("not a number") << QStringLiteral("four");
}

void TestWriters::badWriterCounts()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    const TestServer::CommandRun run = TestServer::runCommand({ QStringLiteral("serve"),
        QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db-writers"), value });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("--db-writers wants a whole number from 1 to 32, not \"%1\"").arg(value)),
        qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
