// SPDX-License-Identifier: GPL-3.0-or-later
// Outbox against the real server: replies queued offline survive a restart of the outbox
// and of the server and arrive exactly once, in order; a repeated send after a lost answer
// adds nothing; refusals for good stay visible as failed; accounts do not mix.
#include "outbox.h"
#include "clientharness.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

QStringList bodiesOf(Connection& connection, TicketId id)
{
    QStringList bodies;
    const auto details = getTicket(connection, id);
    if (details) {
        for (const Message& message : details->messages)
            bodies.append(message.body);
    }
    return bodies;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsAtOnceWhenReady();
    void queuedOfflineSurvivesRestartAndSendsOnce();
    void repeatedSendAfterLostAnswerAddsNothing();
    void keepsOrder();
    void permanentFailureStaysVisible();
    void otherAccountsRepliesWait();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_actor;
};

void TestOutbox::initTestCase()
{
    QVERIFY2(m_server.start(TestServer::freePort()), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
}

void TestOutbox::sendsAtOnceWhenReady()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outbox online"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    QSignalSpy sent(&outbox, &Outbox::sent);
    const QString key = outbox.enqueue(ticket.id, QStringLiteral("online reply"), true);
    QVERIFY(!key.isEmpty());
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(0).toString(), key);
    const auto message = sent.first().at(1).value<Message>();
    QCOMPARE(message.body, QStringLiteral("online reply"));
    QVERIFY(message.internal);
    QCOMPARE(outbox.entries().size(), 0);
}

void TestOutbox::queuedOfflineSurvivesRestartAndSendsOnce()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outbox offline"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    QTemporaryDir dir;

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    {
        Outbox outbox(connection.get(), dir.path());
        QSignalSpy count(&outbox, &Outbox::queuedCountChanged);
        outbox.enqueue(ticket.id, QStringLiteral("written offline"));
        QCOMPARE(outbox.queuedCount(), 1);
        QCOMPARE(count.size(), 1);
        QVERIFY(QFile::exists(outbox.filePath())); // on disk before enqueue() returned
    } // the client "crashes"

    Outbox reopened(connection.get(), dir.path());
    QCOMPARE(reopened.queuedCount(), 1);
    QCOMPARE(reopened.entries().first().body, QStringLiteral("written offline"));
    QSignalSpy sent(&reopened, &Outbox::sent);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_actor = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_actor);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    QCOMPARE(reopened.queuedCount(), 0);
    QCOMPARE(bodiesOf(*m_actor, ticket.id).count(QStringLiteral("written offline")), 1);

    // Nothing is left to send by a later run either.
    Outbox later(connection.get(), dir.path());
    QCOMPARE(later.entries().size(), 0);
}

void TestOutbox::repeatedSendAfterLostAnswerAddsNothing()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outbox retry"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->disconnectFromServer();
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    const QString key = outbox.enqueue(ticket.id, QStringLiteral("maybe twice"));

    // The first attempt reached the server, but its answer was lost with the connection:
    // the same user's earlier send with the same key is already stored.
    auto earlier = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(earlier);
    std::optional<Message> stored;
    earlier->addMessage(ticket.id, QStringLiteral("maybe twice"), false, key, nullptr,
        [&](const Message& m) { stored = m; });
    QTRY_VERIFY(stored.has_value());

    QSignalSpy sent(&outbox, &Outbox::sent);
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(1).value<Message>().id, stored->id);
    QCOMPARE(bodiesOf(*m_actor, ticket.id).count(QStringLiteral("maybe twice")), 1);
}

void TestOutbox::keepsOrder()
{
    const Ticket ticket
        = createTicket(*m_actor, QStringLiteral("Outbox order"), {}, QStringLiteral("0"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->disconnectFromServer();
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    for (int i = 1; i <= 5; ++i)
        outbox.enqueue(ticket.id, QString::number(i));
    QCOMPARE(outbox.queuedCount(), 5);
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    QTRY_COMPARE(outbox.queuedCount(), 0);
    QCOMPARE(bodiesOf(*m_actor, ticket.id),
        QStringList({ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
            QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5") }));
}

void TestOutbox::permanentFailureStaysVisible()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outbox failures"));
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->disconnectFromServer();
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    QSignalSpy failed(&outbox, &Outbox::failed);
    QSignalSpy sent(&outbox, &Outbox::sent);
    const QString missing = outbox.enqueue(TicketId(999999), QStringLiteral("to nowhere"));
    const QString empty = outbox.enqueue(ticket.id, QString()); // 1022: a body is required
    outbox.enqueue(ticket.id, QStringLiteral("fine"));
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());

    QTRY_COMPARE(sent.size(), 1); // the good one behind the failures still goes out
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(1).value<rpc::Error>().code, int(rpc::NotFound));
    QCOMPARE(failed.at(1).at(1).value<rpc::Error>().code, int(rpc::ValidationFailed));
    QCOMPARE(outbox.queuedCount(), 0);
    QCOMPARE(outbox.failedCount(), 2);
    QTest::qWait(300);
    QCOMPARE(outbox.entry(missing)->attempts, 1); // not retried on its own

    // Still failed after a restart of the client; gone once discarded.
    Outbox reopened(nullptr, dir.path());
    QCOMPARE(reopened.failedCount(), 2);
    QVERIFY(reopened.entry(missing)->state == OutboxEntry::State::Failed);
    QCOMPARE(reopened.entry(missing)->error->code, int(rpc::NotFound));
    reopened.discard(missing);
    reopened.discard(empty);
    QCOMPARE(reopened.entries().size(), 0);
}

void TestOutbox::otherAccountsRepliesWait()
{
    const Ticket ticket = createTicket(*m_actor, QStringLiteral("Outbox accounts"));
    QTemporaryDir dir;
    {
        auto ana = connectAs(m_server.port(), QStringLiteral("ana"));
        QVERIFY(ana);
        ana->disconnectFromServer();
        Outbox outbox(ana.get(), dir.path());
        outbox.enqueue(ticket.id, QStringLiteral("ana's words"));
    }
    auto ivan = connectAs(m_server.port(), QStringLiteral("ivan"));
    QVERIFY(ivan);
    Outbox outbox(ivan.get(), dir.path());
    QTest::qWait(300);
    QCOMPARE(outbox.queuedCount(), 1);
    QCOMPARE(bodiesOf(*m_actor, ticket.id).count(QStringLiteral("ana's words")), 0);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
