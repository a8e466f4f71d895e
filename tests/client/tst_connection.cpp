// SPDX-License-Identifier: GPL-3.0-or-later
// Connection against the real server: session, pipelined calls, pushes, offline failures,
// reconnect after SIGKILL and a frozen server, expired sessions, the frame cap.
#include "errortext.h"
#include "clientharness.h"

#include <QSignalSpy>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginReachesReady();
    void wrongPasswordKeepsConnection();
    void pipelinedCallsMatchTheirAnswers();
    void callsWhileOfflineFailFast();
    void typedCalls();
    void idempotentMessageAdd();
    void pushesReachOtherSessions();
    void reconnectsAfterServerKill();
    void detectsSilentServer();
    void revokedTokenExpiresSession();
    void oversizedFrameDropsLink();

private:
    TestServer m_server;
};

void TestConnection::initTestCase()
{
    QVERIFY2(m_server.start(TestServer::freePort()), qPrintable(m_server.errorString()));
}

void TestConnection::loginReachesReady()
{
    Connection connection;
    QSignalSpy states(&connection, &Connection::stateChanged);
    QSignalSpy loggedIn(&connection, &Connection::loggedIn);
    connection.connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    connection.login(QStringLiteral("ana"), kDemoPassword);
    QTRY_COMPARE(connection.state(), Connection::State::Ready);
    QCOMPARE(loggedIn.size(), 1);
    QCOMPARE(loggedIn.first().first().value<User>().login, QStringLiteral("ana"));
    QVERIFY(!connection.token().isEmpty());
    QCOMPARE(connection.currentUser()->name, QStringLiteral("Ana Horvat"));
    QCOMPARE(states.first().first().value<Connection::State>(), Connection::State::Connecting);
    QCOMPARE(states.last().first().value<Connection::State>(), Connection::State::Ready);
}

void TestConnection::wrongPasswordKeepsConnection()
{
    Connection connection;
    QSignalSpy failed(&connection, &Connection::loginFailed);
    connection.connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    connection.login(QStringLiteral("ivan"), QStringLiteral("wrong-password"));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<rpc::Error>();
    QCOMPARE(error.code, int(rpc::Unauthenticated));
    QCOMPARE(errorText(error), QStringLiteral("Wrong login or password."));
    QCOMPARE(connection.state(), Connection::State::Authenticating);
    connection.login(QStringLiteral("ivan"), kDemoPassword);
    QTRY_COMPARE(connection.state(), Connection::State::Ready);
}

void TestConnection::pipelinedCallsMatchTheirAnswers()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    // Reads run on several server threads, so answers come back in any order; each must
    // reach the handler of its own request.
    constexpr int kCalls = 60;
    int answered = 0;
    int mismatched = 0;
    for (int i = 0; i < kCalls; ++i) {
        const TicketId id(1 + i % 12);
        if (i % 3 == 0) {
            connection->listQueues(nullptr, [&](const QVector<Queue>& queues) {
                ++answered;
                mismatched += queues.size() == 3 ? 0 : 1;
            });
        } else {
            connection->getTicket(id, nullptr, [&, id](const TicketDetails& details) {
                ++answered;
                mismatched += details.ticket.id == id ? 0 : 1;
            });
        }
    }
    QCOMPARE(connection->pendingCalls(), kCalls);
    QTRY_COMPARE(answered, kCalls);
    QCOMPARE(mismatched, 0);
    QCOMPARE(connection->pendingCalls(), 0);
}

void TestConnection::callsWhileOfflineFailFast()
{
    Connection connection;
    std::optional<rpc::Error> error;
    connection.getTicket(TicketId(1), nullptr, {}, [&](const rpc::Error& e) { error = e; });
    QVERIFY(!error); // never synchronously
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 100);
    QCOMPARE(error->code, int(Offline));
    QCOMPARE(errorText(*error), QStringLiteral("Not connected to the server."));

    // A handler whose context is gone never runs.
    bool ran = false;
    {
        QObject context;
        connection.call(
            QStringLiteral("queue.list"), {}, &context, {}, [&](const rpc::Error&) { ran = true; });
    }
    QTest::qWait(20);
    QVERIFY(!ran);
}

void TestConnection::typedCalls()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(connection);
    std::optional<TicketDetails> details;
    connection->getTicket(TicketId(1), nullptr, [&](const TicketDetails& d) { details = d; });
    QTRY_VERIFY(details.has_value());
    QCOMPARE(details->ticket.id, TicketId(1));
    QVERIFY(details->messages.size() >= 2);
    QVERIFY(!details->events.isEmpty());

    std::optional<rpc::Error> conflict;
    connection->updateTicket(TicketId(1), details->ticket.version + 7,
        TicketChanges().setPriority(Priority::Low), nullptr, {},
        [&](const rpc::Error& e) { conflict = e; });
    QTRY_VERIFY(conflict.has_value());
    QCOMPARE(conflict->code, int(rpc::Conflict));
    const auto current = conflictCurrent(*conflict);
    QVERIFY(current);
    QCOMPARE(current->version, details->ticket.version);

    std::optional<Ticket> updated;
    connection->updateTicket(TicketId(1), details->ticket.version,
        TicketChanges().setAssignee(std::nullopt).setTags({ QStringLiteral("x") }), nullptr,
        [&](const Ticket& t) { updated = t; });
    QTRY_VERIFY(updated.has_value());
    QVERIFY(!updated->assigneeId);
    QCOMPARE(updated->tags, QStringList { QStringLiteral("x") });
    QCOMPARE(updated->version, details->ticket.version + 1);

    std::optional<TicketPage> page;
    TicketQuery query;
    query.assignee = IdFilter<UserId>::isNull();
    connection->listTickets(query, 0, 5, nullptr, [&](const TicketPage& p) { page = p; });
    QTRY_VERIFY(page.has_value());
    QVERIFY(page->total >= 1);
    for (const Ticket& ticket : std::as_const(page->items))
        QVERIFY(!ticket.assigneeId);

    std::optional<QVector<SearchHit>> hits;
    connection->search(
        QStringLiteral("certyfikat"), 10, nullptr, [&](const QVector<SearchHit>& h) { hits = h; });
    QTRY_VERIFY(hits.has_value());
    QVERIFY(!hits->isEmpty());
}

