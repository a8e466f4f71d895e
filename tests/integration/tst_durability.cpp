// SPDX-License-Identifier: GPL-3.0-or-later
// An acknowledged write survives kill -9 of the server a moment later; SIGTERM stops it cleanly
// with exit code 0. Writes are pipelined from several clients at once, so they share group
// commits.
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr int kClients = 8;
constexpr int kAcked = 100; // per client, all acknowledged before the kill
constexpr int kBurst = 40; // per client, sent right before the kill: in flight when it comes

const char* const kLogins[] = { "agent", "agent2", "lead", "admin" };

struct Writer
{
    std::unique_ptr<TestClient> client;
    qint64 ticket = 0;
    QHash<QString, QString> bodyById; // request id → body sent
    QHash<QString, qint64> acked; // body → message id, from responses with a result
};

QByteArray messageAdd(const QString& id, qint64 ticket, const QString& body)
{
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id }, { QStringLiteral("method"), QStringLiteral("message.add") },
        { QStringLiteral("params"),
            QJsonObject {
                { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body } } } };
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

// Moves the acknowledgements a writer has received into `acked`; returns how many failed.
int collect(Writer& writer)
{
    int failures = 0;
    for (const QJsonObject& response : writer.client->takeResponses()) {
        const QString id = response.value(QLatin1String("id")).toString();
        if (errorCode(response) != 0 || !writer.bodyById.contains(id)) {
            ++failures;
            continue;
        }
        writer.acked.insert(writer.bodyById.value(id), idOf(resultOf(response)));
    }
    return failures;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void ackedWritesSurviveKill9_data();
    void ackedWritesSurviveKill9();
    void sigtermExitsCleanly();
    void loginTokenSurvivesKill9();

private:
    // Every acknowledged message is stored once, with its body; nothing unsent appears.
    void verifyAcked(TestServer& server, const std::vector<Writer>& writers);
};

void TestDurability::ackedWritesSurviveKill9_data()
{
    QTest::addColumn<bool>("sharedTicket"); // all clients write to one ticket, or one each
    QTest::newRow("one ticket per client") << false;
    QTest::newRow("all on one ticket") << true;
}

void TestDurability::ackedWritesSurviveKill9()
{
    QFETCH(bool, sharedTicket);
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    std::vector<Writer> writers(kClients);
    qint64 shared = 0;
    for (int c = 0; c < kClients; ++c) {
        Writer& writer = writers[c];
        writer.client = TestClient::loggedIn(server.port(), QLatin1String(kLogins[c % 4]));
        QVERIFY(writer.client);
        if (!sharedTicket || !shared) {
            const QJsonObject created = writer.client->call(QStringLiteral("ticket.create"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("Durable %1").arg(c) },
                    { QStringLiteral("body"), QStringLiteral("opening") } });
            HD_EXPECT_OK(created);
            shared = idOf(resultOf(created));
        }
        writer.ticket = shared;
    }

    // Everything is written at once, so requests of all clients interleave in the server.
    auto sendBatch = [&](int from, int count) {
        for (int c = 0; c < kClients; ++c) {
            QByteArray batch;
            for (int m = from; m < from + count; ++m) {
                const QString id = QStringLiteral("c%1-m%2").arg(c).arg(m);
                const QString body
                    = QStringLiteral("durable message %1 from client %2").arg(m).arg(c);
                writers[c].bodyById.insert(id, body);
                batch += messageAdd(id, writers[c].ticket, body);
            }
            writers[c].client->sendRaw(batch);
        }
    };
    sendBatch(0, kAcked);
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (bool done = false; !done && !timer.hasExpired(4 * kTimeoutMs);) {
        done = true;
        for (Writer& writer : writers) {
            writer.client->pump(5);
            failures += collect(writer);
            done = done && writer.acked.size() >= kAcked;
        }
    }
    QCOMPARE(failures, 0);
    for (const Writer& writer : writers)
        QCOMPARE(writer.acked.size(), kAcked);

    // Then more writes, and kill -9 as soon as the first of them is acknowledged: some are
    // answered, some in flight, some not yet read.
    sendBatch(kAcked, kBurst);
    timer.restart();
    for (bool burstAcked = false; !burstAcked && !timer.hasExpired(kTimeoutMs);) {
        for (Writer& writer : writers) {
            writer.client->pump(1);
            QCOMPARE(collect(writer), 0);
            burstAcked = burstAcked || writer.acked.size() > kAcked;
        }
    }
    server.kill9();
    // Answers that reached us before the kill are acknowledgements too.
    int acked = 0;
    for (Writer& writer : writers) {
        writer.client->waitForDisconnected();
        QCOMPARE(collect(writer), 0);
        acked += int(writer.acked.size());
    }
    qInfo("%d acknowledged writes before kill -9, %d sent", acked, kClients * (kAcked + kBurst));

    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    verifyAcked(server, writers);
}

