// SPDX-License-Identifier: GPL-3.0-or-later
// Mail that answers mail (docs/admin.md "E-mail"): a reply threads into its ticket by the
// ticket tag in the subject or by In-Reply-To/References to a Message-ID of ours, each only
// with the ticket's secret; forged references and strangers open new tickets. Loop protection
// (Auto-Submitted, Precedence, our own Message-IDs, the rate per sender), redelivery filed
// once, and what each queue does with unknown senders.
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

namespace {

// UTF-8 literals for the data rows (the project builds with QT_NO_CAST_FROM_ASCII).
QString operator""_u(const char* text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

const QString kDomain = QStringLiteral("helpdesk.example.com");

QJsonObject queueConfig(const QString& policy)
{
    return QJsonObject { { QStringLiteral("address"), QStringLiteral("support@example.com") },
        { QStringLiteral("unknownSenders"), policy } };
}

} // namespace

class TestMailThreads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tagThreadsTheReply();
    void referenceThreadsTheReply();
    void forgedReferencesOpenNewTickets_data();
    void forgedReferencesOpenNewTickets();
    void strangerWithTheTagOpensANewTicket();
    void contactOutsideItsRoleOpensANewTicket();
    void replyReopensAResolvedTicket();
    void loopsAreNotFiled_data();
    void loopsAreNotFiled();
    void redeliveryIsFiledOnce();
    void ratePerSenderIsLimited();
    void knownContactIsTheAuthor();
    void unknownSenders_data();
    void unknownSenders();
    void disabledSenderIsRefused();
    void mailDomainThroughTheProtocol();

private:
    // A new ticket from alice by mail; its id and secret.
    qint64 openByMail(const QString& messageId, QString* secret);
    qint64 messageCount(qint64 ticket);
    QString config(const QString& name, const QJsonObject& queues, int perHour = 30);

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_config;
    qint64 m_alice = 0;
};

void TestMailThreads::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_config = config(QStringLiteral("mail.json"),
        QJsonObject {
            { QStringLiteral("Support"), queueConfig(QStringLiteral("domain-or-new")) } });
    m_alice = m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = 'alice'"))
                  .toLongLong();
    QVERIFY(m_alice > 0);
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'Alice@Acme.example' WHERE id = ?"), { m_alice });
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'bob@globex.example' WHERE login = 'bob'"));
}

QString TestMailThreads::config(const QString& name, const QJsonObject& queues, int perHour)
{
    return writeMailConfig(m_dir.path(), name,
        QJsonObject { { QStringLiteral("domain"), kDomain }, { QStringLiteral("queues"), queues },
            { QStringLiteral("sendersPerHour"), perHour } });
}

qint64 TestMailThreads::openByMail(const QString& messageId, QString* secret)
{
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("Alice <alice@acme.example>"), QStringLiteral("Printer on fire"),
            messageId, QStringLiteral("It smokes.")),
        m_config);
    if (run.exitCode != 0 || !run.newTicket)
        return 0;
    *secret = m_server
                  .queryScalar(QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"),
                      { run.ticketId })
                  .toString();
    return secret->isEmpty() ? 0 : run.ticketId;
}

qint64 TestMailThreads::messageCount(qint64 ticket)
{
    return m_server
        .queryScalar(
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE ticket_id = ?"), { ticket })
        .toLongLong();
}

void TestMailThreads::tagThreadsTheReply()
{
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("tag-open@acme.example"), &secret);
    QVERIFY(ticket > 0);
    QCOMPARE(m_server
                 .queryScalar(
                     QStringLiteral("SELECT requester_id FROM tickets WHERE id = ?"), { ticket })
                 .toLongLong(),
        m_alice);
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("alice@acme.example"),
            QStringLiteral("Re: Printer on fire [#%1-%2]").arg(ticket).arg(secret),
            QStringLiteral("tag-reply@acme.example"), QStringLiteral("Still smoking.")),
        m_config);
    QVERIFY2(run.exitCode == 0 && !run.newTicket, qPrintable(run.log));
    QCOMPARE(run.ticketId, ticket);
    QCOMPARE(messageCount(ticket), 2);
}

void TestMailThreads::referenceThreadsTheReply()
{
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("ref-open@acme.example"), &secret);
    QVERIFY(ticket > 0);
    const QString ours = QStringLiteral("<ticket.%1.%2.k2j3@%3>").arg(ticket).arg(secret, kDomain);
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("alice@acme.example"), QStringLiteral("Re: your answer"),
            QStringLiteral("ref-reply@acme.example"), QStringLiteral("Thanks."),
            { QStringLiteral("In-Reply-To: <somewhere@else.example>"),
                QStringLiteral("References: %1 <somewhere@else.example>").arg(ours) }),
        m_config);
    QVERIFY2(run.exitCode == 0 && !run.newTicket, qPrintable(run.log));
    QCOMPARE(run.ticketId, ticket);
}

