// SPDX-License-Identifier: GPL-3.0-or-later
// The mail gateway (docs/admin.md "E-mail"): the real `helpdesk-server mailgate` reads the
// checked-in corpus of real-world-shaped mail (tests/data/mail) and files each as a ticket of
// channel email, read back over the protocol; a 20 MB mail and a 10,000-part mail bomb made
// here; the exit statuses an MTA acts on (bounce: unreadable, too big, sender refused; retry:
// database unavailable).
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
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

} // namespace

class TestMailgate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsFiled_data();
    void corpusIsFiled();
    void originalIsKeptBesideTheMessage();
    void twentyMegabyteMail();
    void mailBombOfTenThousandParts();
    void nestedBombIsBounced();
    void unreadableMailIsBounced();
    void tooBigMailIsBounced();
    void unavailableDatabaseMeansTryAgain();
    void unknownQueueMeansTryAgain();
    void maildirIsPolled();

private:
    QJsonObject ticketGet(qint64 id);
    QString firstBody(qint64 ticket);

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<TestClient> m_agent;
};

void TestMailgate::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_agent);
    m_config = writeMailConfig(m_dir.path(), QStringLiteral("mail.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
            { QStringLiteral("maxMessageBytes"), 64 * 1024 * 1024 },
            { QStringLiteral("queues"),
                QJsonObject { { QStringLiteral("Support"),
                    QJsonObject {
                        { QStringLiteral("address"), QStringLiteral("support@example.com") },
                        { QStringLiteral("unknownSenders"),
                            QStringLiteral("domain-or-new") } } } } } });
    QVERIFY(!m_config.isEmpty());
}

QJsonObject TestMailgate::ticketGet(qint64 id)
{
    return resultOf(m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
}

QString TestMailgate::firstBody(qint64 ticket)
{
    const QJsonArray messages = ticketGet(ticket).value(QStringLiteral("messages")).toArray();
    return messages.first().toObject().value(QStringLiteral("body")).toString();
}

void TestMailgate::corpusIsFiled_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("present"); // in the message body
    QTest::addColumn<QStringList>("absent");
    const QStringList none;
    QTest::newRow("plain UTF-8, QP, signature")
        << "plain_utf8.eml"_u
        << "Не открывается почта"_u
        << QStringList { "С утра не открывается почтовый ящик ivan@petrov.ru, пишет «ошибка 550»."_u }
        << QStringList { "ООО «Ромашка»"_u };
    QTest::newRow("multipart/alternative: the plain part")
        << "alternative.eml"_u
        << "Website down"_u << QStringList { "PLAIN-PART Hello"_u }
        << QStringList { "HTML-PART"_u };
    QTest::newRow("HTML only: as text")
        << "html_only.eml"_u
        << "Shop down"_u
        << QStringList { "Dear support,"_u,
               "Our shop is down & customers complain.\nSince 10:00."_u,
               "- first item\n- second item"_u, "the status page <https://status.example.org/>"_u }
        << QStringList { "<p>"_u, "TITLE-HIDDEN"_u, "STYLE-HIDDEN"_u, "SCRIPT-HIDDEN"_u,
               "&amp;"_u };
    QTest::newRow("nested multiparts, inline image, attachment")
        << "nested.eml"_u
        << "Invoice question"_u
        << QStringList { "NESTED-PLAIN Račun br. 2026-114 je dvostruko naplaćen."_u,
               "[attachment: racun.pdf (application/pdf)]"_u,
               "[attachment: logo.png (image/png)]"_u }
        << QStringList { "NESTED-HTML"_u };
    QTest::newRow("attachment with an RFC 2231 UTF-8 name")
        << "attachment.eml"_u
        << "Logi z serwera – błąd 500"_u
        << QStringList { "W załączniku logi serwera z dzisiaj."_u,
               "[attachment: błąd serwera.log (text/plain)]"_u }
        << QStringList { "Internal Server Error"_u };
    QTest::newRow("forwarded mail (message/rfc822)")
        << "forwarded.eml"_u
        << "Fwd: Your invoice 7781"_u
        << QStringList { "Können Sie das bitte prüfen? OUTER-TEXT"_u,
               "From: Billing System <billing@vendor.example>"_u, "Subject: Your invoice 7781"_u,
               "INNER-TEXT Invoice 7781 is overdue."_u }
        << none;
    QTest::newRow("KOI8-R") << "koi8r.eml"_u
                            << "Сайт не работает"_u
                            << QStringList { "Добрый день! Сайт не работает с утра. Ёлка ёжик."_u }
                            << none;
    QTest::newRow("windows-1251, base64")
        << "cp1251.eml"_u
        << "Пошта не працює"_u << QStringList { "Доброго дня! Не працює пошта, їжак і ґанок."_u }
        << none;
    QTest::newRow("windows-1250, QP")
        << "cp1250.eml"_u
        << "Ne radi žičana veza"_u
        << QStringList { "Poštovani, ne radi nam žičana veza. Čekamo već dan. Đurđevac."_u }
        << none;
    QTest::newRow("ISO-8859-2")
        << "iso88592.eml"_u
        << "Żółty przycisk"_u
        << QStringList { "Dzień dobry, źle działa żółty przycisk. Łódź, ślęczę."_u } << none;
    QTest::newRow("ISO-8859-5") << "iso88595.eml"_u
                                << "Сервер је пао"_u
                                << QStringList { "Поштовани, сервер је пао. Љубомир Њего Ђорђе."_u }
                                << none;
    QTest::newRow("reply: quoted history and signature cut")
        << "quoted_reply.eml"_u
        << "Re: Website down"_u << QStringList { "NEW-WORDS Thanks, it works again."_u }
        << QStringList { "QUOTED-HISTORY"_u, "Older quote"_u, "wrote:"_u, "SIGNATURE-LINE"_u };
    QTest::newRow("Outlook reply: history below the separator cut")
        << "outlook_reply.eml"_u
        << "AW: Drucker"_u << QStringList { "OUTLOOK-NEW Danke, der Drucker läuft."_u }
        << QStringList { "OUTLOOK-HISTORY"_u, "Ursprüngliche Nachricht"_u };
    QTest::newRow("malformed headers, unknown charset, bad base64")
        << "lf_malformed_headers.eml"_u
        << ""_u << QStringList { "MALFORMED-BODY still readable"_u } << none;
    // GMime alone lost the words after a base64 encoded word ending in '=' padding.
    QTest::newRow("subject in several encoded words")
        << "split_encoded_words.eml"_u
        << "Ваш захтев: примљен – ok"_u << QStringList { "SPLIT-WORDS Сајт не ради од јутра."_u }
        << none;
    QTest::newRow("8-bit text without a charset")
        << "no_charset_8bit.eml"_u
        << "Facture"_u << QStringList { "Bonjour, la facture de février est erronée."_u } << none;
}

