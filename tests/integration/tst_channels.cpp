// SPDX-License-Identifier: GPL-3.0-or-later
// Channels and phone calls (docs/protocol.md: Ticket.channel, Message.channel and call,
// ticket.create and message.add with `call`), and the status a reply sets: a staff member's
// first public reply opens a new ticket, and `status` on message.add sends and sets it.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toInteger();
}

} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientTicketKeepsTheFirstContract();
    void loggedCallIsTheAgentsNotes();
    void callOnAnExistingTicket();
    void badCalls_data();
    void badCalls();
    void firstStaffReplyOpensANewTicket();
    void sendAndSetStatus();
    void customerCannotLogCallsOrSetStatus();

private:
    QJsonObject ticketWithMessages(TestClient& client, qint64 id);
    // A new ticket of Acme, opened by one of its users.
    qint64 createFor(TestClient& client);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
    qint64 m_aliceId = 0;
};

void TestChannels::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
    m_aliceId = m_alice->userId();
    QVERIFY(m_aliceId > 0);
}

QJsonObject TestChannels::ticketWithMessages(TestClient& client, qint64 id)
{
    return resultOf(
        client.call(QStringLiteral("ticket.get"), QJsonObject { { QStringLiteral("id"), id } }));
}

qint64 TestChannels::createFor(TestClient& client)
{
    const QJsonObject created = client.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mailbox full") },
            { QStringLiteral("body"), QStringLiteral("Cannot receive mail since this morning") },
            { QStringLiteral("customerId"), kAcme } });
    return number(resultOf(created), "id");
}

// Without `call`, ticket.create behaves as the first contract says: the first message is the
// requester's, through the client.
void TestChannels::clientTicketKeepsTheFirstContract()
{
    const QJsonObject created = m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Site slow") },
            { QStringLiteral("body"), QStringLiteral("Since the upgrade") } });
    HD_EXPECT_OK(created);
    const QJsonObject ticket = resultOf(created);
    QCOMPARE(text(ticket, "channel"), QStringLiteral("client"));
    const QJsonObject got = ticketWithMessages(*m_agent, number(ticket, "id"));
    const QJsonObject first = got.value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(number(first, "authorId"), m_aliceId);
    QCOMPARE(text(first, "channel"), QStringLiteral("client"));
    QVERIFY(!first.contains(QLatin1String("call")));
}

// An agent logs Alice's call: the ticket is a phone ticket for Alice, and the first message
// is the agent's notes marked as an inbound call from Alice, with its duration.
void TestChannels::loggedCallIsTheAgentsNotes()
{
    m_alice->clearNotifications();
    const QJsonObject created = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Called: DNS not resolving") },
            { QStringLiteral("body"), QStringLiteral("Customer says example.org fails since 9") },
            { QStringLiteral("requesterId"), m_aliceId },
            { QStringLiteral("call"),
                QJsonObject { { QStringLiteral("direction"), QStringLiteral("inbound") },
                    { QStringLiteral("durationSeconds"), 240 } } } });
    HD_EXPECT_OK(created);
    const QJsonObject ticket = resultOf(created);
    QCOMPARE(text(ticket, "channel"), QStringLiteral("phone"));
    QCOMPARE(number(ticket, "requesterId"), m_aliceId);
    QCOMPARE(number(ticket, "customerId"), kAcme);

    const QJsonObject got = ticketWithMessages(*m_alice, number(ticket, "id"));
    const QJsonObject first = got.value(QLatin1String("messages")).toArray().first().toObject();
    QCOMPARE(number(first, "authorId"), m_agent->userId());
    QCOMPARE(text(first, "channel"), QStringLiteral("phone"));
    const QJsonObject call = first.value(QLatin1String("call")).toObject();
    QCOMPARE(number(call, "callerId"), m_aliceId);
    QCOMPARE(text(call, "direction"), QStringLiteral("inbound"));
    QCOMPARE(number(call, "durationSeconds"), 240);

    // The push carries the same marks.
    const QJsonObject pushed = m_alice->waitForNotification(QStringLiteral("message.added"),
        [&](const QJsonObject& params) {
            return params.value(QLatin1String("ticketId")).toInteger() == number(ticket, "id");
        });
    const QJsonObject message = pushed.value(QLatin1String("message")).toObject();
    QCOMPARE(text(message, "channel"), QStringLiteral("phone"));
    QCOMPARE(number(message.value(QLatin1String("call")).toObject(), "callerId"), m_aliceId);
}