void TestMailThreads::forgedReferencesOpenNewTickets_data()
{
    QTest::addColumn<QString>("subjectTag"); // %1 ticket id
    QTest::addColumn<QString>("reference");
    QTest::newRow("tag without secret") << "[#%1]"_u
                                        << ""_u;
    QTest::newRow("tag with a wrong secret") << "[#%1-aaaaaaaaaa]"_u
                                             << ""_u;
    QTest::newRow("In-Reply-To with a wrong secret")
        << ""_u
        << "<ticket.%1.aaaaaaaaaa.x@"_u + kDomain + ">"_u;
    QTest::newRow("In-Reply-To without a secret") << ""_u
                                                  << "<ticket.%1@"_u + kDomain + ">"_u;
    QTest::newRow("our shape, another domain, right secret")
        << ""_u
        << "<ticket.%1.SECRET.x@evil.example>"_u;
}

void TestMailThreads::forgedReferencesOpenNewTickets()
{
    QFETCH(QString, subjectTag);
    QFETCH(QString, reference);
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("forge-open-%1@acme.example")
                                         .arg(QString::fromUtf8(QTest::currentDataTag()))
                                         .replace(QLatin1Char(' '), QLatin1Char('-')),
        &secret);
    QVERIFY(ticket > 0);
    QStringList headers;
    if (!reference.isEmpty())
        headers << QStringLiteral("In-Reply-To: ")
                + reference.arg(ticket).replace(QStringLiteral("SECRET"), secret);
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("alice@acme.example"),
            QStringLiteral("Re: Printer on fire ")
                + (subjectTag.isEmpty() ? QString() : subjectTag.arg(ticket)),
            QStringLiteral("forge-reply-%1@acme.example").arg(ticket), QStringLiteral("Forged."),
            headers),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    QVERIFY(run.ticketId != ticket);
    QCOMPARE(messageCount(ticket), 1);
}

// The right tag, but from a contact of another organisation (a forwarded mail answered):
// nothing is added to Acme's ticket.
void TestMailThreads::strangerWithTheTagOpensANewTicket()
{
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("stranger-open@acme.example"), &secret);
    QVERIFY(ticket > 0);
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("bob@globex.example"),
            QStringLiteral("Re: [#%1-%2]").arg(ticket).arg(secret),
            QStringLiteral("stranger-reply@globex.example"), QStringLiteral("Me too.")),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    QCOMPARE(messageCount(ticket), 1);
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"),
                     { run.ticketId })
                 .toLongLong(),
        kGlobex);
}

// A billing contact of the same organisation may not see a support ticket another contact
// opened (contact roles, issue 11): with the tag from a forwarded mail, its mail is a ticket of
// its own, not a message in that one.
void TestMailThreads::contactOutsideItsRoleOpensANewTicket()
{
    QVERIFY2(m_server.addUser(QStringLiteral("bill"), QStringLiteral("Bill Acme"), QStringLiteral("customer"),
                 kPassword, kAcme, QStringLiteral("billing")),
        qPrintable(m_server.errorString()));
    m_server.queryScalar(QStringLiteral("UPDATE users SET email = 'bill@acme.example' WHERE login = 'bill'"));
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("role-open@acme.example"), &secret);
    QVERIFY(ticket > 0);
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("bill@acme.example"), QStringLiteral("Re: [#%1-%2]").arg(ticket).arg(secret),
            QStringLiteral("role-reply@acme.example"), QStringLiteral("Forwarded to me: is it paid?")),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket && run.ticketId != ticket, qPrintable(run.log));
    QCOMPARE(messageCount(ticket), 1);
}

void TestMailThreads::replyReopensAResolvedTicket()
{
    QString secret;
    const qint64 ticket = openByMail(QStringLiteral("reopen-open@acme.example"), &secret);
    QVERIFY(ticket > 0);
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject current
        = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
              .value(QStringLiteral("ticket"))
              .toObject();
    resultOf(agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), ticket },
            { QStringLiteral("version"), current.value(QStringLiteral("version")) },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("resolved") } } } }));
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("alice@acme.example"),
            QStringLiteral("Re: [#%1-%2]").arg(ticket).arg(secret),
            QStringLiteral("reopen-reply@acme.example"), QStringLiteral("It is back.")),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.ticketId == ticket, qPrintable(run.log));
    const QJsonObject after
        = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
              .value(QStringLiteral("ticket"))
              .toObject();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
}