void TestMailgate::corpusIsFiled()
{
    QFETCH(QString, file);
    QFETCH(QString, subject);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QByteArray mail = corpusMail(file);
    QVERIFY2(!mail.isEmpty(), qPrintable(file));
    const MailgateRun run = runMailgate(m_server, mail, m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));

    const QJsonObject got = ticketGet(run.ticketId);
    const QJsonObject ticket = got.value(QStringLiteral("ticket")).toObject();
    if (!subject.isEmpty())
        QCOMPARE(ticket.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(ticket.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(ticket.value(QStringLiteral("queueId")).toInteger(), 1); // Support
    const QJsonArray messages = got.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(message.value(QStringLiteral("authorId")).toInteger(),
        ticket.value(QStringLiteral("requesterId")).toInteger());
    const QString body = message.value(QStringLiteral("body")).toString();
    for (const QString& text : present)
        QVERIFY2(body.contains(text), qPrintable(QStringLiteral("%1 not in:\n%2").arg(text, body)));
    for (const QString& text : absent)
        QVERIFY2(!body.contains(text), qPrintable(QStringLiteral("%1 in:\n%2").arg(text, body)));
}

// The words cut as quoted history stay in the database with the mail as received.
void TestMailgate::originalIsKeptBesideTheMessage()
{
    const QByteArray mail = plainMail(QStringLiteral("Jane Doe <jane@doe.example>"),
        QStringLiteral("Kept"), QStringLiteral("kept-1@doe.example"),
        QStringLiteral("KEPT-NEW\r\n\r\n-- \r\nKEPT-SIGNATURE"));
    const MailgateRun run = runMailgate(m_server, mail, m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    const QJsonArray messages = ticketGet(run.ticketId).value(QStringLiteral("messages")).toArray();
    const qint64 messageId = messages.first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(messages.first().toObject().value(QStringLiteral("body")).toString(),
        QStringLiteral("KEPT-NEW"));
    QVERIFY(
        m_server
            .queryScalar(QStringLiteral("SELECT full_text FROM mail_inbound WHERE message_id = ?"),
                { messageId })
            .toString()
            .contains(QStringLiteral("KEPT-SIGNATURE")));
    QCOMPARE(m_server
                 .queryScalar(QStringLiteral("SELECT raw FROM mail_inbound WHERE message_id = ?"),
                     { messageId })
                 .toByteArray(),
        mail);
}

// 20 MB: a short text and a big base64 attachment; filed, the text intact.
void TestMailgate::twentyMegabyteMail()
{
    QByteArray mail
        = "From: Big Sender <big@sender.example>\r\nTo: support@example.com\r\n"
          "Subject: Full database dump\r\nMessage-ID: <big-20mb@sender.example>\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n"
          "--BIG\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBIG-TEXT attached.\r\n"
          "--BIG\r\nContent-Type: application/octet-stream; name=\"dump.sql\"\r\n"
          "Content-Disposition: attachment; filename=\"dump.sql\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (mail.size() < 20 * 1024 * 1024)
        mail += line;
    mail += "--BIG--\r\n";
    const MailgateRun run = runMailgate(m_server, mail, m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    const QString body = firstBody(run.ticketId);
    QVERIFY2(body.startsWith(QStringLiteral("BIG-TEXT attached.")), qPrintable(body.left(200)));
    QVERIFY(body.contains(QStringLiteral("[attachment: dump.sql (application/octet-stream)]")));
}

// 10,000 parts in one multipart: filed, the first text part is the body, the list of parts
// stays bounded.
void TestMailgate::mailBombOfTenThousandParts()
{
    QByteArray mail = "From: Bomb <bomb@bomb.example>\r\nTo: support@example.com\r\n"
                      "Subject: Many parts\r\nMessage-ID: <bomb-10000@bomb.example>\r\n"
                      "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"P\"\r\n\r\n"
                      "--P\r\nContent-Type: text/plain\r\n\r\nBOMB-TEXT first part\r\n";
    for (int i = 1; i < 10'000; ++i)
        mail += "--P\r\nContent-Type: application/octet-stream\r\nContent-Disposition: "
                "attachment; filename=\"p"
            + QByteArray::number(i) + ".bin\"\r\n\r\nx\r\n";
    mail += "--P--\r\n";
    const MailgateRun run = runMailgate(m_server, mail, m_config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    const QString body = firstBody(run.ticketId);
    QVERIFY(body.startsWith(QStringLiteral("BOMB-TEXT first part")));
    QCOMPARE(body.count(QStringLiteral("[attachment:")), 200);
}

// Thousands of nested multiparts never reach the MIME parser: a bounce.
void TestMailgate::nestedBombIsBounced()
{
    QByteArray mail
        = "From: Bomb <bomb@bomb.example>\r\nSubject: Deep\r\nMessage-ID: <deep@bomb.example>\r\n"
          "MIME-Version: 1.0\r\n";
    for (int i = 0; i < 5000; ++i)
        mail += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
            + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    mail += "Content-Type: text/plain\r\n\r\ndeep\r\n";
    const MailgateRun run = runMailgate(m_server, mail, m_config);
    QCOMPARE(run.exitCode, 65);
    QVERIFY2(run.log.contains(QStringLiteral("MIME containers")), qPrintable(run.log));
}

void TestMailgate::unreadableMailIsBounced()
{
    const MailgateRun run = runMailgate(m_server, "no headers at all, just words\r\n", m_config);
    QCOMPARE(run.exitCode, 65);
    QVERIFY2(run.log.contains(QStringLiteral("unreadable message")), qPrintable(run.log));
}

void TestMailgate::tooBigMailIsBounced()
{
    const QString small = writeMailConfig(m_dir.path(), QStringLiteral("small.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
            { QStringLiteral("maxMessageBytes"), 4096 } });
    const QByteArray mail = plainMail(QStringLiteral("jane@doe.example"), QStringLiteral("Long"),
        QStringLiteral("long-1@doe.example"), QString(10'000, QLatin1Char('x')));
    const qint64 before
        = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong();
    const MailgateRun run = runMailgate(m_server, mail, small);
    QCOMPARE(run.exitCode, 65);
    QVERIFY2(
        run.log.contains(QStringLiteral("larger than this helpdesk accepts (4096 bytes at most)")),
        qPrintable(run.log));
    QCOMPARE(
        m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong(), before);
}

// Nothing listens on the database port: EX_TEMPFAIL, the MTA keeps the mail and tries again.
void TestMailgate::unavailableDatabaseMeansTryAgain()
{
    QProcess process;
    process.start(TestServer::binary(),
        { QStringLiteral("mailgate"), QStringLiteral("--queue"), QStringLiteral("Support"),
            QStringLiteral("--mail-config"), m_config, QStringLiteral("--database"),
            QStringLiteral("postgres://helpdesk@127.0.0.1:%1/helpdesk")
                .arg(TestServer::freePort()) });
    QVERIFY(process.waitForStarted());
    process.write(plainMail(QStringLiteral("jane@doe.example"), QStringLiteral("Retry"),
        QStringLiteral("retry-1@doe.example"), QStringLiteral("later")));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 75);
}

void TestMailgate::unknownQueueMeansTryAgain()
{
    const MailgateRun run = runMailgate(m_server,
        plainMail(QStringLiteral("jane@doe.example"), QStringLiteral("Where"),
            QStringLiteral("where-1@doe.example"), QStringLiteral("to")),
        m_config, QStringLiteral("No Such Queue"));
    QCOMPARE(run.exitCode, 75);
    QVERIFY2(run.log.contains(QStringLiteral("no queue named No Such Queue")), qPrintable(run.log));
}

// `serve` with a Maildir for Support: what arrives in new/ becomes a ticket (pushed to a
// connected agent), then moves to cur/ flagged seen; a refused mail is flagged trashed.
void TestMailgate::maildirIsPolled()
{
    const QString maildir = m_dir.filePath(QStringLiteral("support-maildir"));
    const QString config = writeMailConfig(m_dir.path(), QStringLiteral("maildir.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
            { QStringLiteral("queues"),
                QJsonObject { { QStringLiteral("Support"),
                    QJsonObject { { QStringLiteral("maildir"), maildir },
                        { QStringLiteral("pollSeconds"), 1 },
                        { QStringLiteral("unknownSenders"), QStringLiteral("domain") } } } } } });
    TestServer server;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--mail-config"), config };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    server.queryScalar(
        QStringLiteral("UPDATE customers SET mail_domain = 'acme.example' WHERE id = ?"),
        { kAcme });
    auto agent = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    QTRY_VERIFY_WITH_TIMEOUT(QDir(maildir).exists(QStringLiteral("new")), 10'000);

    const auto deliver = [&](const QString& name, const QByteArray& mail) {
        QFile file(maildir + QStringLiteral("/tmp/") + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mail);
        file.close();
        QVERIFY(QFile::rename(file.fileName(), maildir + QStringLiteral("/new/") + name));
    };
    deliver(QStringLiteral("1700000000.M1P1.host"),
        plainMail(QStringLiteral("New Contact <nc@acme.example>"),
            QStringLiteral("From the Maildir"), QStringLiteral("maildir-1@acme.example"),
            QStringLiteral("MAILDIR-BODY")));
    deliver(QStringLiteral("1700000001.M2P1.host"),
        plainMail(QStringLiteral("someone@elsewhere.example"), QStringLiteral("Refused"),
            QStringLiteral("maildir-2@elsewhere.example"), QStringLiteral("no organisation")));
    const QJsonObject push = agent->waitForNotification(QStringLiteral("ticket.changed"));
    QCOMPARE(
        push.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("subject")).toString(),
        QStringLiteral("From the Maildir"));
    const QDir cur(maildir + QStringLiteral("/cur"));
    QTRY_COMPARE_WITH_TIMEOUT(cur.entryList(QDir::Files).size(), 2, 15'000);
    QVERIFY(cur.exists(QStringLiteral("1700000000.M1P1.host:2,S")));
    QVERIFY(cur.exists(QStringLiteral("1700000001.M2P1.host:2,T")));
    QVERIFY(QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).isEmpty());
    QCOMPARE(
        server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = 'Refused'"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestMailgate)
#include "tst_mailgate.moc"
