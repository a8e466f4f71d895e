// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing mail (docs/admin.md "Outgoing mail", docs/protocol.md message.add "By e-mail",
// user.setNotifications) against a real SMTP server on loopback (aiosmtpd, smtpsink.py): an
// agent's reply reaches the customer with the ticket tag and a Reply-To that threads the answer
// back; status changes in the recipient's language (all ten); assignments to agents;
// preferences; no header injection; the SMTP server down, then up after a restart of the
// helpdesk; two servers on PostgreSQL sending each mail once; STARTTLS with AUTH.
#include "attachmenttools.h"
#include "mail/mailparser.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::mail::parseMail;

namespace {

const QString kDomain = QStringLiteral("helpdesk.example.com");

QJsonObject mailSettings(quint16 smtpPort, const QJsonObject& extraSmtp = {})
{
    QJsonObject smtp { { QStringLiteral("url"),
                           QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort) },
        { QStringLiteral("requireTls"), false },
        { QStringLiteral("from"), QStringLiteral("noreply@example.com") },
        { QStringLiteral("pollSeconds"), 0.2 }, { QStringLiteral("retrySeconds"), 1 },
        { QStringLiteral("maxRetrySeconds"), 2 }, { QStringLiteral("timeoutSeconds"), 5 },
        { QStringLiteral("leaseSeconds"), 30 } };
    for (auto it = extraSmtp.begin(); it != extraSmtp.end(); ++it)
        smtp.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("domain"), kDomain },
        { QStringLiteral("fromName"), QStringLiteral("Example Support") },
        { QStringLiteral("queues"),
            QJsonObject { { QStringLiteral("Support"),
                QJsonObject {
                    { QStringLiteral("address"), QStringLiteral("support@example.com") } } } } },
        { QStringLiteral("smtp"), smtp } };
}

QJsonObject templatesOf(const QString& language)
{
    QFile file(
        QStringLiteral(HELPDESK_MAIL_CORPUS "/../../../translations/mail/%1.json").arg(language));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

} // namespace

class TestMailOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replyGoesToTheRequesterAndThreadsBack();
    void statusChangeInTheRecipientsLanguage_data();
    void statusChangeInTheRecipientsLanguage();
    void assignmentGoesToTheAgent();
    void preferencesAndSendMail();
    void noHeaderInjection();
    void smtpDownThenUpAcrossARestart();
    void twoServersSendEachMailOnce();
    void startTlsWithAuth();
    void replyNamesItsAttachments();

private:
    qint64 ticketByMail(const QString& messageId);
    qint64 createdByAlice();
    void reply(
        qint64 ticket, const QString& body, const QJsonValue& sendMail = QJsonValue::Undefined);
    void setStatus(qint64 ticket, const QString& status);
    void change(qint64 ticket, const QJsonObject& changes);
    qint64 outboxCount(qint64 ticket);
    // Waits until the sink has more than `before` mails; the newest, or an empty one.
    DeliveredMail nextMail(int before, int timeoutMs = 20'000);

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<SmtpSink> m_sink;
    quint16 m_smtpPort = 0;
    QString m_config;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
    qint64 m_aliceId = 0;
};

void TestMailOut::initTestCase()
{
    m_smtpPort = TestServer::freePort();
    m_sink = std::make_unique<SmtpSink>(m_dir.filePath(QStringLiteral("sink")));
    QVERIFY(m_sink->start(m_smtpPort));
    m_config = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"), mailSettings(m_smtpPort));
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), m_config };
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'alice@acme.example' WHERE login = 'alice'"));
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'agent2@example.com', locale = 'de_DE' "
                       "WHERE login = 'agent2'"));
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'agent@example.com' WHERE login = 'agent'"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
    m_aliceId = m_alice->userId();
}

qint64 TestMailOut::ticketByMail(const QString& messageId)
{
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("Alice <alice@acme.example>"), QStringLiteral("Printer on fire"),
            messageId, QStringLiteral("It smokes.")),
        m_config);
    return run.exitCode == 0 && run.newTicket ? run.ticketId : 0;
}

