// SPDX-License-Identifier: GPL-3.0-or-later
// Queue administration (issue 12, docs/protocol.md: queue.list, queue.create, queue.update,
// queue.setMembers, push queue.changed): admins and the queue's leads shape queues; every
// staff client hears of it at once; customers never do.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

namespace {
const QString kQueueChanged = QStringLiteral("queue.changed");

QJsonObject queueIn(const QJsonObject& listResult, qint64 id)
{
    for (const QJsonValue& item : listResult.value(QLatin1String("items")).toArray()) {
        if (idOf(item.toObject()) == id)
            return item.toObject();
    }
    return {};
}

QJsonArray members(std::initializer_list<std::pair<qint64, bool>> list)
{
    QJsonArray array;
    for (const auto& [user, lead] : list)
        array.append(QJsonObject { { QStringLiteral("userId"), user }, { QStringLiteral("lead"), lead } });
    return array;
}
} // namespace

class TestQueues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listKeepsTheOldFields();
    void createRenameArchive();
    void badValues_data();
    void badValues();
    void membersAndLeads();
    void pushesReachStaffOnly();
    void pushesCrossServers();

private:
    QJsonObject list(TestClient& client) { return resultOf(client.call(QStringLiteral("queue.list"))); }

    TestServer m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
};

void TestQueues::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_admin && m_lead && m_agent && m_alice);
}

// PROTOCOL.md's Queue is {id, name}: a reader of only those still finds the three queues.
void TestQueues::listKeepsTheOldFields()
{
    const QJsonObject result = list(*m_agent);
    const QJsonObject support = queueIn(result, 1);
    QCOMPARE(support.value(QLatin1String("name")).toString(), QStringLiteral("Support"));
    QCOMPARE(support.value(QLatin1String("kind")).toString(), QStringLiteral("technical"));
    QCOMPARE(queueIn(result, 2).value(QLatin1String("kind")).toString(), QStringLiteral("billing"));
    QCOMPARE(support.value(QLatin1String("archived")).toBool(true), false);
    QVERIFY(support.value(QLatin1String("members")).isArray());
    QCOMPARE(support.value(QLatin1String("member")).toBool(true), false);
    QCOMPARE(support.value(QLatin1String("assignMode")).toString(), QStringLiteral("off"));
}

void TestQueues::createRenameArchive()
{
    const QJsonObject created = resultOf(m_admin->call(QStringLiteral("queue.create"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("  Hosting  ") },
            { QStringLiteral("kind"), QStringLiteral("technical") } }));
    const qint64 id = idOf(created);
    QVERIFY(id > 3);
    QCOMPARE(created.value(QLatin1String("name")).toString(), QStringLiteral("Hosting"));
    QCOMPARE(created.value(QLatin1String("kind")).toString(), QStringLiteral("technical"));
    QVERIFY(created.value(QLatin1String("archivedAt")).isNull());

    const QJsonObject renamed = resultOf(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Web hosting") },
            { QStringLiteral("assignMode"), QStringLiteral("least_loaded") },
            { QStringLiteral("reassignAfterMinutes"), 30 } }));
    QCOMPARE(renamed.value(QLatin1String("name")).toString(), QStringLiteral("Web hosting"));
    QCOMPARE(renamed.value(QLatin1String("assignMode")).toString(), QStringLiteral("least_loaded"));
    QCOMPARE(renamed.value(QLatin1String("reassignAfterMinutes")).toInt(), 30);

    // Archived: kept for its tickets, refused for new ones, and back again.
    const qint64 ticket = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Before the archive") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), id } })));
    QVERIFY(ticket > 0);
    const QJsonObject archived = resultOf(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("archived"), true } }));
    QVERIFY(archived.value(QLatin1String("archived")).toBool());
    QVERIFY(archived.value(QLatin1String("archivedAt")).isString());
    QVERIFY(queueIn(list(*m_agent), id).value(QLatin1String("archived")).toBool());
    const QJsonObject refused = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("After the archive") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), id } });
    HD_EXPECT_ERROR(refused, 1022);
    QCOMPARE(errorData(refused).value(QLatin1String("fields")).toObject().value(QLatin1String("queueId")).toString(),
        QStringLiteral("the queue is archived"));
    // The ticket already there stays readable and changeable.
    const QJsonObject got = resultOf(m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)));
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), ticket },
            { QStringLiteral("version"), got.value(QLatin1String("ticket")).toObject().value(QLatin1String("version")) },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("priority"), QStringLiteral("high") } } } }));
    const QJsonObject back = resultOf(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("archived"), false } }));
    QVERIFY(!back.value(QLatin1String("archived")).toBool());
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("After the unarchive") },
            { QStringLiteral("body"), QStringLiteral("x") }, { QStringLiteral("queueId"), id } }));
    // The audit log has all three.
    const QJsonArray audit = resultOf(m_admin->call(QStringLiteral("audit.list"),
        QJsonObject { { QStringLiteral("objectType"), QStringLiteral("queue") },
            { QStringLiteral("objectId"), id } })).value(QLatin1String("items")).toArray();
    QCOMPARE(audit.size(), 4); // create, rename+mode, archive, unarchive
}

