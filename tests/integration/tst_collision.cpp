// SPDX-License-Identifier: GPL-3.0-or-later
// Collision warnings (issue 12; docs/protocol.md: ticket.setActivity, push ticket.activity,
// message.add lastSeenMessageId): who else views a ticket and who types on it reaches the
// other staff viewing it (never customers, never the rest), typing is throttled, a closed
// connection leaves, and a reply written over a newer public message is refused unless
// forced. Also across two servers on PostgreSQL.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {
const QString kActivity = QStringLiteral("ticket.activity");

QJsonObject activity(qint64 ticket, const QString& state)
{
    return QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("state"), state } };
}

int countOf(const TestClient& client, const QString& method)
{
    int count = 0;
    for (const QJsonObject& n : client.notifications())
        count += n.value(QLatin1String("method")).toString() == method;
    return count;
}
} // namespace

class TestCollision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewersSeeEachOther();
    void typingIsThrottled();
    void closingLeaves();
    void badValues();
    void newerMessagesRefuseTheReply();
    void acrossServers();

private:
    qint64 newTicket();

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2;
    std::unique_ptr<TestClient> m_lead; // staff, not viewing
    std::unique_ptr<TestClient> m_alice; // the ticket's customer
};

void TestCollision::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_agent2 && m_lead && m_alice);
}

qint64 TestCollision::newTicket()
{
    return idOf(resultOf(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mailbox full") },
            { QStringLiteral("body"), QStringLiteral("Cannot receive mail since this morning.") } })));
}

void TestCollision::viewersSeeEachOther()
{
    const qint64 ticket = newTicket();
    const QJsonObject first = resultOf(m_agent2->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    QCOMPARE(first.value(QLatin1String("viewers")).toArray().size(), 0);
    const QJsonObject second = resultOf(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    const QJsonArray viewers = second.value(QLatin1String("viewers")).toArray();
    QCOMPARE(viewers.size(), 1);
    QCOMPARE(viewers.first().toObject().value(QLatin1String("userId")).toInteger(), m_agent2->userId());
    QCOMPARE(viewers.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("viewing"));
    const QJsonObject push = m_agent2->waitForNotification(kActivity);
    QCOMPARE(push.value(QLatin1String("ticketId")).toInteger(), ticket);
    QCOMPARE(push.value(QLatin1String("userId")).toInteger(), m_agent->userId());
    QCOMPARE(push.value(QLatin1String("state")).toString(), QStringLiteral("viewing"));
    // The one who views gets no push of their own; staff not viewing and customers none.
    QVERIFY(m_agent->sync() && m_lead->sync() && m_alice->sync());
    QCOMPARE(countOf(*m_agent, kActivity), 0);
    QCOMPARE(countOf(*m_lead, kActivity), 0);
    QCOMPARE(countOf(*m_alice, kActivity), 0);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))), 1003);

    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("left"))));
    QCOMPARE(m_agent2->waitForNotification(kActivity).value(QLatin1String("state")).toString(), QStringLiteral("left"));
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("left"))));
    m_agent->clearNotifications();
    m_agent2->clearNotifications();
}

// Keystrokes send "typing" often; the others hear it once per 4 s.
void TestCollision::typingIsThrottled()
{
    const qint64 ticket = newTicket();
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    QCOMPARE(m_agent2->waitForNotification(kActivity).value(QLatin1String("state")).toString(), QStringLiteral("viewing"));
    for (int i = 0; i < 10; ++i)
        HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("typing"))));
    QCOMPARE(m_agent2->waitForNotification(kActivity).value(QLatin1String("state")).toString(), QStringLiteral("typing"));
    QVERIFY(m_agent2->sync());
    QCOMPARE(countOf(*m_agent2, kActivity), 0);
    // The newcomer learns of the typing from the answer.
    const QJsonArray viewers = resultOf(m_lead->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))))
                                   .value(QLatin1String("viewers")).toArray();
    QCOMPARE(viewers.size(), 2);
    QCOMPARE(viewers.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("typing"));
    QCOMPARE(viewers.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("viewing"));
    for (TestClient* client : { m_agent.get(), m_agent2.get(), m_lead.get() })
        HD_EXPECT_OK(client->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("left"))));
    QVERIFY(m_agent->sync() && m_agent2->sync() && m_lead->sync());
    m_agent->clearNotifications();
    m_agent2->clearNotifications();
    m_lead->clearNotifications();
}

void TestCollision::closingLeaves()
{
    const qint64 ticket = newTicket();
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    {
        auto passing = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
        QVERIFY(passing);
        HD_EXPECT_OK(passing->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
        QCOMPARE(m_agent2->waitForNotification(kActivity).value(QLatin1String("state")).toString(), QStringLiteral("viewing"));
    } // the connection closes without a word
    const QJsonObject left = m_agent2->waitForNotification(kActivity);
    QCOMPARE(left.value(QLatin1String("state")).toString(), QStringLiteral("left"));
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("left"))));
}