void TestMailThreads::loopsAreNotFiled_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Auto-Submitted: auto-replied") << "alice@acme.example"_u
                                                  << "loop-1@acme.example"_u
                                                  << "Auto-Submitted: auto-replied"_u
                                                  << "Auto-Submitted: auto-replied"_u;
    QTest::newRow("Auto-Submitted: auto-generated") << "alice@acme.example"_u
                                                    << "loop-2@acme.example"_u
                                                    << "Auto-Submitted: Auto-Generated"_u
                                                    << "Auto-Submitted: auto-generated"_u;
    QTest::newRow("Precedence: bulk") << "alice@acme.example"_u
                                      << "loop-3@acme.example"_u
                                      << "Precedence: bulk"_u
                                      << "Precedence: bulk"_u;
    QTest::newRow("Precedence: list") << "alice@acme.example"_u
                                      << "loop-4@acme.example"_u
                                      << "Precedence: list"_u
                                      << "Precedence: list"_u;
    QTest::newRow("Precedence: junk") << "alice@acme.example"_u
                                      << "loop-5@acme.example"_u
                                      << "Precedence: junk"_u
                                      << "Precedence: junk"_u;
    QTest::newRow("our own Message-ID") << "alice@acme.example"_u
                                        << "ticket.1.abc.x@"_u + kDomain << "X-Note: bounced back"_u
                                        << "our own Message-ID"_u;
    QTest::newRow("from the queue's address") << "support@example.com"_u
                                              << "loop-6@example.com"_u
                                              << "X-Note: to itself"_u
                                              << "from the queue's own address"_u;
    QTest::newRow("from MAILER-DAEMON") << "MAILER-DAEMON@mx.example.net"_u
                                        << "loop-7@mx.example.net"_u
                                        << "X-Note: bounce"_u
                                        << "from mailer-daemon@mx.example.net"_u;
}

void TestMailThreads::loopsAreNotFiled()
{
    QFETCH(QString, from);
    QFETCH(QString, messageId);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    const qint64 before
        = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong();
    const MailgateRun run = runMailgate(m_server,
        plainMail(from, QStringLiteral("Out of office"), messageId, QStringLiteral("I am away."),
            { header }),
        m_config);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.log.contains(QStringLiteral("not filed (%1)").arg(reason)), qPrintable(run.log));
    QCOMPARE(
        m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong(), before);
}

// An MTA that delivers the same mail twice (it did not see our exit status) files it once.
void TestMailThreads::redeliveryIsFiledOnce()
{
    const QByteArray mail = plainMail(QStringLiteral("alice@acme.example"), QStringLiteral("Twice"),
        QStringLiteral("twice@acme.example"), QStringLiteral("Once only."));
    const MailgateRun first = runMailgate(m_server, mail, m_config);
    QVERIFY2(first.exitCode == 0 && first.newTicket, qPrintable(first.log));
    const MailgateRun second = runMailgate(m_server, mail, m_config);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.log.contains(QStringLiteral("already filed")), qPrintable(second.log));
    QCOMPARE(
        m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = 'Twice'"))
            .toLongLong(),
        1);
}

void TestMailThreads::ratePerSenderIsLimited()
{
    const QString limited = config(QStringLiteral("limited.json"),
        QJsonObject { { QStringLiteral("Support"), queueConfig(QStringLiteral("domain-or-new")) } },
        3);
    int filed = 0;
    for (int i = 0; i < 5; ++i) {
        const MailgateRun run = runMailgate(m_server,
            plainMail(QStringLiteral("chatty@rate.example"), QStringLiteral("Rate %1").arg(i),
                QStringLiteral("rate-%1@rate.example").arg(i), QStringLiteral("again")),
            limited);
        QCOMPARE(run.exitCode, 0);
        filed += run.newTicket ? 1 : 0;
        if (i >= 3)
            QVERIFY2(run.log.contains(QStringLiteral("more than 3 mails from chatty@rate.example")),
                qPrintable(run.log));
    }
    QCOMPARE(filed, 3);
    // Kept, not lost: the two over the rate wait in mail_inbound.
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_inbound WHERE sender = "
                                             "'chatty@rate.example' AND message_id IS NULL"))
                 .toLongLong(),
        2);
}

