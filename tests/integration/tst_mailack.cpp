// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-acknowledgement (docs/admin.md "Mail settings", queues.NAME.acknowledge): a mail that
// opens a new ticket in a queue with acknowledge on gets "we received your request" back,
// through the outbox and a real SMTP server on loopback (aiosmtpd, smtpsink.py), in the
// customer's language (all ten), with the ticket tag and Auto-Submitted: auto-replied; never
// for a reply, a queue with acknowledge off, or a mail loop protection flags.
#include "mail/mailparser.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::mail::parseMail;

namespace {

QJsonObject mailSettings(quint16 smtpPort)
{
    const QJsonObject smtp { { QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort) },
        { QStringLiteral("requireTls"), false }, { QStringLiteral("from"), QStringLiteral("noreply@example.com") },
        { QStringLiteral("pollSeconds"), 0.2 }, { QStringLiteral("retrySeconds"), 1 },
        { QStringLiteral("maxRetrySeconds"), 2 }, { QStringLiteral("timeoutSeconds"), 5 },
        { QStringLiteral("leaseSeconds"), 30 } };
    return QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
        { QStringLiteral("queues"),
            QJsonObject { { QStringLiteral("Support"),
                              QJsonObject { { QStringLiteral("address"), QStringLiteral("support@example.com") },
                                  { QStringLiteral("acknowledge"), true } } },
                { QStringLiteral("Billing"),
                    QJsonObject { { QStringLiteral("address"), QStringLiteral("billing@example.com") } } } } },
        { QStringLiteral("smtp"), smtp } };
}

QString templateOf(const QString& language, const QString& key)
{
    QFile file(QStringLiteral(HELPDESK_MAIL_CORPUS "/../../../translations/mail/%1.json").arg(language));
    return file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll()).object().value(key).toString()
        : QString();
}

// An RFC 2047 header, each encoded word decoded on its own (UTF-8, B or Q), as mail programs
// do. GMime's decoder (the server's parser) joins adjacent base64 words before decoding and
// so drops the words after one ending in "=" padding: not what a customer's mail program shows.
QString decodeHeader(const QString& header)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?UTF-8\\?([BQ])\\?([^?]*)\\?=(\\s+(?==\\?))?"),
        QRegularExpression::CaseInsensitiveOption);
    QString decoded;
    qsizetype at = 0;
    for (auto it = word.globalMatch(header); it.hasNext();) {
        const auto match = it.next();
        decoded += header.mid(at, match.capturedStart() - at);
        QByteArray bytes = match.captured(2).toLatin1();
        if (match.captured(1).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0)
            bytes = QByteArray::fromBase64(bytes);
        else
            bytes = QByteArray::fromPercentEncoding(bytes.replace('_', ' ').replace('=', '%'));
        decoded += QString::fromUtf8(bytes);
        at = match.capturedEnd();
    }
    return decoded + header.mid(at);
}

} // namespace

class TestMailAck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newTicketIsAcknowledged_data();
    void newTicketIsAcknowledged();
    void noAcknowledgementForRepliesOrLoops();
    void queueWithoutAcknowledge();

private:
    MailgateRun file(const QString& messageId, const QString& subject,
        const QStringList& headers = {}, const QString& queue = QStringLiteral("Support"));
    qint64 acks(qint64 ticket);

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<SmtpSink> m_sink;
    QString m_config;
};

void TestMailAck::initTestCase()
{
    const quint16 smtpPort = TestServer::freePort();
    m_sink = std::make_unique<SmtpSink>(m_dir.filePath(QStringLiteral("sink")));
    QVERIFY(m_sink->start(smtpPort));
    m_config = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"), mailSettings(smtpPort));
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), m_config };
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_server.queryScalar(
        QStringLiteral("UPDATE users SET email = 'alice@acme.example' WHERE login = 'alice'"));
}

MailgateRun TestMailAck::file(
    const QString& messageId, const QString& subject, const QStringList& headers, const QString& queue)
{
    return runMailgate(m_server,
        plainMail(QStringLiteral("Alice <alice@acme.example>"), subject, messageId,
            QStringLiteral("Our site shows a 502."), headers),
        m_config, queue);
}

qint64 TestMailAck::acks(qint64 ticket)
{
    return m_server
        .queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE ticket_id = ? AND kind = 'ack'"),
            { ticket })
        .toLongLong();
}

