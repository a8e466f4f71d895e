// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly summary mailed to leads (issue 15; docs/admin.md, "Weekly summary"), through the
// real server and a real SMTP server (python3-aiosmtpd). The server's clock is a file the test
// writes (HELPDESK_TEST_CLOCK_FILE); the server runs in UTC. The week of Mon 2026-01-05 to
// Sun 2026-01-11, no SLA policy (business time is all time):
//   T1 Mon 01-05 09:00 created (Support, agent); answered 10:00 (1 h); resolved 12:00 (3 h); good.
//   T2 Tue 01-06 09:00 created (Support, agent2); answered 11:00 (2 h); resolved Wed 01-07
//      09:00 (24 h); bad.
//   T3 Fri 01-09 10:00 a ticket in Billing (agent), still new.
//   T4 Mon 01-12 07:30 created (Support): after the week, in the backlog only.
// The summary is due on Mondays at 07:00; the server starts on Mon 01-12 at 08:00 (it was down
// at 07:00) and sends it then: to the lead (English) and the admin (German, whole desk), to
// agent2 who leads Billing (Billing only), never to the plain agent; once, also after a restart.
#include "mail/mailparser.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr qint64 kSupport = 1;
constexpr qint64 kBilling = 2;
} // namespace

class TestWeeklySummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leadGetsTheWholeDesk();
    void adminGetsItInOwnLanguage();
    void queueLeadGetsOwnQueue();
    void sentOnceAcrossRestarts();
    void configIsChecked();

private:
    void at(const char* utc);
    qint64 userId(const char* login);
    qint64 create(const char* subject, qint64 queue, const char* assignee);
    void resolve(TestClient& as, qint64 ticket);
    QString mailTo(const QString& address) const;
    QString recipients() const;
    bool startWithMail();

    QTemporaryDir m_dir;
    QString m_clock;
    QString m_mailConfig;
    quint16 m_smtpPort = 0;
    std::unique_ptr<SmtpSink> m_sink;
    TestServer m_server;
    std::unique_ptr<TestClient> m_agent, m_agent2, m_alice;
};

void TestWeeklySummary::at(const char* utc)
{
    QVERIFY(TestServer::setClock(m_clock, utc));
}

qint64 TestWeeklySummary::userId(const char* login)
{
    return m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = ?"),
        { QString::fromLatin1(login) }).toLongLong();
}

qint64 TestWeeklySummary::create(const char* subject, qint64 queue, const char* assignee)
{
    QJsonObject params { { QStringLiteral("subject"), QString::fromLatin1(subject) },
        { QStringLiteral("body"), QStringLiteral("The site is down.") },
        { QStringLiteral("queueId"), queue }, { QStringLiteral("customerId"), kAcme },
        { QStringLiteral("requesterId"), userId("alice") } };
    if (assignee)
        params.insert(QStringLiteral("assigneeId"), userId(assignee));
    return idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"), params)));
}

void TestWeeklySummary::resolve(TestClient& as, qint64 ticket)
{
    const qint64 version = resultOf(as.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
                               .value(QLatin1String("ticket")).toObject().value(QLatin1String("version")).toInteger();
    HD_EXPECT_OK(as.call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), ticket }, { QStringLiteral("version"), version },
            { QStringLiteral("changes"), QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } } } }));
}

// The text of the one mail delivered to `address`; "" when there is none (or several).
QString TestWeeklySummary::mailTo(const QString& address) const
{
    QString text;
    int found = 0;
    for (const DeliveredMail& mail : m_sink->mails()) {
        if (!mail.recipients.contains(address))
            continue;
        ++found;
        const auto parsed = helpdesk::server::mail::parseMail(mail.raw);
        text = parsed.subject + QLatin1Char('\n') + parsed.text;
    }
    return found == 1 ? text : QString();
}

bool TestWeeklySummary::startWithMail()
{
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), m_mailConfig };
    if (m_server.isRunning())
        m_server.terminate();
    return m_server.restart(options);
}

