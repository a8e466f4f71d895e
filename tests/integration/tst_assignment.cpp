// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic assignment (issue 12; docs/protocol.md "Automatic assignment", docs/admin.md
// "Queues and assignment"): round robin and least loaded are fair over 1,000 new tickets,
// away and offline members are skipped, and the sweep reassigns tickets of absent assignees.
// Runs on SQLite and, as tst_assignment_pg, on PostgreSQL.
#include "testclient.h"
#include "testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace helpdesk::test;

namespace {
constexpr int kTickets = 1000;
constexpr int kBatch = 100; // pipelined creates per round trip

QJsonObject member(qint64 user, bool lead = false)
{
    return QJsonObject { { QStringLiteral("userId"), user }, { QStringLiteral("lead"), lead } };
}
} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundRobinIsFair();
    void leastLoadedBalances();
    void offlineMembersAreSkipped();
    void movedIntoQueueIsAssigned();
    void explicitAssigneeWins();
    void sweepReassignsAbsentAssignees();
    void openCountsFollowEveryWrite();
    void presenceSetRightAfterLoginStays();

private:
    qint64 makeQueue(const QString& name, const QString& mode, const QJsonArray& members);
    // Creates `count` tickets in the queue; returns how many each assignee got (0: none).
    QHash<qint64, int> createTickets(qint64 queue, int count);
    bool waitForPresence(qint64 user, const QString& presence);

    TestServer m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2;
    std::unique_ptr<TestClient> m_away; // agent3, away by hand
};

void TestAssignment::initTestCase()
{
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--assignment-sweep-ms"), QStringLiteral("200") };
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QVERIFY(m_server.addUser(QStringLiteral("agent3"), QStringLiteral("Third Agent"),
        QStringLiteral("agent"), kPassword));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    m_away = TestClient::loggedIn(m_server.port(), QStringLiteral("agent3"));
    QVERIFY(m_admin && m_lead && m_agent && m_agent2 && m_away);
    const QJsonObject away = resultOf(m_away->call(QStringLiteral("presence.set"),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("away") } }));
    QCOMPARE(away.value(QLatin1String("presence")).toString(), QStringLiteral("away"));
    for (TestClient* client : { m_lead.get(), m_agent.get(), m_agent2.get() })
        QVERIFY(waitForPresence(client->userId(), QStringLiteral("online")));
}

bool TestAssignment::waitForPresence(qint64 user, const QString& presence)
{
    // Logins are counted by a write of their own, just after the login's answer.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QJsonArray items = resultOf(m_admin->call(QStringLiteral("presence.list")))
                                     .value(QLatin1String("items"))
                                     .toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject state = item.toObject();
            if (state.value(QLatin1String("userId")).toInteger() == user
                && state.value(QLatin1String("presence")).toString() == presence)
                return true;
        }
        QTest::qWait(50);
    }
    return false;
}

qint64 TestAssignment::makeQueue(const QString& name, const QString& mode, const QJsonArray& members)
{
    const qint64 id = idOf(resultOf(m_admin->call(QStringLiteral("queue.create"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("assignMode"), mode } })));
    if (id > 0)
        m_admin->call(QStringLiteral("queue.setMembers"),
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("members"), members } });
    return id;
}

QHash<qint64, int> TestAssignment::createTickets(qint64 queue, int count)
{
    QHash<qint64, int> counts;
    for (int done = 0; done < count; done += kBatch) {
        QList<QJsonValue> ids;
        for (int i = done; i < qMin(count, done + kBatch); ++i)
            ids << m_admin->send(QStringLiteral("ticket.create"),
                QJsonObject { { QStringLiteral("subject"), QStringLiteral("Fairness %1").arg(i) },
                    { QStringLiteral("body"), QStringLiteral("x") },
                    { QStringLiteral("queueId"), queue } });
        for (const QJsonValue& id : ids) {
            const QJsonObject ticket = resultOf(m_admin->waitForResponse(id));
            counts[ticket.value(QLatin1String("assigneeId")).toInteger()]++;
        }
    }
    m_admin->clearNotifications();
    return counts;
}