void TestMailAck::newTicketIsAcknowledged_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    const QStringList locales { QStringLiteral("en_GB"), QStringLiteral("ru_RU"), QStringLiteral("uk_UA"),
        QStringLiteral("pl_PL"), QStringLiteral("hr_HR"), QStringLiteral("sr_RS"), QStringLiteral("de_DE"),
        QStringLiteral("fr_FR"), QStringLiteral("es_ES"), QStringLiteral("pt_BR") };
    for (const QString& locale : locales) {
        const QString language = locale == QLatin1String("pt_BR") ? locale : locale.left(2);
        QTest::newRow(qPrintable(locale)) << locale << language;
    }
}

void TestMailAck::newTicketIsAcknowledged()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    m_server.queryScalar(QStringLiteral("UPDATE users SET locale = ? WHERE login = 'alice'"), { locale });
    const int before = int(m_sink->mails().size());
    const QString messageId = QStringLiteral("site-%1@acme.example").arg(locale);
    const MailgateRun run = file(messageId, QStringLiteral("Site down %1").arg(locale));
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    const DeliveredMail ack = m_sink->waitForMail(before);
    QVERIFY(!ack.raw.isEmpty());
    QCOMPARE(ack.recipients, QStringList { QStringLiteral("alice@acme.example") });
    QCOMPARE(ack.header(QStringLiteral("Auto-Submitted")), QStringLiteral("auto-replied"));
    const QString secret = m_server.queryScalar(QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"),
                                       { run.ticketId }).toString();
    const QString tag = QStringLiteral("[#%1-%2]").arg(run.ticketId).arg(secret);
    const auto parsed = parseMail(ack.raw);
    QVERIFY(parsed.ok);
    const QString subject = decodeHeader(ack.header(QStringLiteral("Subject")));
    QVERIFY2(subject.contains(tag), qPrintable(subject));
    // The subject in Alice's language: the template with the subject and tag filled in.
    const QString expected = templateOf(language, QStringLiteral("ackSubject"))
                                 .replace(QStringLiteral("{subject}"), QStringLiteral("Site down %1").arg(locale))
                                 .replace(QStringLiteral("{tag}"), tag);
    QCOMPARE(subject, expected);
    // The body too: its first line is the template's.
    const QString greeting = templateOf(language, QStringLiteral("ackBody")).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(parsed.text.startsWith(greeting), qPrintable(parsed.text));
    QVERIFY(parsed.text.contains(tag));
    QVERIFY(ack.header(QStringLiteral("References")).contains(messageId));
    QCOMPARE(acks(run.ticketId), 1);
}

void TestMailAck::noAcknowledgementForRepliesOrLoops()
{
    m_server.queryScalar(QStringLiteral("UPDATE users SET locale = 'en_GB' WHERE login = 'alice'"));
    const MailgateRun opened = file(QStringLiteral("first@acme.example"), QStringLiteral("Mailbox full"));
    QVERIFY(opened.newTicket);
    QCOMPARE(acks(opened.ticketId), 1);
    const QString secret = m_server.queryScalar(QStringLiteral("SELECT mail_secret FROM tickets WHERE id = ?"),
                                       { opened.ticketId }).toString();
    // A reply into the ticket: no second acknowledgement.
    const MailgateRun reply = file(QStringLiteral("second@acme.example"),
        QStringLiteral("Re: Mailbox full [#%1-%2]").arg(opened.ticketId).arg(secret));
    QCOMPARE(reply.exitCode, 0);
    QVERIFY(!reply.newTicket);
    QCOMPARE(reply.ticketId, opened.ticketId);
    QCOMPARE(acks(opened.ticketId), 1);
    // An autoresponder's or a list's mail is not filed, so nobody answers it.
    const qint64 allAcks = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'ack'")).toLongLong();
    for (const QString& header : { QStringLiteral("Auto-Submitted: auto-replied"), QStringLiteral("Precedence: bulk") }) {
        const MailgateRun loop = file(QStringLiteral("loop-%1@acme.example").arg(header.size()),
            QStringLiteral("Out of office"), { header });
        QCOMPARE(loop.exitCode, 0);
        QVERIFY(!loop.newTicket);
    }
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'ack'")).toLongLong(),
        allAcks);
}

void TestMailAck::queueWithoutAcknowledge()
{
    const MailgateRun run = file(QStringLiteral("invoice@acme.example"), QStringLiteral("Invoice twice"),
        {}, QStringLiteral("Billing"));
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    QCOMPARE(acks(run.ticketId), 0);
}

QTEST_GUILESS_MAIN(TestMailAck)
#include "tst_mailack.moc"
