// SPDX-License-Identifier: GPL-3.0-or-later
// Escalation by e-mail (docs/admin.md "Escalation and the on-call rota"): the SLA sweep's
// warning and breach, and a new urgent ticket's alert, reach their staff recipients through
// the mail outbox — a real SMTP server on loopback (aiosmtpd, smtpsink.py) — in each
// recipient's language, never to someone who turned notification mail off
// (user.setNotifications), never to customers, and exactly once per alert and person: on
// PostgreSQL two servers sweep the same database.
#include "mail/mailparser.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::mail::parseMail;

namespace {

constexpr qint64 kAbuse = 3;

QJsonObject mailSettings(quint16 smtpPort)
{
    return QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
        { QStringLiteral("fromName"), QStringLiteral("Example Support") },
        { QStringLiteral("smtp"),
            QJsonObject { { QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort) },
                { QStringLiteral("requireTls"), false },
                { QStringLiteral("from"), QStringLiteral("noreply@example.com") },
                { QStringLiteral("pollSeconds"), 0.2 }, { QStringLiteral("retrySeconds"), 1 },
                { QStringLiteral("maxRetrySeconds"), 2 }, { QStringLiteral("timeoutSeconds"), 5 },
                { QStringLiteral("leaseSeconds"), 30 } } } };
}

// A delivered mail: to whom, its decoded subject and text.
struct Received
{
    QString to;
    QString subject;
    QString text;
};

} // namespace

class TestEscalationMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alertsByMailOnce();

private:
    QVector<Received> received() const;
    // The mails about `ticket` whose subject starts with `prefix`, per recipient address.
    QHash<QString, int> count(qint64 ticket, const QString& prefix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpSink> m_sink;
    TestServer m_a;
    TestServer m_b; // PostgreSQL only: a second server sweeping the same database
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_agent2; // on the second server on PostgreSQL
    QHash<QString, qint64> m_ids;
};

