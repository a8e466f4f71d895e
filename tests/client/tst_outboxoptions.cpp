// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox with message.add's options against the real server: "send and set status" kept
// on disk while offline and applied exactly once, also when the send is repeated after a lost
// answer; a phone call logged through the outbox is stored as a call by the agent.
#include "clientharness.h"
#include "outbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

UserId userId(Connection& connection, const QString& login)
{
    const CallResult result = callSync(connection, QStringLiteral("user.list"), {});
    for (const QJsonValue& item :
        result.result.toObject().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("login")).toString() == login)
            return UserId(item.toObject().value(QStringLiteral("id")).toInteger());
    }
    return UserId();
}

int statusEvents(const TicketDetails& details, const QString& to)
{
    int count = 0;
    for (const TicketEvent& event : details.events)
        count += event.field == QLatin1String("status") && event.newValue.toString() == to;
    return count;
}

} // namespace

class TestOutboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusQueuedOfflineIsAppliedOnce();
    void repeatedSendDoesNotSetTheStatusAgain();
    void callIsStoredAsTheAgentsCall();

private:
    Ticket customerTicket(const QString& subject);

    TestServer m_server;
    std::unique_ptr<Connection> m_lead;
};

void TestOutboxOptions::initTestCase()
{
    QVERIFY2(m_server.start(TestServer::freePort()), qPrintable(m_server.errorString()));
    m_lead = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_lead);
}

Ticket TestOutboxOptions::customerTicket(const QString& subject)
{
    auto nina = connectAs(m_server.port(), QStringLiteral("nina"));
    return nina ? createTicket(*nina, subject) : Ticket();
}

void TestOutboxOptions::statusQueuedOfflineIsAppliedOnce()
{
    const Ticket ticket = customerTicket(QStringLiteral("Status offline"));
    QVERIFY(ticket.id.isValid());
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    QTemporaryDir dir;

    m_server.kill();
    QTRY_COMPARE(connection->state(), Connection::State::Reconnecting);
    {
        Outbox outbox(connection.get(), dir.path());
        NewMessage message;
        message.ticketId = ticket.id;
        message.body = QStringLiteral("Please check and tell us.");
        message.status = TicketStatus::Pending;
        outbox.enqueue(message);
    } // the client "crashes"

    Outbox reopened(connection.get(), dir.path());
    QCOMPARE(reopened.entries().size(), 1);
    QVERIFY(reopened.entries().first().status == TicketStatus::Pending);
    QSignalSpy sent(&reopened, &Outbox::sent);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    m_lead = connectAs(m_server.port(), QStringLiteral("lead"));
    QVERIFY(m_lead);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);

    const auto details = getTicket(*m_lead, ticket.id);
    QVERIFY(details);
    QCOMPARE(toString(details->ticket.status), QStringLiteral("pending"));
    QCOMPARE(statusEvents(*details, QStringLiteral("pending")), 1);
    QCOMPARE(statusEvents(*details, QStringLiteral("open")), 0); // not opened on the way
}

// The first send reached the server but its answer was lost; meanwhile a colleague set the
// status to Open. The resend with the same key returns the stored message and does not set
// Resolved a second time over the colleague's change.
void TestOutboxOptions::repeatedSendDoesNotSetTheStatusAgain()
{
    const Ticket ticket = customerTicket(QStringLiteral("Status resent"));
    QVERIFY(ticket.id.isValid());
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->disconnectFromServer();
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    NewMessage message;
    message.ticketId = ticket.id;
    message.body = QStringLiteral("Fixed, closing as resolved.");
    message.status = TicketStatus::Resolved;
    const QString key = outbox.enqueue(message);

    auto earlier = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(earlier);
    message.idempotencyKey = key;
    std::optional<Message> stored;
    earlier->addMessage(message, nullptr, [&](const Message& m) { stored = m; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(
        updateTicket(*m_lead, ticket.id, { { QStringLiteral("status"), QStringLiteral("open") } }));

    QSignalSpy sent(&outbox, &Outbox::sent);
    connection->connectToServer(QStringLiteral("127.0.0.1"), m_server.port());
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(1).value<Message>().id, stored->id);
    const auto details = getTicket(*m_lead, ticket.id);
    QVERIFY(details);
    QCOMPARE(toString(details->ticket.status), QStringLiteral("open"));
    QCOMPARE(statusEvents(*details, QStringLiteral("resolved")), 1);
    QCOMPARE(details->messages.size(), 2);
}

void TestOutboxOptions::callIsStoredAsTheAgentsCall()
{
    const Ticket ticket = customerTicket(QStringLiteral("Call through the outbox"));
    QVERIFY(ticket.id.isValid());
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    const UserId oliver = userId(*m_lead, QStringLiteral("oliver"));
    QVERIFY(oliver.isValid());
    QTemporaryDir dir;
    Outbox outbox(connection.get(), dir.path());
    QSignalSpy sent(&outbox, &Outbox::sent);
    NewMessage message;
    message.ticketId = ticket.id;
    message.body = QStringLiteral("Oliver asked for the invoice copy; sent it by mail.");
    CallLog call;
    call.callerId = oliver;
    call.direction = CallDirection::Outbound;
    call.durationSeconds = 240;
    message.call = call;
    outbox.enqueue(message);
    QTRY_COMPARE(sent.size(), 1);

    const auto details = getTicket(*m_lead, ticket.id);
    QVERIFY(details);
    const Message stored = details->messages.last();
    QCOMPARE(stored.body, message.body);
    QCOMPARE(toString(stored.channel), QStringLiteral("phone"));
    QCOMPARE(stored.authorId, connection->currentUser()->id); // the agent, not the customer
    QVERIFY(stored.call);
    QCOMPARE(stored.call->callerId, oliver);
    QCOMPARE(toString(stored.call->direction), QStringLiteral("outbound"));
    QCOMPARE(stored.call->durationSeconds, qint64(240));
    QVERIFY(!stored.internal);
}

QTEST_GUILESS_MAIN(TestOutboxOptions)
#include "tst_outboxoptions.moc"