void TestQueues::badValues_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("name taken, other case") << "queue.create" << QByteArray(R"({"name":"billing"})") << 1022 << "name";
    QTest::newRow("blank name") << "queue.create" << QByteArray(R"({"name":"  "})") << 1022 << "name";
    QTest::newRow("long name") << "queue.create" << QByteArray(R"({"name":")" + QByteArray(101, 'q') + R"("})") << 1022 << "name";
    QTest::newRow("no name") << "queue.create" << QByteArray(R"({"kind":"billing"})") << -32602 << "name";
    QTest::newRow("bad kind") << "queue.create" << QByteArray(R"({"name":"K","kind":"sales"})") << 1022 << "kind";
    QTest::newRow("bad mode") << "queue.update" << QByteArray(R"({"id":1,"assignMode":"random"})") << 1022 << "assignMode";
    QTest::newRow("zero minutes") << "queue.update" << QByteArray(R"({"id":1,"reassignAfterMinutes":0})") << 1022 << "reassignAfterMinutes";
    QTest::newRow("rename onto another") << "queue.update" << QByteArray(R"({"id":1,"name":"Abuse"})") << 1022 << "name";
    QTest::newRow("unknown key") << "queue.update" << QByteArray(R"({"id":1,"colour":"red"})") << -32602 << "colour";
    QTest::newRow("customer as member") << "queue.setMembers" << QByteArray(R"({"id":1,"members":[{"userId":%alice%}]})") << 1022 << "members.0.userId";
    QTest::newRow("twice") << "queue.setMembers" << QByteArray(R"({"id":1,"members":[{"userId":%agent%},{"userId":%agent%,"lead":true}]})") << 1022 << "members.1.userId";
    QTest::newRow("missing user") << "queue.setMembers" << QByteArray(R"({"id":1,"members":[{"userId":987654}]})") << 1022 << "members.0.userId";
    QTest::newRow("member not object") << "queue.setMembers" << QByteArray(R"({"id":1,"members":[3]})") << -32602 << "members.0";
    QTest::newRow("members missing") << "queue.setMembers" << QByteArray(R"({"id":1})") << -32602 << "members";
}

void TestQueues::badValues()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, field);
    params.replace("%alice%", QByteArray::number(m_alice->userId()));
    params.replace("%agent%", QByteArray::number(m_agent->userId()));
    const QJsonObject response = m_admin->call(method, QJsonDocument::fromJson(params).object());
    HD_EXPECT_ERROR(response, code);
    QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
        describe(response).constData());
}