void TestCollision::badValues()
{
    const QJsonObject state = m_agent->call(QStringLiteral("ticket.setActivity"), activity(1, QStringLiteral("reading")));
    HD_EXPECT_ERROR(state, 1022);
    QVERIFY(errorData(state).value(QLatin1String("fields")).toObject().contains(QStringLiteral("state")));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("ticket.setActivity"), activity(987654, QStringLiteral("viewing"))), 1004);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("ticket.setActivity"), QJsonObject { { QStringLiteral("ticketId"), 1 } }), -32602);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), 1 }, { QStringLiteral("body"), QStringLiteral("x") },
                            { QStringLiteral("lastSeenMessageId"), QStringLiteral("7") } }),
        -32602);
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("message.add"),
                        QJsonObject { { QStringLiteral("ticketId"), 1 }, { QStringLiteral("body"), QStringLiteral("x") },
                            { QStringLiteral("force"), 1 } }),
        -32602);
}

void TestCollision::newerMessagesRefuseTheReply()
{
    const qint64 ticket = newTicket();
    const QJsonArray thread = resultOf(m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
                                  .value(QLatin1String("messages")).toArray();
    const qint64 seen = idOf(thread.last().toObject());
    auto reply = [&](TestClient& who, const QString& body, qint64 lastSeen, bool force = false, bool internal = false) {
        return who.call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body },
                { QStringLiteral("lastSeenMessageId"), lastSeen }, { QStringLiteral("force"), force },
                { QStringLiteral("internal"), internal } });
    };
    // Nothing new, and the agent's own messages and other agents' notes do not count.
    HD_EXPECT_OK(reply(*m_agent, QStringLiteral("Looking into it."), seen));
    HD_EXPECT_OK(reply(*m_agent2, QStringLiteral("Quota is at 100 %."), 1'000'000'000, false, true));
    HD_EXPECT_OK(reply(*m_agent, QStringLiteral("Raising your quota now."), seen));
    // The customer writes meanwhile: the reply is refused, with what is new.
    const qint64 customer = idOf(resultOf(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), QStringLiteral("Never mind, I deleted old mail.") } })));
    const QJsonObject refused = reply(*m_agent, QStringLiteral("Done, 10 GB now."), seen);
    HD_EXPECT_ERROR(refused, 1009);
    const QJsonObject data = errorData(refused);
    QCOMPARE(data.value(QLatin1String("reason")).toString(), QStringLiteral("newer-messages"));
    const QJsonArray newer = data.value(QLatin1String("messages")).toArray();
    QCOMPARE(newer.size(), 1);
    QCOMPARE(idOf(newer.first().toObject()), customer);
    // Another agent's public reply counts too.
    const QJsonObject colleague = reply(*m_agent2, QStringLiteral("I already replied."), seen);
    HD_EXPECT_ERROR(colleague, 1009);
    QCOMPARE(errorData(colleague).value(QLatin1String("messages")).toArray().size(), 3); // alice + agent's two
    // Sent anyway, or after reading: accepted.
    HD_EXPECT_OK(reply(*m_agent, QStringLiteral("Done, 10 GB now."), seen, true));
    HD_EXPECT_OK(reply(*m_agent2, QStringLiteral("Thanks!"), 1'000'000'000));
    // Without lastSeenMessageId nothing is checked (older clients).
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), QStringLiteral("PS") } }));
}

void TestCollision::acrossServers()
{
    if (!m_server.isPostgres())
        QSKIP("several servers share PostgreSQL only");
    TestServer second;
    QVERIFY2(second.startSharing(m_server), qPrintable(second.errorString()));
    auto there = TestClient::loggedIn(second.port(), QStringLiteral("admin"));
    QVERIFY(there);
    const qint64 ticket = newTicket();
    HD_EXPECT_OK(there->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("viewing"))));
    const QJsonArray viewers = resultOf(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("typing"))))
                                   .value(QLatin1String("viewers")).toArray();
    QCOMPARE(viewers.size(), 1); // the admin, on the other server
    const QJsonObject push = there->waitForNotification(kActivity);
    QCOMPARE(push.value(QLatin1String("userId")).toInteger(), m_agent->userId());
    QCOMPARE(push.value(QLatin1String("state")).toString(), QStringLiteral("typing"));
    // Presence crosses too: agent2 goes away here, the admin there hears it.
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("presence.set"), QJsonObject { { QStringLiteral("status"), QStringLiteral("away") } }));
    const QJsonObject away = there->waitForNotification(QStringLiteral("presence.changed"),
        [&](const QJsonObject& p) { return p.value(QLatin1String("userId")).toInteger() == m_agent2->userId(); });
    QCOMPARE(away.value(QLatin1String("presence")).toString(), QStringLiteral("away"));
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("presence.set"), QJsonObject { { QStringLiteral("status"), QStringLiteral("online") } }));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.setActivity"), activity(ticket, QStringLiteral("left"))));
    QCOMPARE(there->waitForNotification(kActivity).value(QLatin1String("state")).toString(), QStringLiteral("left"));
}

QTEST_GUILESS_MAIN(TestCollision)
#include "tst_collision.moc"