qint64 TestMailOut::createdByAlice()
{
    return idOf(resultOf(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("From the client") },
            { QStringLiteral("body"), QStringLiteral("Opened in the desktop client") } })));
}

void TestMailOut::reply(qint64 ticket, const QString& body, const QJsonValue& sendMail)
{
    QJsonObject p { { QStringLiteral("ticketId"), ticket }, { QStringLiteral("body"), body } };
    if (!sendMail.isUndefined())
        p.insert(QStringLiteral("sendMail"), sendMail);
    resultOf(m_agent->call(QStringLiteral("message.add"), p));
}

void TestMailOut::setStatus(qint64 ticket, const QString& status)
{
    change(ticket, QJsonObject { { QStringLiteral("status"), status } });
}

void TestMailOut::change(qint64 ticket, const QJsonObject& changes)
{
    const QJsonObject current = resultOf(
        m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
                                    .value(QStringLiteral("ticket"))
                                    .toObject();
    resultOf(m_agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), ticket },
            { QStringLiteral("version"), current.value(QStringLiteral("version")) },
            { QStringLiteral("changes"), changes } }));
}

qint64 TestMailOut::outboxCount(qint64 ticket)
{
    return m_server
        .queryScalar(
            QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE ticket_id = ?"), { ticket })
        .toLongLong();
}

DeliveredMail TestMailOut::nextMail(int before, int timeoutMs)
{
    return m_sink->waitForMail(before, timeoutMs);
}

void TestMailOut::replyGoesToTheRequesterAndThreadsBack()
{
    const qint64 ticket = ticketByMail(QStringLiteral("printer-1@acme.example"));
    QVERIFY(ticket > 0);
    const QString secret
        = m_server
              .queryScalar(
                  QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"), { ticket })
              .toString();
    const int before = int(m_sink->mails().size());
    reply(ticket, QStringLiteral("Please unplug it and wait — we are on our way."));
    const DeliveredMail mail = nextMail(before);
    QVERIFY(!mail.raw.isEmpty());
    QCOMPARE(mail.recipients, QStringList { QStringLiteral("alice@acme.example") });
    QCOMPARE(mail.envelopeFrom, QStringLiteral("support@example.com"));
    QCOMPARE(mail.header(QStringLiteral("Reply-To")), QStringLiteral("support@example.com"));
    QVERIFY(mail.header(QStringLiteral("From")).contains(QStringLiteral("<support@example.com>")));
    QVERIFY(mail.header(QStringLiteral("To")).contains(QStringLiteral("alice@acme.example")));
    QCOMPARE(mail.header(QStringLiteral("Auto-Submitted")), QString()); // a person's words
    QCOMPARE(mail.header(QStringLiteral("Content-Language")), QStringLiteral("en"));
    QCOMPARE(
        mail.header(QStringLiteral("In-Reply-To")), QStringLiteral("<printer-1@acme.example>"));

    const auto parsed = parseMail(mail.raw);
    QVERIFY(parsed.ok);
    const QString tag = QStringLiteral("[#%1-%2]").arg(ticket).arg(secret);
    QCOMPARE(parsed.subject, QStringLiteral("Re: Printer on fire ") + tag);
    QVERIFY2(parsed.text.contains(QStringLiteral("Please unplug it and wait — we are on our way.")),
        qPrintable(parsed.text));
    QVERIFY(parsed.text.contains(tag));
    QVERIFY2(QRegularExpression(QStringLiteral("^ticket\\.%1\\.%2\\..+@helpdesk\\.example\\.com$")
                                    .arg(ticket)
                                    .arg(secret))
                 .match(parsed.messageId)
                 .hasMatch(),
        qPrintable(parsed.messageId));
    // The sink has the mail once the SMTP transaction ends; the sender records it as sent
    // just after, in a write of its own.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server
            .queryScalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM mail_outbox WHERE ticket_id = ? AND sent_at IS NOT NULL"),
                { ticket })
            .toInt(),
        1, 5000);

    // Alice answers that mail from her mail program: the subject keeps no tag, only the
    // reference threads it.
    const MailgateRun answer = runMailgate(m_server,
        plainMail(QStringLiteral("alice@acme.example"), QStringLiteral("Re: Printer on fire"),
            QStringLiteral("printer-2@acme.example"), QStringLiteral("Done, thanks!"),
            { QStringLiteral("In-Reply-To: <%1>").arg(parsed.messageId),
                QStringLiteral("References: <printer-1@acme.example> <%1>")
                    .arg(parsed.messageId) }),
        m_config);
    QVERIFY2(answer.exitCode == 0 && !answer.newTicket && answer.ticketId == ticket,
        qPrintable(answer.log));

    // The thread shows where the mail came from.
    const QJsonArray messages = resultOf(
        m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("mailFrom")).toString(),
        QStringLiteral("alice@acme.example"));
    QVERIFY(!messages.at(1).toObject().contains(QStringLiteral("mailFrom")));
    // And the original is there for staff.
    const QJsonObject original = resultOf(m_agent->call(QStringLiteral("message.mailOriginal"),
        params(
            QStringLiteral("messageId"), messages.at(2).toObject().value(QStringLiteral("id")))));
    QCOMPARE(
        original.value(QStringLiteral("from")).toString(), QStringLiteral("alice@acme.example"));
    QVERIFY(QByteArray::fromBase64(original.value(QStringLiteral("raw")).toString().toLatin1())
                .contains("Message-ID: <printer-2@acme.example>"));
}

void TestMailOut::statusChangeInTheRecipientsLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru_RU") << QStringLiteral("ru");
    QTest::newRow("uk") << QStringLiteral("uk_UA") << QStringLiteral("uk");
    QTest::newRow("pl") << QStringLiteral("pl_PL") << QStringLiteral("pl");
    QTest::newRow("hr") << QStringLiteral("hr_HR") << QStringLiteral("hr");
    QTest::newRow("sr") << QStringLiteral("sr_RS") << QStringLiteral("sr");
    QTest::newRow("de") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("es");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("organisation's language") << QStringLiteral("") << QStringLiteral("hr");
}

void TestMailOut::statusChangeInTheRecipientsLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET locale = ? WHERE id = ?"), { locale, m_aliceId });
    m_server.queryScalar(
        QStringLiteral("UPDATE customers SET language = 'hr' WHERE id = ?"), { kAcme });
    const qint64 ticket
        = ticketByMail(QStringLiteral("status-%1@acme.example").arg(language + locale));
    QVERIFY(ticket > 0);
    const int before = int(m_sink->mails().size());
    setStatus(ticket, QStringLiteral("resolved"));
    const DeliveredMail mail = nextMail(before);
    QVERIFY(!mail.raw.isEmpty());
    const QJsonObject texts = templatesOf(language);
    QVERIFY(!texts.isEmpty());
    const auto parsed = parseMail(mail.raw);
    const QString resolved = texts.value(QStringLiteral("resolved")).toString();
    QVERIFY2(parsed.subject.endsWith(resolved), qPrintable(parsed.subject));
    const QString greeting
        = texts.value(QStringLiteral("statusBody")).toString().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(parsed.text.startsWith(greeting), qPrintable(parsed.text));
    QVERIFY2(parsed.text.contains(resolved), qPrintable(parsed.text));
    QCOMPARE(mail.header(QStringLiteral("Auto-Submitted")), QStringLiteral("auto-generated"));
    QCOMPARE(mail.header(QStringLiteral("Content-Language")), language);
}