void TestMailThreads::knownContactIsTheAuthor()
{
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("\"Alice A.\" <ALICE@ACME.EXAMPLE>"), QStringLiteral("Known"),
            QStringLiteral("known@acme.example"), QStringLiteral("Hi.")),
        m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT author_id FROM messages WHERE ticket_id = ?"),
                     { run.ticketId })
                 .toLongLong(),
        m_alice);
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"),
                     { run.ticketId })
                 .toLongLong(),
        kAcme);
}

void TestMailThreads::unknownSenders_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("organisation"); // of the new contact; empty: none made
    QTest::newRow("domain-or-new, domain of Acme") << "domain-or-new"_u
                                                   << "new1@acme.example"_u << 0 << "Acme Corp"_u;
    QTest::newRow("domain-or-new, unknown domain")
        << "domain-or-new"_u
        << "new2@fresh.example"_u << 0 << "fresh.example"_u;
    QTest::newRow("domain, domain of Acme") << "domain"_u
                                            << "new3@acme.example"_u << 0 << "Acme Corp"_u;
    QTest::newRow("domain, unknown domain") << "domain"_u
                                            << "new4@other.example"_u << 77 << ""_u;
    QTest::newRow("reject") << "reject"_u
                            << "new5@acme.example"_u << 77 << ""_u;
}

void TestMailThreads::unknownSenders()
{
    QFETCH(QString, policy);
    QFETCH(QString, from);
    QFETCH(int, exitCode);
    QFETCH(QString, organisation);
    m_server.queryScalar(
        QStringLiteral("UPDATE customers SET mail_domain = 'acme.example' WHERE id = ?"),
        { kAcme });
    const QString path = config(policy + QStringLiteral(".json"),
        QJsonObject { { QStringLiteral("Support"), queueConfig(policy) } });
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("New Person <%1>").arg(from), QStringLiteral("Hello"),
            QStringLiteral("unknown-%1").arg(from), QStringLiteral("Who am I?")),
        path);
    QCOMPARE(run.exitCode, exitCode);
    const QVariant contact
        = m_server.queryScalar(QStringLiteral("SELECT c.name FROM users u JOIN customers c ON c.id "
                                              "= u.customer_id WHERE u.email = ?"),
            { from });
    if (organisation.isEmpty()) {
        QVERIFY(!contact.isValid());
        QVERIFY2(run.log.contains(from.section(QLatin1Char('@'), -1)), qPrintable(run.log));
        return;
    }
    QCOMPARE(contact.toString(), organisation);
    QCOMPARE(
        m_server.queryScalar(QStringLiteral("SELECT name FROM users WHERE email = ?"), { from })
            .toString(),
        QStringLiteral("New Person"));
    // The new contact cannot log in: no password was ever set.
    auto client = std::make_unique<TestClient>(m_server.port());
    QVERIFY(client->isConnected());
    QVERIFY(client->login(from, QStringLiteral("!mail-contact")).contains(QStringLiteral("error")));
}

void TestMailThreads::disabledSenderIsRefused()
{
    m_server.queryScalar(QStringLiteral("UPDATE users SET email = 'gone@acme.example', enabled = 0 "
                                        "WHERE login = 'amy'"));
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("gone@acme.example"), QStringLiteral("Hi"),
            QStringLiteral("gone-1@acme.example"), QStringLiteral("Me again.")),
        m_config);
    QCOMPARE(run.exitCode, 77);
    QVERIFY2(run.log.contains(QStringLiteral("disabled")), qPrintable(run.log));
}

// Staff give an organisation its mail domain with customer.update; a stranger of that domain
// becomes its contact.
void TestMailThreads::mailDomainThroughTheProtocol()
{
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject updated = resultOf(agent->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kGlobex },
            { QStringLiteral("mailDomain"), QStringLiteral(" Globex.Example ") } }));
    QCOMPARE(
        updated.value(QStringLiteral("mailDomain")).toString(), QStringLiteral("globex.example"));
    HD_EXPECT_ERROR(agent->call(QStringLiteral("customer.update"),
                        QJsonObject { { QStringLiteral("id"), kGlobex },
                            { QStringLiteral("mailDomain"), QStringLiteral("not a domain") } }),
        1022);
    const QString path = config(QStringLiteral("domain-protocol.json"),
        QJsonObject { { QStringLiteral("Support"), queueConfig(QStringLiteral("domain")) } });
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("Gina <gina@globex.example>"), QStringLiteral("Hello"),
            QStringLiteral("gina-1@globex.example"), QStringLiteral("New here.")),
        path);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT customer_id FROM tickets WHERE id = ?"),
                     { run.ticketId })
                 .toLongLong(),
        kGlobex);
}

QTEST_GUILESS_MAIN(TestMailThreads)
#include "tst_mailthreads.moc"