void TestEscalationMail::initTestCase()
{
    const quint16 smtpPort = TestServer::freePort();
    m_sink = std::make_unique<SmtpSink>(m_dir.filePath(QStringLiteral("sink")));
    QVERIFY(m_sink->start(smtpPort));
    const QString config = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"), mailSettings(smtpPort));
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), config,
        QStringLiteral("--sla-sweep-interval-ms"), QStringLiteral("300") };
    QVERIFY2(m_a.start(options), qPrintable(m_a.errorString()));
    if (m_a.isPostgres())
        QVERIFY2(m_b.startSharing(m_a, options), qPrintable(m_b.errorString()));
    // The lead reads German, the admin French; alice (a customer) has an address too.
    const QList<QStringList> users { { QStringLiteral("lead"), QStringLiteral("de_DE") },
        { QStringLiteral("admin"), QStringLiteral("fr_FR") }, { QStringLiteral("agent"), QStringLiteral("en_GB") },
        { QStringLiteral("agent2"), QStringLiteral("en_GB") }, { QStringLiteral("alice"), QStringLiteral("en_GB") } };
    for (const QStringList& user : users) {
        m_a.queryScalar(QStringLiteral("UPDATE users SET email = ?, locale = ? WHERE login = ?"),
            { user.at(0) + QStringLiteral("@example.com"), user.at(1), user.at(0) });
        m_ids.insert(user.at(0),
            m_a.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), { user.at(0) })
                .toLongLong());
    }
    m_lead = TestClient::loggedIn(m_a.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_a.port(), QStringLiteral("agent"));
    m_agent2 = TestClient::loggedIn(m_a.isPostgres() ? m_b.port() : m_a.port(), QStringLiteral("agent2"));
    QVERIFY(m_lead && m_agent && m_agent2);
    // agent2 wants no notification mail.
    HD_EXPECT_OK(m_agent2->call(QStringLiteral("user.setNotifications"),
        QJsonObject { { QStringLiteral("mail"), false } }));
    auto admin = TestClient::loggedIn(m_a.port(), QStringLiteral("admin"));
    QVERIFY(admin);
    auto member = [&](const QString& login, bool lead) {
        return QJsonObject { { QStringLiteral("userId"), m_ids.value(login) }, { QStringLiteral("lead"), lead } };
    };
    HD_EXPECT_OK(admin->call(QStringLiteral("queue.setMembers"),
        QJsonObject { { QStringLiteral("id"), kAbuse },
            { QStringLiteral("members"),
                QJsonArray { member(QStringLiteral("lead"), true), member(QStringLiteral("admin"), false),
                    member(QStringLiteral("agent"), false), member(QStringLiteral("agent2"), false) } } }));
    // A minute to the first response, warned at half of it.
    HD_EXPECT_OK(m_lead->call(QStringLiteral("slaPolicy.save"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Abuse") }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("firstResponseMinutes"), 1 }, { QStringLiteral("warningPercent"), 50 } }));
}

QVector<Received> TestEscalationMail::received() const
{
    QVector<Received> mails;
    for (const DeliveredMail& mail : m_sink->mails()) {
        const auto parsed = parseMail(mail.raw);
        mails.append({ mail.recipients.value(0), parsed.subject, parsed.text });
    }
    return mails;
}

QHash<QString, int> TestEscalationMail::count(qint64 ticket, const QString& prefix) const
{
    QHash<QString, int> counts;
    const QString tag = QStringLiteral("[#%1]").arg(ticket);
    for (const Received& mail : received()) {
        if (mail.subject.startsWith(prefix) && mail.subject.endsWith(tag))
            ++counts[mail.to];
    }
    return counts;
}

void TestEscalationMail::alertsByMailOnce()
{
    const qint64 ticket = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Spam from our network") },
            { QStringLiteral("body"), QStringLiteral("Blacklisted since noon.") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("assigneeId"), m_ids.value(QStringLiteral("agent")) } })));
    const qint64 urgent = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("DDoS on the mail server") },
            { QStringLiteral("body"), QStringLiteral("Everything times out.") },
            { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), kAbuse },
            { QStringLiteral("assigneeId"), m_ids.value(QStringLiteral("agent")) },
            { QStringLiteral("priority"), QStringLiteral("urgent") } })));
    QVERIFY(ticket > 0 && urgent > 0);

    // Warning after 30 s, breach after 60 s: to the assignee (English) and the lead (German).
    const QString agentAddress = QStringLiteral("agent@example.com");
    const QString leadAddress = QStringLiteral("lead@example.com");
    QElapsedTimer waited;
    waited.start();
    auto breached = [&] {
        for (const qint64 id : { ticket, urgent }) {
            if (!count(id, QStringLiteral("SLA breached:")).contains(agentAddress)
                || !count(id, QStringLiteral("SLA verletzt:")).contains(leadAddress))
                return false;
        }
        return true;
    };
    while (!breached() && waited.elapsed() < 120'000)
        QTest::qWait(200);
    if (!breached()) {
        for (const Received& mail : received())
            qWarning() << mail.to << mail.subject;
        qWarning() << "outbox" << m_a.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox")).toLongLong()
                   << "alerts" << m_a.queryScalar(QStringLiteral("SELECT COUNT(*) FROM sla_alerts")).toLongLong();
    }
    QVERIFY2(breached(), "no breach mail");
    QTest::qWait(2000); // a few more sweeps (on both servers): nothing may come twice

    const QHash<QString, int> once { { agentAddress, 1 } };
    const QHash<QString, int> onceToLead { { leadAddress, 1 } };
    QCOMPARE(count(ticket, QStringLiteral("SLA warning:")), once);
    QCOMPARE(count(ticket, QStringLiteral("SLA breached:")), once);
    QCOMPARE(count(ticket, QStringLiteral("SLA-Warnung:")), onceToLead);
    QCOMPARE(count(ticket, QStringLiteral("SLA verletzt:")), onceToLead);
    // The urgent ticket: every member who wants mail, each in their language, once; agent2
    // (mail off) and the admin (not a lead, not assigned) get no warning or breach mail.
    QCOMPARE(count(urgent, QStringLiteral("New urgent ticket:")), once);
    QCOMPARE(count(urgent, QStringLiteral("Neues dringendes Ticket:")), onceToLead);
    QCOMPARE(count(urgent, QStringLiteral("Nouveau ticket urgent :")),
        (QHash<QString, int> { { QStringLiteral("admin@example.com"), 1 } }));
    for (const Received& mail : received()) {
        QVERIFY2(mail.to != QLatin1String("agent2@example.com"), qPrintable(mail.subject));
        QVERIFY2(mail.to != QLatin1String("alice@example.com"), qPrintable(mail.subject));
        if (mail.to == QLatin1String("admin@example.com"))
            QVERIFY2(!mail.subject.startsWith(QLatin1String("Alerte SLA")), qPrintable(mail.subject));
    }
    // The texts: the target, its due time, the assignee.
    for (const Received& mail : received()) {
        if (mail.to == agentAddress && mail.subject.startsWith(QLatin1String("SLA breached:"))
            && mail.subject.endsWith(QStringLiteral("[#%1]").arg(ticket))) {
            QVERIFY2(mail.text.contains(QStringLiteral("missed its first response target, due 20")), qPrintable(mail.text));
            const QString name = m_agent->user().value(QLatin1String("name")).toString();
            QVERIFY2(mail.text.contains(QStringLiteral("Assigned to: ") + name), qPrintable(mail.text));
        }
    }
    // One outbox row per alert and recipient who wants mail: the warning and breach of each
    // ticket to agent and lead, the urgent alert to agent, lead and admin.
    const qint64 rows = m_a.queryScalar(
        QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE ticket_id IN (?, ?) AND kind LIKE 'sla%'"),
        { ticket, urgent }).toLongLong();
    QCOMPARE(rows, qint64(2 * 2 + 2 * 2 + 3));
}

QTEST_GUILESS_MAIN(TestEscalationMail)
#include "tst_escalationmail.moc"