void TestMailOut::assignmentGoesToTheAgent()
{
    const qint64 ticket = ticketByMail(QStringLiteral("assign-1@acme.example"));
    QVERIFY(ticket > 0);
    const auto assign = [&](qint64 to) {
        change(ticket, QJsonObject { { QStringLiteral("assigneeId"), to } });
    };
    const qint64 agent2
        = m_server.queryScalar(QStringLiteral("SELECT id FROM users WHERE login = 'agent2'"))
              .toLongLong();
    const int before = int(m_sink->mails().size());
    assign(agent2);
    const DeliveredMail mail = nextMail(before);
    QCOMPARE(mail.recipients, QStringList { QStringLiteral("agent2@example.com") });
    const auto parsed = parseMail(mail.raw);
    QCOMPARE(parsed.subject, QStringLiteral("Ihnen zugewiesen: Printer on fire [#%1]").arg(ticket));
    QVERIFY2(
        parsed.text.contains(QStringLiteral("Organisation: Acme Corp")), qPrintable(parsed.text));
    QCOMPARE(mail.header(QStringLiteral("Auto-Submitted")), QStringLiteral("auto-generated"));
    // Taking a ticket oneself sends nothing.
    const qint64 rows = outboxCount(ticket);
    assign(m_agent->userId());
    QCOMPARE(outboxCount(ticket), rows);
}

void TestMailOut::preferencesAndSendMail()
{
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET locale = '' WHERE id = ?"), { m_aliceId });
    HD_EXPECT_OK(m_alice->call(QStringLiteral("user.getNotifications")));
    QCOMPARE(resultOf(m_alice->call(QStringLiteral("user.getNotifications")))
                 .value(QStringLiteral("mail"))
                 .toBool(),
        true);
    QCOMPARE(resultOf(m_alice->call(QStringLiteral("user.setNotifications"),
                          params(QStringLiteral("mail"), false)))
                 .value(QStringLiteral("mail"))
                 .toBool(),
        false);
    const qint64 byMail = ticketByMail(QStringLiteral("prefs-1@acme.example"));
    const qint64 byClient = createdByAlice();
    QVERIFY(byMail > 0 && byClient > 0);
    setStatus(byMail, QStringLiteral("pending"));
    QCOMPARE(outboxCount(byMail), 0); // no status mail: notifications are off
    reply(byMail, QStringLiteral("The conversation goes on by mail."));
    QCOMPARE(outboxCount(byMail), 1); // a mail ticket: the reply is the conversation
    reply(byMail, QStringLiteral("Kept in the helpdesk."), false);
    QCOMPARE(outboxCount(byMail), 1);
    reply(byClient, QStringLiteral("A client ticket, notifications off."));
    QCOMPARE(outboxCount(byClient), 0);
    reply(byClient, QStringLiteral("Sent anyway: the agent chose so."), true);
    QCOMPARE(outboxCount(byClient), 1);
    resultOf(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), byClient },
            { QStringLiteral("body"), QStringLiteral("internal") },
            { QStringLiteral("internal"), true } }));
    QCOMPARE(outboxCount(byClient), 1); // internal notes never go out
    QCOMPARE(resultOf(m_alice->call(QStringLiteral("user.setNotifications"),
                          params(QStringLiteral("mail"), true)))
                 .value(QStringLiteral("mail"))
                 .toBool(),
        true);
    reply(byClient, QStringLiteral("Notifications on again."));
    QCOMPARE(outboxCount(byClient), 2);
}