// 1,000 tickets, three online members: each gets 333 or 334; the away member none.
void TestAssignment::roundRobinIsFair()
{
    const qint64 queue = makeQueue(QStringLiteral("Round"), QStringLiteral("round_robin"),
        QJsonArray { member(m_agent->userId()), member(m_agent2->userId()),
            member(m_lead->userId(), true), member(m_away->userId()) });
    const QHash<qint64, int> counts = createTickets(queue, kTickets);
    QCOMPARE(counts.value(0), 0);
    QCOMPARE(counts.value(m_away->userId()), 0);
    QList<int> online { counts.value(m_agent->userId()), counts.value(m_agent2->userId()),
        counts.value(m_lead->userId()) };
    const auto [least, most] = std::minmax_element(online.cbegin(), online.cend());
    QVERIFY2(*most - *least <= 1, qPrintable(QStringLiteral("%1 %2 %3").arg(online[0]).arg(online[1]).arg(online[2])));
    QCOMPARE(online[0] + online[1] + online[2], kTickets);
}

// The agent starts with 60 more open tickets than the others: least loaded gives the new
// tickets to the others first, and at the end everyone carries the same load (±1).
void TestAssignment::leastLoadedBalances()
{
    const qint64 queue = makeQueue(QStringLiteral("Least"), QStringLiteral("least_loaded"),
        QJsonArray { member(m_agent->userId()), member(m_agent2->userId()),
            member(m_lead->userId(), true), member(m_away->userId()) });
    for (int i = 0; i < 60; ++i)
        m_admin->send(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Extra load") },
                { QStringLiteral("body"), QStringLiteral("x") },
                { QStringLiteral("assigneeId"), m_agent->userId() } });
    QVERIFY(m_admin->sync());
    const QHash<qint64, int> counts = createTickets(queue, kTickets);
    QCOMPARE(counts.value(m_away->userId()), 0);
    QVERIFY(counts.value(m_agent->userId()) < counts.value(m_agent2->userId()));
    auto load = [&](qint64 user) {
        return resultOf(m_admin->call(QStringLiteral("ticket.list"),
            QJsonObject { { QStringLiteral("filter"),
                              QJsonObject { { QStringLiteral("assigneeId"), user },
                                  { QStringLiteral("status"),
                                      QJsonArray { QStringLiteral("new"), QStringLiteral("open"),
                                          QStringLiteral("pending") } } } },
                { QStringLiteral("limit"), 1 } }))
            .value(QLatin1String("total"))
            .toInteger();
    };
    QList<qint64> loads { load(m_agent->userId()), load(m_agent2->userId()), load(m_lead->userId()) };
    const auto [least, most] = std::minmax_element(loads.cbegin(), loads.cend());
    QVERIFY2(*most - *least <= 1, qPrintable(QStringLiteral("%1 %2 %3").arg(loads[0]).arg(loads[1]).arg(loads[2])));
}

// A member who logs out is offline and gets nothing; nobody online: the ticket stays
// unassigned.
void TestAssignment::offlineMembersAreSkipped()
{
    auto leaving = TestClient::loggedIn(m_server.port(), QStringLiteral("agent3"));
    QVERIFY(leaving);
    const qint64 queue = makeQueue(QStringLiteral("Lonely"), QStringLiteral("round_robin"),
        QJsonArray { member(m_away->userId()) });
    HD_EXPECT_OK(m_away->call(QStringLiteral("presence.set"),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("online") } }));
    QCOMPARE(createTickets(queue, 2).value(m_away->userId()), 2);
    HD_EXPECT_OK(m_away->call(QStringLiteral("auth.logout")));
    HD_EXPECT_OK(leaving->call(QStringLiteral("auth.logout")));
    QVERIFY(waitForPresence(m_away->userId(), QStringLiteral("offline")));
    QCOMPARE(createTickets(queue, 3).value(0), 3);
}