void TestQueues::membersAndLeads()
{
    const qint64 id = idOf(resultOf(m_admin->call(QStringLiteral("queue.create"),
        params(QStringLiteral("name"), QStringLiteral("Domains")))));
    // Not a lead of it yet: the lead may not touch it.
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("queue.update"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), QStringLiteral("billing") } }),
        1003);
    const QJsonObject staffed = resultOf(m_admin->call(QStringLiteral("queue.setMembers"),
        QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("members"), members({ { m_agent->userId(), false }, { m_lead->userId(), true } }) } }));
    QCOMPARE(staffed.value(QLatin1String("members")).toArray().size(), 2);
    const QJsonObject asAgent = queueIn(list(*m_agent), id);
    QVERIFY(asAgent.value(QLatin1String("member")).toBool());
    QVERIFY(!asAgent.value(QLatin1String("lead")).toBool());
    const QJsonObject asLead = queueIn(list(*m_lead), id);
    QVERIFY(asLead.value(QLatin1String("member")).toBool() && asLead.value(QLatin1String("lead")).toBool());
    QVERIFY(!queueIn(list(*m_admin), id).value(QLatin1String("member")).toBool());

    // Now the lead runs it: renames it, changes its members; an agent member still may not.
    HD_EXPECT_OK(m_lead->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Domains and DNS") } }));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("queue.update"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), QStringLiteral("Mine") } }),
        1003);
    HD_EXPECT_OK(m_lead->call(QStringLiteral("queue.setMembers"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("members"), members({ { m_lead->userId(), true } }) } }));
    QVERIFY(!queueIn(list(*m_agent), id).value(QLatin1String("member")).toBool());
    // A lead who drops their own lead flag hands the queue back to the admins.
    HD_EXPECT_OK(m_lead->call(QStringLiteral("queue.setMembers"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("members"), members({ { m_lead->userId(), false } }) } }));
    HD_EXPECT_ERROR(m_lead->call(QStringLiteral("queue.update"),
                        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), QStringLiteral("billing") } }),
        1003);
}

void TestQueues::pushesReachStaffOnly()
{
    QVERIFY(m_agent->sync() && m_alice->sync());
    m_agent->clearNotifications();
    m_alice->clearNotifications();
    const qint64 id = idOf(resultOf(m_admin->call(QStringLiteral("queue.create"),
        params(QStringLiteral("name"), QStringLiteral("Pushed")))));
    const QJsonObject push = m_agent->waitForNotification(kQueueChanged);
    QCOMPARE(idOf(push.value(QLatin1String("queue"))), id);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("archived"), true } }));
    const QJsonObject archived = m_agent->waitForNotification(kQueueChanged);
    QVERIFY(archived.value(QLatin1String("queue")).toObject().value(QLatin1String("archived")).toBool());
    // Nothing changed: no push.
    HD_EXPECT_OK(m_admin->call(QStringLiteral("queue.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("archived"), true } }));
    QVERIFY(m_agent->sync() && m_alice->sync());
    for (const QJsonObject& n : m_agent->notifications())
        QVERIFY(n.value(QLatin1String("method")) != kQueueChanged);
    for (const QJsonObject& n : m_alice->notifications())
        QVERIFY(n.value(QLatin1String("method")) != kQueueChanged);
}

// PostgreSQL: a second server on the same database tells its own staff sessions.
void TestQueues::pushesCrossServers()
{
    if (!m_server.isPostgres())
        QSKIP("several servers share PostgreSQL only");
    TestServer second;
    QVERIFY2(second.startSharing(m_server), qPrintable(second.errorString()));
    auto there = TestClient::loggedIn(second.port(), QStringLiteral("agent2"));
    QVERIFY(there);
    const qint64 id = idOf(resultOf(m_admin->call(QStringLiteral("queue.create"),
        params(QStringLiteral("name"), QStringLiteral("Across")))));
    QVERIFY(id > 0);
    const QJsonObject push = there->waitForNotification(kQueueChanged);
    QCOMPARE(idOf(push.value(QLatin1String("queue"))), id);
    QCOMPARE(push.value(QLatin1String("queue")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Across"));
}

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_queues.moc"