void TestDurability::verifyAcked(TestServer& server, const std::vector<Writer>& writers)
{
    auto reader = TestClient::loggedIn(server.port(), QStringLiteral("admin"));
    QVERIFY(reader);
    QHash<qint64, QHash<QString, QList<qint64>>> storedByTicket; // ticket → body → message ids
    for (const Writer& writer : writers) {
        if (storedByTicket.contains(writer.ticket))
            continue;
        const QJsonObject got = reader->call(
            QStringLiteral("ticket.get"), params(QStringLiteral("id"), writer.ticket));
        HD_EXPECT_OK(got);
        auto& stored = storedByTicket[writer.ticket];
        for (const QJsonValue& message : resultOf(got).value(QLatin1String("messages")).toArray())
            stored[message.toObject().value(QLatin1String("body")).toString()] << idOf(message);
    }
    QSet<QString> sent;
    for (const Writer& writer : writers) {
        const auto& stored = storedByTicket.value(writer.ticket);
        for (auto it = writer.acked.cbegin(); it != writer.acked.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()),
                qPrintable(QStringLiteral("lost after kill -9: ") + it.key()));
            QCOMPARE(stored.value(it.key()), QList<qint64> { it.value() });
        }
        for (const QString& body : writer.bodyById)
            sent.insert(body);
    }
    for (const auto& stored : qAsConst(storedByTicket)) {
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            QVERIFY2(it.key() == QLatin1String("opening") || sent.contains(it.key()),
                qPrintable(it.key()));
            QCOMPARE(it.value().size(), 1);
        }
    }
}

// SIGTERM while clients are connected and writes are in flight: exit code 0, and what was
// acknowledged is there after the restart.
void TestDurability::sigtermExitsCleanly()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    std::vector<Writer> writers(2);
    for (int c = 0; c < 2; ++c) {
        Writer& writer = writers[c];
        writer.client = TestClient::loggedIn(server.port(), QLatin1String(kLogins[c]));
        QVERIFY(writer.client);
        const QJsonObject created = writer.client->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Term %1").arg(c) },
                { QStringLiteral("body"), QStringLiteral("opening") } });
        HD_EXPECT_OK(created);
        writer.ticket = idOf(resultOf(created));
        QByteArray batch;
        for (int m = 0; m < 50; ++m) {
            const QString id = QStringLiteral("t%1-m%2").arg(c).arg(m);
            writer.bodyById.insert(id, QStringLiteral("term message %1/%2").arg(c).arg(m));
            batch += messageAdd(id, writer.ticket, writer.bodyById.value(id));
        }
        writer.client->sendRaw(batch);
    }
    // At least one answer each, so the server is mid-stream when the signal comes.
    for (Writer& writer : writers) {
        QElapsedTimer timer;
        timer.start();
        while (writer.acked.isEmpty() && !timer.hasExpired(kTimeoutMs)) {
            writer.client->pump(10);
            QCOMPARE(collect(writer), 0);
        }
        QVERIFY(!writer.acked.isEmpty());
    }
    QCOMPARE(server.terminate(), 0);
    for (Writer& writer : writers) {
        writer.client->waitForDisconnected();
        QCOMPARE(collect(writer), 0);
    }
    QVERIFY(server.log().contains("stopped"));

    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    verifyAcked(server, writers);
    // And an idle server stops cleanly too.
    QCOMPARE(server.terminate(), 0);
}

void TestDurability::loginTokenSurvivesKill9()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto client = TestClient::loggedIn(server.port(), QStringLiteral("bob"));
    QVERIFY(client);
    const QString token = client->token();
    server.kill9();
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    TestClient again(server.port());
    HD_EXPECT_OK(again.hello());
    const QJsonObject resumed
        = again.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), token));
    HD_EXPECT_OK(resumed);
    QCOMPARE(resultOf(resumed).value(QLatin1String("user")).toObject(), client->user());
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