// Names and subjects with CR/LF cannot add headers or recipients.
void TestMailOut::noHeaderInjection()
{
    const qint64 ticket = ticketByMail(QStringLiteral("inject-1@acme.example"));
    QVERIFY(ticket > 0);
    m_server.queryScalar(QStringLiteral("UPDATE tickets SET subject = ? WHERE id = ?"),
        { QStringLiteral("Printer\r\nBcc: evil@evil.example\r\nX-Injected: yes"), ticket });
    m_server.queryScalar(QStringLiteral("UPDATE users SET name = ? WHERE id = ?"),
        { QStringLiteral("Alice\r\nCc: evil@evil.example\nX-Injected: yes"), m_aliceId });
    const int before = int(m_sink->mails().size());
    reply(ticket, QStringLiteral("Body line\r\nBcc: not-a-header@evil.example"));
    // This reply's mail: another mail (an earlier test's, an assignment) may arrive meanwhile.
    DeliveredMail mail;
    QElapsedTimer waited;
    waited.start();
    while (mail.raw.isEmpty() && !waited.hasExpired(20'000)) {
        const QVector<DeliveredMail> mails = m_sink->mails();
        for (qsizetype i = before; i < mails.size(); ++i) {
            // Alice's reply notification (not, say, an agent's assignment mail of this ticket).
            if (mails.at(i).recipients.contains(QLatin1String("alice@acme.example"))
                && parseMail(mails.at(i).raw).subject.contains(QLatin1String("Bcc")))
                mail = mails.at(i);
        }
        if (mail.raw.isEmpty())
            QTest::qWait(50);
    }
    QVERIFY(!mail.raw.isEmpty());
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET name = 'Alice' WHERE id = ?"), { m_aliceId });
    QCOMPARE(mail.recipients, QStringList { QStringLiteral("alice@acme.example") });
    QCOMPARE(mail.headerCount(QStringLiteral("Bcc")), 0);
    QCOMPARE(mail.headerCount(QStringLiteral("Cc")), 0);
    QCOMPARE(mail.headerCount(QStringLiteral("X-Injected")), 0);
    QCOMPARE(mail.headerCount(QStringLiteral("To")), 1);
    QCOMPARE(mail.headerCount(QStringLiteral("Subject")), 1);
    const auto parsed = parseMail(mail.raw);
    QVERIFY(
        parsed.subject.contains(QStringLiteral("Bcc: evil@evil.example"))); // as text, on one line
}

// The SMTP server is down: the outbox keeps the mail and retries; the helpdesk restarts in
// between; the SMTP server comes back: the mail arrives once.
void TestMailOut::smtpDownThenUpAcrossARestart()
{
    const qint64 ticket = ticketByMail(QStringLiteral("down-1@acme.example"));
    QVERIFY(ticket > 0);
    m_sink->stop();
    reply(ticket, QStringLiteral("Sent while the mail server is down."));
    const QString attempts = QStringLiteral("SELECT attempts FROM mail_outbox WHERE ticket_id = ?");
    QTRY_VERIFY_WITH_TIMEOUT(m_server.queryScalar(attempts, { ticket }).toInt() >= 2, 20'000);
    QVERIFY(
        !m_server
             .queryScalar(QStringLiteral("SELECT last_error FROM mail_outbox WHERE ticket_id = ?"),
                 { ticket })
             .toString()
             .isEmpty());
    QCOMPARE(m_server.terminate(), 0);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const QString id
        = m_server
              .queryScalar(
                  QStringLiteral("SELECT rfc_message_id FROM mail_outbox WHERE ticket_id = ?"),
                  { ticket })
              .toString();
    QVERIFY(m_sink->start(m_smtpPort));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_server
             .queryScalar(
                 QStringLiteral("SELECT sent_at FROM mail_outbox WHERE ticket_id = ?"), { ticket })
             .isNull(),
        20'000);
    QTest::qWait(1000); // a second delivery would come now
    int copies = 0;
    for (const DeliveredMail& mail : m_sink->mails())
        copies
            += mail.header(QStringLiteral("Message-ID")) == QLatin1Char('<') + id + QLatin1Char('>')
            ? 1
            : 0;
    QCOMPARE(copies, 1);
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
}

void TestMailOut::twoServersSendEachMailOnce()
{
    if (!m_server.isPostgres())
        QSKIP("several servers share a database on PostgreSQL only");
    TestServer second;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), m_config };
    QVERIFY2(second.startSharing(m_server, options), qPrintable(second.errorString()));
    auto agentThere = TestClient::loggedIn(second.port(), QStringLiteral("agent"));
    QVERIFY(agentThere);
    const int before = int(m_sink->mails().size());
    constexpr int kMails = 30;
    QSet<qint64> tickets;
    for (int i = 0; i < kMails; ++i) {
        const qint64 ticket = createdByAlice();
        tickets.insert(ticket);
        TestClient& agent = i % 2 ? *agentThere : *m_agent;
        resultOf(agent.call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), ticket },
                { QStringLiteral("body"), QStringLiteral("reply %1").arg(i) } }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(m_sink->mails().size()) - before, kMails, 90'000); // sanitizers run slowly
    QTest::qWait(1500); // doubles would arrive now
    const QVector<DeliveredMail> mails = m_sink->mails().mid(before);
    QCOMPARE(mails.size(), kMails);
    QSet<QString> ids;
    for (const DeliveredMail& mail : mails)
        ids.insert(mail.header(QStringLiteral("Message-ID")));
    QCOMPARE(ids.size(), kMails);
}