// A triaged ticket moved into a queue while new and unassigned is assigned by that queue.
void TestAssignment::movedIntoQueueIsAssigned()
{
    const qint64 queue = makeQueue(QStringLiteral("Triage target"), QStringLiteral("round_robin"),
        QJsonArray { member(m_agent2->userId()) });
    const QJsonObject ticket = resultOf(m_admin->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Unsorted") },
            { QStringLiteral("body"), QStringLiteral("x") } }));
    QVERIFY(ticket.value(QLatin1String("assigneeId")).isNull());
    const QJsonObject moved = resultOf(m_admin->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), idOf(ticket) },
            { QStringLiteral("version"), ticket.value(QLatin1String("version")) },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("queueId"), queue } } } }));
    QCOMPARE(moved.value(QLatin1String("assigneeId")).toInteger(), m_agent2->userId());
}

void TestAssignment::explicitAssigneeWins()
{
    const qint64 queue = makeQueue(QStringLiteral("Explicit"), QStringLiteral("round_robin"),
        QJsonArray { member(m_agent2->userId()) });
    const QJsonObject ticket = resultOf(m_admin->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("For the lead") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), queue },
            { QStringLiteral("assigneeId"), m_lead->userId() } }));
    QCOMPARE(ticket.value(QLatin1String("assigneeId")).toInteger(), m_lead->userId());
}

// agent2 goes away; the queue allows 1 minute. Once the absence is (made) older than that,
// the sweep hands the ticket to the other online member and records it.
void TestAssignment::sweepReassignsAbsentAssignees()
{
    const qint64 queue = makeQueue(QStringLiteral("Sweep"), QStringLiteral("round_robin"),
        QJsonArray { member(m_agent->userId()), member(m_agent2->userId()) });
    HD_EXPECT_OK(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), queue }, { QStringLiteral("reassignAfterMinutes"), 1 } }));
    const QJsonObject ticket = resultOf(m_admin->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Who takes it") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), queue },
            { QStringLiteral("assigneeId"), m_agent2->userId() } }));
    const qint64 id = idOf(ticket);
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("presence.set"),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("away") } }));
    // Away for a moment only: nothing moves.
    QTest::qWait(600);
    QVERIFY(m_admin->sync());
    auto assignee = [&] {
        return resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
            .value(QLatin1String("ticket")).toObject().value(QLatin1String("assigneeId")).toInteger();
    };
    QCOMPARE(assignee(), m_agent2->userId());
    // Forget older pushes first: the sweep may move the ticket as soon as the absence is long.
    QVERIFY(m_agent->sync());
    m_agent->clearNotifications();
    QVERIFY(m_server.queryScalar(QStringLiteral("UPDATE user_presence SET changed_at = changed_at - 120000 "
                                                "WHERE user_id = ? RETURNING user_id"),
                        { m_agent2->userId() }).isValid());
    const QJsonObject push = m_agent->waitForNotification(QStringLiteral("ticket.changed"),
        [id](const QJsonObject& p) { return idOf(p.value(QLatin1String("ticket"))) == id; });
    QVERIFY2(!push.isEmpty(), m_server.log().right(2000).constData());
    QCOMPARE(push.value(QLatin1String("ticket")).toObject().value(QLatin1String("assigneeId")).toInteger(),
        m_agent->userId());
    const QJsonArray events = resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
                                  .value(QLatin1String("events")).toArray();
    const QJsonObject last = events.last().toObject();
    QCOMPARE(last.value(QLatin1String("field")).toString(), QStringLiteral("assigneeId"));
    QCOMPARE(last.value(QLatin1String("old")).toInteger(), m_agent2->userId());
    QCOMPARE(last.value(QLatin1String("actorId")).toInteger(), m_agent2->userId());
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("presence.set"),
        QJsonObject { { QStringLiteral("status"), QStringLiteral("online") } }));
}