// A call about an existing ticket: the caller defaults to the requester; an outbound call to
// another contact names it.
void TestChannels::callOnAnExistingTicket()
{
    const qint64 id = createFor(*m_alice);
    QVERIFY(id > 0);
    const QJsonObject logged = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Called back, quota raised to 10 GB") },
            { QStringLiteral("call"),
                QJsonObject { { QStringLiteral("direction"), QStringLiteral("outbound") } } } });
    HD_EXPECT_OK(logged);
    const QJsonObject message = resultOf(logged);
    QCOMPARE(text(message, "channel"), QStringLiteral("phone"));
    QCOMPARE(number(message, "authorId"), m_agent->userId());
    const QJsonObject call = message.value(QLatin1String("call")).toObject();
    QCOMPARE(number(call, "callerId"), m_aliceId);
    QCOMPARE(text(call, "direction"), QStringLiteral("outbound"));
    QCOMPARE(number(call, "durationSeconds"), 0);

    auto amy = TestClient::loggedIn(m_server.port(), QStringLiteral("amy"));
    QVERIFY(amy);
    const QJsonObject other = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Amy confirmed the mails arrive") },
            { QStringLiteral("call"),
                QJsonObject { { QStringLiteral("callerId"), amy->userId() },
                    { QStringLiteral("durationSeconds"), 65 } } } });
    HD_EXPECT_OK(other);
    QCOMPARE(number(resultOf(other).value(QLatin1String("call")).toObject(), "callerId"),
        amy->userId());

    // Read back in the thread, in order, with the marks.
    const QJsonArray messages
        = ticketWithMessages(*m_agent, id).value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(text(messages.at(0).toObject(), "channel"), QStringLiteral("client"));
    QCOMPARE(text(messages.at(1).toObject(), "channel"), QStringLiteral("phone"));
    QCOMPARE(number(messages.at(2).toObject().value(QLatin1String("call")).toObject(),
                 "durationSeconds"),
        65);
}

void TestChannels::badCalls_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonObject>("call");
    QTest::addColumn<bool>("withRequester");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");

    const QJsonObject ok;
    QTest::newRow("create without requester")
        << "ticket.create" << ok << false << 1022 << "requesterId";
    QTest::newRow("create naming another caller")
        << "ticket.create" << QJsonObject { { QStringLiteral("callerId"), 1 } } << true << 1022
        << "call.callerId";
    QTest::newRow("unknown direction")
        << "message.add" << QJsonObject { { QStringLiteral("direction"), QStringLiteral("up") } }
        << false << 1022 << "call.direction";
    QTest::newRow("direction not a string")
        << "message.add" << QJsonObject { { QStringLiteral("direction"), 1 } } << false << -32602
        << "call.direction";
    QTest::newRow("negative duration")
        << "message.add" << QJsonObject { { QStringLiteral("durationSeconds"), -5 } } << false
        << 1022 << "call.durationSeconds";
    QTest::newRow("duration over a day")
        << "message.add" << QJsonObject { { QStringLiteral("durationSeconds"), 86401 } } << false
        << 1022 << "call.durationSeconds";
    QTest::newRow("unknown caller")
        << "message.add" << QJsonObject { { QStringLiteral("callerId"), 999999 } } << false
        << 1022 << "call.callerId";
    QTest::newRow("unknown field")
        << "message.add" << QJsonObject { { QStringLiteral("number"), QStringLiteral("+385") } }
        << false << -32602 << "call.number";
}

void TestChannels::badCalls()
{
    QFETCH(QString, method);
    QFETCH(QJsonObject, call);
    QFETCH(bool, withRequester);
    QFETCH(int, code);
    QFETCH(QString, field);
    QJsonObject params { { QStringLiteral("body"), QStringLiteral("notes") },
        { QStringLiteral("call"), call } };
    if (method == QLatin1String("ticket.create")) {
        params.insert(QStringLiteral("subject"), QStringLiteral("A call"));
        if (withRequester)
            params.insert(QStringLiteral("requesterId"), m_aliceId);
    } else {
        const qint64 id = createFor(*m_alice);
        QVERIFY(id > 0);
        params.insert(QStringLiteral("ticketId"), id);
    }
    const QJsonObject response = m_agent->call(method, params);
    HD_EXPECT_ERROR(response, code);
    const QJsonObject fields = response.value(QLatin1String("error"))
                                   .toObject()
                                   .value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String("fields"))
                                   .toObject();
    QVERIFY2(fields.contains(field), describe(response).constData());

    // `call` itself must be an object.
    params.insert(QStringLiteral("call"), QStringLiteral("yes"));
    HD_EXPECT_ERROR(m_agent->call(method, params), -32602);
}