// STARTTLS required and AUTH: a server with its own sink and its own helpdesk.
void TestMailOut::startTlsWithAuth()
{
    const QString certs = m_dir.filePath(QStringLiteral("tls"));
    QDir().mkpath(certs);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
            QStringLiteral("-keyout"), certs + QStringLiteral("/key.pem"), QStringLiteral("-out"),
            certs + QStringLiteral("/cert.pem") });
    QVERIFY(openssl.waitForFinished(30'000) && openssl.exitCode() == 0);
    const quint16 port = TestServer::freePort();
    SmtpSink sink(m_dir.filePath(QStringLiteral("tls-sink")));
    QVERIFY(sink.start(port,
        { QStringLiteral("--tls"), certs + QStringLiteral("/cert.pem"),
            certs + QStringLiteral("/key.pem"), QStringLiteral("--auth"),
            QStringLiteral("helpdesk"), QStringLiteral("s3cret") }));
    const QString config = writeMailConfig(m_dir.path(), QStringLiteral("tls.json"),
        mailSettings(port,
            { { QStringLiteral("requireTls"), true },
                { QStringLiteral("user"), QStringLiteral("helpdesk") },
                { QStringLiteral("password"), QStringLiteral("s3cret") },
                { QStringLiteral("caFile"), certs + QStringLiteral("/cert.pem") } }));
    TestServer server;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), config };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'alice@acme.example' WHERE login = 'alice'"));
    auto alice = TestClient::loggedIn(server.port(), QStringLiteral("alice"));
    auto agent = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    QVERIFY(alice && agent);
    const qint64 ticket = idOf(resultOf(alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Over TLS") },
            { QStringLiteral("body"), QStringLiteral("x") } })));
    resultOf(agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("Encrypted reply") } }));
    QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 1, 20'000);
    QVERIFY(parseMail(sink.mails().first().raw).text.contains(QStringLiteral("Encrypted reply")));
}

QTEST_GUILESS_MAIN(TestMailOut)
// A reply with files names them under its text (the files stay in the helpdesk).
void TestMailOut::replyNamesItsAttachments()
{
    const qint64 ticket = ticketByMail(QStringLiteral("attachments-1@acme.example"));
    QVERIFY(ticket > 0);
    const QByteArray data("disk full at 10:00\n");
    const qint64 file = idOf(upload(*m_agent, QStringLiteral("error.log"), data));
    QVERIFY(file > 0);
    HD_EXPECT_OK(m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("The log is attached.") },
            { QStringLiteral("attachmentIds"), QJsonArray { double(file) } } }));
    // Mails of earlier tests may still arrive meanwhile: this reply's is the one with its text.
    QString text;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const DeliveredMail& mail : m_sink->mails()) {
                const auto parsed = parseMail(mail.raw);
                if (parsed.ok && parsed.text.contains(QStringLiteral("The log is attached.")))
                    text = parsed.text;
            }
            return !text.isEmpty();
        }(),
        20'000);
    QVERIFY2(text.contains(QStringLiteral("The log is attached.\n\n📎 error.log (19 bytes)")),
        qPrintable(text));
}

#include "tst_mailout.moc"