// Least loaded reads each member's count of new, open and pending tickets from
// agent_open_tickets (schema step 23), kept by triggers: after resolving, re-opening,
// reassigning and unassigning it still equals the count of the tickets themselves.
void TestAssignment::openCountsFollowEveryWrite()
{
    auto change = [&](qint64 id, const QJsonObject& changes) {
        const QJsonObject ticket = resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
                                       .value(QLatin1String("ticket")).toObject();
        HD_EXPECT_OK(m_admin->call(QStringLiteral("ticket.update"),
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), ticket.value(QLatin1String("version")) },
                { QStringLiteral("changes"), changes } }));
    };
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << idOf(resultOf(m_admin->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Counted %1").arg(i) },
                { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("assigneeId"), m_agent->userId() } })));
    change(ids[0], QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } });
    change(ids[1], QJsonObject { { QStringLiteral("assigneeId"), m_agent2->userId() } });
    change(ids[2], QJsonObject { { QStringLiteral("assigneeId"), QJsonValue::Null } });
    change(ids[3], QJsonObject { { QStringLiteral("status"), QStringLiteral("closed") } });
    change(ids[3], QJsonObject { { QStringLiteral("status"), QStringLiteral("open") },
                               { QStringLiteral("assigneeId"), m_lead->userId() } });
    change(ids[1], QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") } });
    const qint64 wrong = m_server.queryScalar(QStringLiteral(
        "SELECT COUNT(*) FROM users u LEFT JOIN agent_open_tickets a ON a.user_id = u.id "
        "WHERE COALESCE(a.open_count, 0) <> (SELECT COUNT(*) FROM tickets t "
        "WHERE t.assignee_id = u.id AND t.status IN (0, 1, 2))")).toLongLong();
    QCOMPARE(wrong, 0);
    QVERIFY(m_server.queryScalar(QStringLiteral("SELECT open_count FROM agent_open_tickets WHERE user_id = ?"),
                { m_lead->userId() }).toLongLong() > 0);
}

// "Away" sent in the same packet as the login: the login's own presence write (session
// counted, back online) commits first, so the answer and the list both say away — on
// PostgreSQL too, where writes of other lanes commit on other connections. Then two
// connections of one user log in at once: both count, neither write fails.
void TestAssignment::presenceSetRightAfterLoginStays()
{
    QVERIFY(m_server.addUser(QStringLiteral("agent4"), QStringLiteral("Fourth Agent"),
        QStringLiteral("agent"), kPassword));
    for (int round = 0; round < 10; ++round) {
        TestClient client(m_server.port());
        QVERIFY(!client.hello().isEmpty());
        const QJsonValue login = client.send(QStringLiteral("auth.login"),
            QJsonObject { { QStringLiteral("login"), QStringLiteral("agent4") },
                { QStringLiteral("password"), kPassword } });
        const QJsonValue away = client.send(QStringLiteral("presence.set"),
            QJsonObject { { QStringLiteral("status"), QStringLiteral("away") } });
        const qint64 user = resultOf(client.waitForResponse(login))
                                .value(QLatin1String("user"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toInteger();
        QVERIFY(user > 0);
        const QJsonObject answer = client.waitForResponse(away);
        QVERIFY2(answer.contains(QLatin1String("result")),
            qPrintable(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))));
        QCOMPARE(resultOf(answer).value(QLatin1String("presence")).toString(),
            QStringLiteral("away"));
        QVERIFY(client.sync());
        QVERIFY2(waitForPresence(user, QStringLiteral("away")), qPrintable(QString::number(round)));
    }

    for (int round = 0; round < 5; ++round) {
        TestClient first(m_server.port());
        TestClient second(m_server.port());
        QVERIFY(!first.hello().isEmpty() && !second.hello().isEmpty());
        const QJsonObject credentials { { QStringLiteral("login"), QStringLiteral("agent4") },
            { QStringLiteral("password"), kPassword } };
        const QJsonValue one = first.send(QStringLiteral("auth.login"), credentials);
        const QJsonValue two = second.send(QStringLiteral("auth.login"), credentials);
        const qint64 user
            = resultOf(first.waitForResponse(one)).value(QLatin1String("user")).toObject()
                  .value(QLatin1String("id")).toInteger();
        QVERIFY(user > 0);
        QVERIFY(resultOf(second.waitForResponse(two)).contains(QLatin1String("user")));
        QVERIFY(waitForPresence(user, QStringLiteral("online")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server
                                      .queryScalar(QStringLiteral(
                                          "SELECT SUM(sessions) FROM user_sessions WHERE user_id = ?"),
                                          { user })
                                      .toInt(),
            2, 5000);
    }
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
