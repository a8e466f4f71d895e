// SPDX-License-Identifier: GPL-3.0-or-later
// SLA escalation (docs/protocol.md: sla.alert, rota.*): the sweep of `serve` alerts at the
// policy's warning share and at the breach, once per ticket, target and level, to the
// assignee, the queue's leads and whoever is on call, never to customers or other staff, and
// records each alert in the ticket's history. A new urgent ticket alerts the queue's members
// at once. On PostgreSQL two servers sweep the same database and the recipients are spread
// over both: each alert still arrives exactly once.
#include "storage/databaseconfig.h"
#include "storage/db.h"
#include "testclient.h"
#include "testserver.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::DatabaseConfig;
using helpdesk::server::Db;
using helpdesk::server::Query;

namespace {
constexpr qint64 kAbuse = 3;
const QStringList kLogins { QStringLiteral("admin"), QStringLiteral("lead"),
    QStringLiteral("agent"), QStringLiteral("agent2"), QStringLiteral("alice") };

QList<QJsonObject> alertsOf(const TestClient& client, qint64 ticket, const QString& level)
{
    QList<QJsonObject> found;
    for (const QJsonObject& n : client.notifications()) {
        const QJsonObject p = n.value(QLatin1String("params")).toObject();
        if (n.value(QLatin1String("method")) == QLatin1String("sla.alert")
            && p.value(QLatin1String("ticketId")).toInteger() == ticket
            && p.value(QLatin1String("level")) == level)
            found << p;
    }
    return found;
}
} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alertsOnceToTheRightPeople();

private:
    void addQueueMember(const QString& login, bool lead);
    TestClient& as(const QString& login) { return *m_clients.value(login); }

    TestServer m_a;
    TestServer m_b; // PostgreSQL only: a second server sweeping the same database
    QHash<QString, qint64> m_ids;
    QHash<QString, std::shared_ptr<TestClient>> m_clients;
};

void TestEscalation::addQueueMember(const QString& login, bool lead)
{
    QString error;
    const auto config = m_a.isPostgres()
        ? *DatabaseConfig::fromUrl(m_a.databaseUrl(), &error)
        : DatabaseConfig(m_a.dataDir() + QStringLiteral("/helpdesk.sqlite"));
    // No method manages queue members on this branch (the queues work does): the test writes
    // the schema-12 rows the server reads.
    Db db(config, QStringLiteral("escalation-test"));
    Query q(db, QStringLiteral("INSERT INTO queue_members (queue_id, user_id, is_lead) VALUES (?, ?, ?)"));
    q.bind(kAbuse).bind(m_ids.value(login)).bind(lead ? 1 : 0).exec();
}

void TestEscalation::initTestCase()
{
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--sla-sweep-interval-ms"), QStringLiteral("300") };
    QVERIFY2(m_a.start(options), qPrintable(m_a.errorString()));
    if (m_a.isPostgres())
        QVERIFY2(m_b.startSharing(m_a, options), qPrintable(m_b.errorString()));
    for (const QString& login : kLogins) {
        // On PostgreSQL the lead and agent2 listen on the second server.
        const bool second = m_a.isPostgres()
            && (login == QLatin1String("lead") || login == QLatin1String("agent2"));
        auto client = TestClient::loggedIn(second ? m_b.port() : m_a.port(), login);
        QVERIFY(client);
        m_ids.insert(login, client->userId());
        m_clients.insert(login, std::shared_ptr<TestClient>(client.release()));
    }
    addQueueMember(QStringLiteral("lead"), true);
    addQueueMember(QStringLiteral("admin"), false);
    // A minute to the first response, warned at half of it.
    HD_EXPECT_OK(as(QStringLiteral("lead")).call(QStringLiteral("slaPolicy.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Abuse") }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("firstResponseMinutes"), 1 }, { QStringLiteral("warningPercent"), 50 } }));
    // agent2 is on call every day, the admin only on a day long gone.
    const QJsonArray everyDay = [] {
        QJsonArray days;
        for (int day = 1; day <= 7; ++day)
            days.append(QJsonObject { { QStringLiteral("day"), day },
                { QStringLiteral("start"), QStringLiteral("00:00") }, { QStringLiteral("end"), QStringLiteral("00:00") } });
        return days;
    }();
    HD_EXPECT_OK(as(QStringLiteral("lead")).call(QStringLiteral("rota.save"),
        QJsonObject { { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("shifts"),
                QJsonArray { QJsonObject { { QStringLiteral("userId"), m_ids.value(QStringLiteral("agent2")) },
                                 { QStringLiteral("timeZone"), QStringLiteral("Europe/Zagreb") },
                                 { QStringLiteral("hours"), everyDay } },
                    QJsonObject { { QStringLiteral("userId"), m_ids.value(QStringLiteral("admin")) },
                        { QStringLiteral("timeZone"), QStringLiteral("UTC") },
                        { QStringLiteral("dates"), QJsonArray { QStringLiteral("2001-01-01") } } } } } }));
    const QJsonObject rota = resultOf(as(QStringLiteral("agent")).call(QStringLiteral("rota.list"),
        params(QStringLiteral("queueId"), kAbuse)));
    QCOMPARE(rota.value(QLatin1String("shifts")).toArray().size(), 2);
    // Customers are never on call; a shift needs some time.
    HD_EXPECT_ERROR(as(QStringLiteral("lead")).call(QStringLiteral("rota.save"),
                        QJsonObject { { QStringLiteral("queueId"), kAbuse },
                            { QStringLiteral("shifts"), QJsonArray { QJsonObject { { QStringLiteral("userId"), m_ids.value(QStringLiteral("alice")) },
                                { QStringLiteral("timeZone"), QStringLiteral("UTC") }, { QStringLiteral("hours"), everyDay } } } } }),
        1022);
    HD_EXPECT_ERROR(as(QStringLiteral("lead")).call(QStringLiteral("rota.save"),
                        QJsonObject { { QStringLiteral("queueId"), kAbuse },
                            { QStringLiteral("shifts"), QJsonArray { QJsonObject { { QStringLiteral("userId"), m_ids.value(QStringLiteral("agent")) },
                                { QStringLiteral("timeZone"), QStringLiteral("UTC") } } } } }),
        1022);
    HD_EXPECT_ERROR(as(QStringLiteral("lead")).call(QStringLiteral("rota.list"), params(QStringLiteral("queueId"), 999)), 1004);
}