void TestWeeklySummary::initTestCase()
{
    qputenv("TZ", "UTC"); // "07:00" is the server's local time
    m_clock = m_dir.filePath(QStringLiteral("clock"));
    at("2026-01-05T08:00:00Z");
    qputenv("HELPDESK_TEST_CLOCK_FILE", m_clock.toUtf8());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(admin && m_agent && m_agent2 && m_alice);
    HD_EXPECT_OK(admin->call(QStringLiteral("queue.setMembers"),
        QJsonObject { { QStringLiteral("id"), kBilling },
            { QStringLiteral("members"),
                QJsonArray { QJsonObject { { QStringLiteral("userId"), userId("agent2") }, { QStringLiteral("lead"), true } },
                    QJsonObject { { QStringLiteral("userId"), userId("agent") } } } } }));
    for (const char* login : { "admin", "lead", "agent", "agent2" }) {
        HD_EXPECT_OK(admin->call(QStringLiteral("user.update"),
            QJsonObject { { QStringLiteral("id"), userId(login) },
                { QStringLiteral("email"), QStringLiteral("%1@support.example").arg(QLatin1String(login)) } }));
    }
    HD_EXPECT_OK(admin->call(QStringLiteral("user.update"),
        QJsonObject { { QStringLiteral("id"), userId("admin") }, { QStringLiteral("locale"), QStringLiteral("de_DE") } }));

    at("2026-01-05T09:00:00Z");
    const qint64 t1 = create("T1", kSupport, "agent");
    at("2026-01-05T10:00:00Z");
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), t1 }, { QStringLiteral("body"), QStringLiteral("Restarted it.") } }));
    at("2026-01-05T12:00:00Z");
    resolve(*m_agent, t1);
    HD_EXPECT_OK(m_alice->call(QStringLiteral("csat.rate"),
        QJsonObject { { QStringLiteral("ticketId"), t1 }, { QStringLiteral("rating"), QStringLiteral("good") } }));
    at("2026-01-06T09:00:00Z");
    const qint64 t2 = create("T2", kSupport, "agent2");
    at("2026-01-06T11:00:00Z");
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), t2 }, { QStringLiteral("body"), QStringLiteral("Looking.") } }));
    at("2026-01-07T09:00:00Z");
    resolve(*m_agent2, t2);
    HD_EXPECT_OK(m_alice->call(QStringLiteral("csat.rate"),
        QJsonObject { { QStringLiteral("ticketId"), t2 }, { QStringLiteral("rating"), QStringLiteral("bad") } }));
    at("2026-01-09T10:00:00Z");
    create("T3", kBilling, "agent");
    at("2026-01-12T07:30:00Z");
    create("T4", kSupport, nullptr);

    // Monday 08:00: the 07:00 summary is overdue; the server starts with mail and sends it.
    at("2026-01-12T08:00:00Z");
    m_smtpPort = TestServer::freePort();
    m_sink = std::make_unique<SmtpSink>(m_dir.filePath(QStringLiteral("sink")));
    QVERIFY(m_sink->start(m_smtpPort));
    m_mailConfig = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("support.example") },
            { QStringLiteral("weeklySummary"), QJsonObject { { QStringLiteral("day"), QStringLiteral("monday") },
                                                   { QStringLiteral("at"), QStringLiteral("07:00") } } },
            { QStringLiteral("smtp"),
                QJsonObject { { QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort) },
                    { QStringLiteral("requireTls"), false }, { QStringLiteral("from"), QStringLiteral("helpdesk@support.example") },
                    { QStringLiteral("pollSeconds"), 0.2 } } } });
    m_agent.reset();
    m_agent2.reset();
    m_alice.reset();
    QVERIFY2(startWithMail(), qPrintable(m_server.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink->mails().size() == 3, qPrintable(recipients()), 20'000);
}

// Who got mail, for failure messages.
QString TestWeeklySummary::recipients() const
{
    QStringList all;
    for (const DeliveredMail& mail : m_sink->mails())
        all << mail.recipients;
    return all.join(QLatin1String(", ")) + QLatin1Char('\n') + QString::fromUtf8(m_server.log().right(3000));
}

void TestWeeklySummary::leadGetsTheWholeDesk()
{
    const QString text = mailTo(QStringLiteral("lead@support.example"));
    QVERIFY2(!text.isEmpty(), "one summary for the lead");
    for (const char* line : { "Weekly support summary 2026-01-05 – 2026-01-11",
             "here are the support figures for 2026-01-05 – 2026-01-11", "All queues",
             "Tickets created: 3", "Resolutions: 2",
             // first responses 1 h and 2 h, resolutions 3 h and 24 h
             "First response: median 1 h 0 min, 90 % within 2 h 0 min (2 tickets)",
             "Resolution time: median 3 h 0 min, 90 % within 1 d 0 h (2 resolutions)",
             "Re-opened: 0 (0.0 % of resolutions)",
             "Customer satisfaction: 50.0 % good (1 good, 1 bad)",
             // now: T3 and T4 new
             "Waiting now: 2 new, 0 open, 0 pending; 0 older than a week",
             "Billing: 1 created, 0 resolved", "Support: 2 created, 2 resolved",
             "Aggie Agent: 1 resolved, first response median 1 h 0 min, satisfaction 100.0 %, 1 assigned now",
             "Andy Agent: 1 resolved, first response median 2 h 0 min, satisfaction 0.0 %, 0 assigned now" })
        QVERIFY2(text.contains(QString::fromUtf8(line)), qPrintable(QStringLiteral("%1\n--- in ---\n%2").arg(QString::fromUtf8(line), text)));
    QVERIFY(text.indexOf(QStringLiteral("Billing: ")) < text.indexOf(QStringLiteral("Support: ")));
    const DeliveredMail first = m_sink->mails().first(); // a copy: mails() returns a new list
    QCOMPARE(first.header(QStringLiteral("Auto-Submitted")), QStringLiteral("auto-generated"));
    QVERIFY(first.header(QStringLiteral("Message-ID")).startsWith(QStringLiteral("<weekly-2026-01-12-")));
}

void TestWeeklySummary::adminGetsItInOwnLanguage()
{
    const QString text = mailTo(QStringLiteral("admin@support.example"));
    QVERIFY2(text.contains(QStringLiteral("Wöchentliche Support-Übersicht 2026-01-05 – 2026-01-11")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kundenzufriedenheit: 50,0 % gut (1 gut, 1 schlecht)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Erste Antwort: Median 1 Std. 0 Min., 90 % innerhalb von 2 Std. 0 Min. (2 Tickets)")), qPrintable(text));
}

void TestWeeklySummary::queueLeadGetsOwnQueue()
{
    const QString text = mailTo(QStringLiteral("agent2@support.example"));
    QVERIFY2(text.contains(QStringLiteral("Queue Billing")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tickets created: 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Resolutions: 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Waiting now: 1 new")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("All queues")) && !text.contains(QStringLiteral("Support")), qPrintable(text));
    QVERIFY2(mailTo(QStringLiteral("agent@support.example")).isEmpty(), "a plain agent gets none");
}

void TestWeeklySummary::sentOnceAcrossRestarts()
{
    QVERIFY2(startWithMail(), qPrintable(m_server.errorString()));
    at("2026-01-12T09:00:00Z");
    QVERIFY2(startWithMail(), qPrintable(m_server.errorString()));
    QTest::qWait(1500); // a second copy would have been queued at start and sent within 0.2 s
    QCOMPARE(m_sink->mails().size(), 3);
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'weeklySummary'")).toInt(), 3);
    // A week later the next one goes out.
    at("2026-01-19T07:00:01Z");
    QVERIFY2(startWithMail(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->mails().size(), 6, 20'000);
    QVERIFY(helpdesk::server::mail::parseMail(m_sink->mails().last().raw)
                .subject.contains(QStringLiteral("2026-01-12 – 2026-01-18")));
}

void TestWeeklySummary::configIsChecked()
{
    const QString bad = writeMailConfig(m_dir.path(), QStringLiteral("bad.json"),
        QJsonObject { { QStringLiteral("weeklySummary"), QJsonObject { { QStringLiteral("day"), QStringLiteral("someday") } } } });
    TestServer server;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), bad };
    QVERIFY(!server.start(options));
    QVERIFY2(server.errorString().contains(QStringLiteral("weeklySummary")), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestWeeklySummary)
#include "tst_weeklysummary.moc"