// New → open with the first public staff reply (someone is on it); an internal note or the
// customer's own follow-up leaves it new. The history says who.
void TestChannels::firstStaffReplyOpensANewTicket()
{
    const qint64 id = createFor(*m_alice);
    QVERIFY(id > 0);
    HD_EXPECT_OK(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Also: webmail is down") } }));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Checking the quota first") },
            { QStringLiteral("internal"), true } }));
    QCOMPARE(text(ticketWithMessages(*m_agent, id).value(QLatin1String("ticket")).toObject(),
                 "status"),
        QStringLiteral("new"));

    QVERIFY(m_alice->sync()); // the pushes of the messages above are in, and dropped
    m_alice->clearNotifications();
    const QJsonObject reply = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("We are on it") } });
    HD_EXPECT_OK(reply);
    const QJsonObject got = ticketWithMessages(*m_agent, id);
    QCOMPARE(text(got.value(QLatin1String("ticket")).toObject(), "status"),
        QStringLiteral("open"));
    const QJsonArray events = got.value(QLatin1String("events")).toArray();
    const QJsonObject last = events.last().toObject();
    QCOMPARE(text(last, "field"), QStringLiteral("status"));
    QCOMPARE(last.value(QLatin1String("old")).toString(), QStringLiteral("new"));
    QCOMPARE(last.value(QLatin1String("new")).toString(), QStringLiteral("open"));
    QCOMPARE(number(last, "actorId"), m_agent->userId());
    // The customer's push shows the open ticket.
    const QJsonObject pushed = m_alice->waitForNotification(QStringLiteral("ticket.changed"),
        [&](const QJsonObject& params) {
            return params.value(QLatin1String("ticket")).toObject().value(QLatin1String("id"))
                .toInteger()
                == id;
        });
    QCOMPARE(text(pushed.value(QLatin1String("ticket")).toObject(), "status"),
        QStringLiteral("open"));

    // A second reply does not touch an open ticket.
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Quota raised") } }));
    QCOMPARE(ticketWithMessages(*m_agent, id).value(QLatin1String("events")).toArray().size(),
        events.size());
}

// "Send and set status": the reply and the status change in one step, one history event.
void TestChannels::sendAndSetStatus()
{
    const qint64 id = createFor(*m_alice);
    QVERIFY(id > 0);
    const QJsonObject reply = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Please try again now") },
            { QStringLiteral("status"), QStringLiteral("pending") } });
    HD_EXPECT_OK(reply);
    QJsonObject got = ticketWithMessages(*m_agent, id);
    QCOMPARE(text(got.value(QLatin1String("ticket")).toObject(), "status"),
        QStringLiteral("pending"));
    QJsonObject last = got.value(QLatin1String("events")).toArray().last().toObject();
    QCOMPARE(last.value(QLatin1String("old")).toString(), QStringLiteral("new"));
    QCOMPARE(last.value(QLatin1String("new")).toString(), QStringLiteral("pending"));

    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Solved, closing") },
            { QStringLiteral("status"), QStringLiteral("resolved") },
            { QStringLiteral("internal"), true } }));
    got = ticketWithMessages(*m_agent, id);
    QCOMPARE(text(got.value(QLatin1String("ticket")).toObject(), "status"),
        QStringLiteral("resolved"));

    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), id },
                            { QStringLiteral("body"), QStringLiteral("x") },
                            { QStringLiteral("status"), QStringLiteral("done") } }),
        1022);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), id },
                            { QStringLiteral("body"), QStringLiteral("x") },
                            { QStringLiteral("status"), 3 } }),
        -32602);
    // Nothing of the refused calls was stored.
    QCOMPARE(ticketWithMessages(*m_agent, id).value(QLatin1String("messages")).toArray().size(),
        3);
}

void TestChannels::customerCannotLogCallsOrSetStatus()
{
    const qint64 id = createFor(*m_alice);
    QVERIFY(id > 0);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), id },
                            { QStringLiteral("body"), QStringLiteral("I called") },
                            { QStringLiteral("call"), QJsonObject() } }),
        1003);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), id },
                            { QStringLiteral("body"), QStringLiteral("Fixed myself") },
                            { QStringLiteral("status"), QStringLiteral("closed") } }),
        1003);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("ticket.create"),
                        QJsonObject { { QStringLiteral("subject"), QStringLiteral("x") },
                            { QStringLiteral("body"), QStringLiteral("x") },
                            { QStringLiteral("call"), QJsonObject() } }),
        1003);
    QCOMPARE(ticketWithMessages(*m_agent, id).value(QLatin1String("messages")).toArray().size(),
        1);
}

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