void TestEscalation::alertsOnceToTheRightPeople()
{
    TestClient& agent = as(QStringLiteral("agent"));
    const qint64 ticket = idOf(resultOf(agent.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Spam from our network") },
            { QStringLiteral("body"), QStringLiteral("Blacklisted since noon.") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("assigneeId"), m_ids.value(QStringLiteral("agent")) } })));
    const qint64 urgent = idOf(resultOf(agent.call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("DDoS on the mail server") },
            { QStringLiteral("body"), QStringLiteral("Everything times out.") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("priority"), QStringLiteral("urgent") } })));
    QVERIFY(ticket > 0 && urgent > 0);

    // Warning after 30 s, breach after 60 s: wait for the breach at everyone who gets it.
    const QStringList recipients { QStringLiteral("agent"), QStringLiteral("lead"), QStringLiteral("agent2") };
    QElapsedTimer waited;
    waited.start();
    auto breached = [&] {
        for (const QString& login : recipients) {
            if (alertsOf(as(login), ticket, QStringLiteral("breach")).isEmpty())
                return false;
        }
        return true;
    };
    while (!breached() && waited.elapsed() < 120'000) {
        for (const QString& login : kLogins)
            as(login).pump(200);
    }
    if (!breached()) {
        for (const QString& login : kLogins)
            for (const QJsonObject& n : as(login).notifications())
                qWarning() << login << n;
    }
    QVERIFY2(breached(), "no breach alert");
    // A few more sweeps on both servers: nothing may come twice.
    QTest::qWait(1500);
    for (const QString& login : kLogins)
        QVERIFY(as(login).sync());

    for (const QString& login : kLogins) {
        const bool gets = recipients.contains(login);
        QCOMPARE(alertsOf(as(login), ticket, QStringLiteral("warning")).size(), gets ? 1 : 0);
        QCOMPARE(alertsOf(as(login), ticket, QStringLiteral("breach")).size(), gets ? 1 : 0);
        // The urgent ticket: the queue's members (lead, admin) and the one on call.
        const bool member = login == QLatin1String("lead") || login == QLatin1String("admin")
            || login == QLatin1String("agent2");
        QCOMPARE(alertsOf(as(login), urgent, QStringLiteral("urgent")).size(), member ? 1 : 0);
    }
    const QJsonObject warning = alertsOf(as(QStringLiteral("lead")), ticket, QStringLiteral("warning")).first();
    QCOMPARE(warning.value(QLatin1String("target")).toString(), QStringLiteral("firstResponse"));
    QCOMPARE(warning.value(QLatin1String("subject")).toString(), QStringLiteral("Spam from our network"));

    // The history has each alert once; the customer sees none of it.
    auto alertEvents = [&](TestClient& client, qint64 id) {
        int count = 0;
        const QJsonObject got = resultOf(client.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
        for (const QJsonValue& event : got.value(QLatin1String("events")).toArray())
            count += event.toObject().value(QLatin1String("field")) == QLatin1String("slaAlert");
        return count;
    };
    QCOMPARE(alertEvents(agent, ticket), 2);
    QCOMPARE(alertEvents(agent, urgent), 3); // urgent, then its own first-response warning and breach
    QCOMPARE(alertEvents(as(QStringLiteral("alice")), ticket), 0);
}

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