void TestConnection::idempotentMessageAdd()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("marta"));
    QVERIFY(connection);
    const QString key = QStringLiteral("test-key-1");
    QVector<Message> answers;
    for (int i = 0; i < 2; ++i) {
        connection->addMessage(TicketId(6), QStringLiteral("only once"), false, key, nullptr,
            [&](const Message& m) { answers.append(m); });
    }
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers[0].id, answers[1].id);
    const auto details = getTicket(*connection, TicketId(6));
    QVERIFY(details);
    const auto copies = std::count_if(details->messages.cbegin(), details->messages.cend(),
        [](const Message& m) { return m.body == QLatin1String("only once"); });
    QCOMPARE(copies, 1);
}

void TestConnection::pushesReachOtherSessions()
{
    auto watcher = connectAs(m_server.port(), QStringLiteral("ana"));
    auto actor = connectAs(m_server.port(), QStringLiteral("ivan"));
    QVERIFY(watcher && actor);
    QSignalSpy changed(watcher.get(), &Connection::ticketChanged);
    QSignalSpy added(watcher.get(), &Connection::messageAdded);
    const auto updated = updateTicket(
        *actor, TicketId(3), { { QStringLiteral("priority"), QStringLiteral("low") } });
    QVERIFY(updated);
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.last().first().value<Ticket>().priority == Priority::Low);

    actor->addMessage(TicketId(3), QStringLiteral("pushed"), true, QString(), nullptr, {});
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).value<TicketId>(), TicketId(3));
    QCOMPARE(added.first().at(1).value<Message>().body, QStringLiteral("pushed"));
}

void TestConnection::reconnectsAfterServerKill()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(connection);
    const QString token = connection->token();
    QSignalSpy resynced(connection.get(), &Connection::resynced);
    QSignalSpy loggedIn(connection.get(), &Connection::loggedIn);
    QSignalSpy errors(connection.get(), &Connection::errorOccurred);

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    QCOMPARE(errors.size(), 1);
    std::optional<rpc::Error> offline;
    connection->listQueues(nullptr, {}, [&](const rpc::Error& e) { offline = e; });
    QTRY_VERIFY(offline.has_value());
    QCOMPARE(offline->code, int(Offline));
    QTest::qWait(600); // a few failed attempts with back-off

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Ready, 15000);
    QCOMPARE(resynced.size(), 1);
    QCOMPARE(loggedIn.size(), 0); // the same session, resumed
    QCOMPARE(connection->token(), token);
    const CallResult after = callSync(*connection, QStringLiteral("queue.list"), {});
    QVERIFY(after.ok());
}

void TestConnection::detectsSilentServer()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->setHeartbeatInterval(200);
    QTest::qWait(700); // idle but answering: stays up
    QCOMPARE(connection->state(), Connection::State::Ready);

    QSignalSpy resynced(connection.get(), &Connection::resynced);
    m_server.pause();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Reconnecting, 5000);
    m_server.resume();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Ready, 15000);
    QCOMPARE(resynced.size(), 1);
}

void TestConnection::revokedTokenExpiresSession()
{
    auto first = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(first);
    const QString token = first->token();
    QSignalSpy loggedOut(first.get(), &Connection::loggedOut);
    first->logout();
    QTRY_COMPARE(loggedOut.size(), 1);
    QCOMPARE(first->state(), Connection::State::Authenticating);
    QVERIFY(first->token().isEmpty());

    Connection second;
    QSignalSpy expired(&second, &Connection::sessionExpired);
    second.connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    second.resume(token);
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(second.state(), Connection::State::Authenticating);
    second.login(QStringLiteral("sam"), kDemoPassword);
    QTRY_COMPARE(second.state(), Connection::State::Ready);
}

void TestConnection::oversizedFrameDropsLink()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->setMaxFrameBytes(2048); // applies from the next socket
    connection->disconnectFromServer();
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    QTRY_COMPARE(connection->state(), Connection::State::Ready);

    QSignalSpy errors(connection.get(), &Connection::errorOccurred);
    std::optional<rpc::Error> error;
    TicketQuery query;
    connection->listTickets(query, 0, 50, nullptr, {}, [&](const rpc::Error& e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, int(ConnectionLost));
    QVERIFY(!errors.isEmpty());
    // Small answers still fit: the session comes back by itself.
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Ready, 15000);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
