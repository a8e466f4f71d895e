// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments beyond the client: a mail's attachments become its message's files
// (tests/data/mail/attachments_kept.eml), and on PostgreSQL two servers share one attachment
// directory (an upload resumed through the other server, the relayed push lists the file).
#include "attachmenttools.h"
#include "mailtools.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

class TestAttachmentMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inboundMailAttachments();
    void twoServersShareTheStore();

private:
    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
};

void TestAttachmentMail::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(m_agent && m_alice);
}

// A mail's attachments become its message's files (tests/data/mail/attachments_kept.eml):
// names made safe, content stored as sent; beyond --max-attachment-bytes only the name stays
// in the text.
void TestAttachmentMail::inboundMailAttachments()
{
    QTemporaryDir dir;
    const QString config = writeMailConfig(dir.path(), QStringLiteral("mail.json"),
        QJsonObject { { QStringLiteral("domain"), QStringLiteral("helpdesk.example.com") },
            { QStringLiteral("queues"),
                QJsonObject { { QStringLiteral("Support"),
                    QJsonObject { { QStringLiteral("address"),
                        QStringLiteral("support@example.com") } } } } } });
    const QByteArray mail = corpusMail(QStringLiteral("attachments_kept.eml"));
    const MailgateRun run = runMailgate(m_server, mail, config);
    QVERIFY2(run.exitCode == 0 && run.newTicket, qPrintable(run.log));
    const QJsonObject got = resultOf(
        m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), run.ticketId)));
    const QJsonObject message = got.value(QLatin1String("messages")).toArray().first().toObject();
    QVERIFY(message.value(QLatin1String("body"))
                .toString()
                .startsWith(QStringLiteral("ATTACHMENTS-TEXT")));
    const QJsonArray files = message.value(QLatin1String("attachments")).toArray();
    QCOMPARE(files.size(), 4);
    const QStringList names { QStringLiteral("screen.png"), QStringLiteral("evil.log"),
        QStringLiteral("_CON.exe"), QStringLiteral("attachment.svg") };
    const QStringList hashes {
        QStringLiteral("e3ec8b7a95b6c12f4a6f3db24833c42c87d74124c06be8276a9b1a06a7adc459"),
        QStringLiteral("7b88dfee0c0c7cb5dd8861faa0e04a9477da2d482e1278eebafd19eada21c44f"),
        QStringLiteral("278bfe9b23f7a82834fc54954cc115383f676c757c47e3ba35ad71649709b066"),
        QStringLiteral("11213aa3ca2270d7f1fd10056070a1e16aba50dd3b6969c02ccc64fd7471fd91")
    };
    const QList<int> sizes { 96, 44, 260, 90 };
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        QCOMPARE(file.value(QLatin1String("name")).toString(), names.at(i));
        QCOMPARE(file.value(QLatin1String("sha256")).toString(), hashes.at(i));
        QCOMPARE(file.value(QLatin1String("size")).toInt(), sizes.at(i));
        QCOMPARE(sha256Of(download(*m_agent, idOf(file), sizes.at(i))), hashes.at(i));
    }
    QCOMPARE(files.at(0).toObject().value(QLatin1String("mediaType")).toString(),
        QStringLiteral("image/png"));

    // With a limit of 100 bytes the 260-byte program is not kept; the others are.
    QByteArray again = mail;
    again.replace("corpus-attachments-kept@", "corpus-attachments-limited@");
    const MailgateRun limited = runMailgate(m_server, again, config, QStringLiteral("Support"),
        { QStringLiteral("--max-attachment-bytes"), QStringLiteral("100") });
    QVERIFY2(limited.exitCode == 0 && limited.newTicket, qPrintable(limited.log));
    const QJsonObject second = resultOf(
        m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), limited.ticketId)))
                                   .value(QLatin1String("messages"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(second.value(QLatin1String("attachments")).toArray().size(), 3);
    QVERIFY(second.value(QLatin1String("body"))
                .toString()
                .contains(QStringLiteral("[attachment: CON.exe")));
}

// PostgreSQL, two servers on one database and one attachment directory: an upload begun on
// one goes on through the other, and a client of the first hears of the file attached
// through the second (the cluster relay) and reads it from the first.
void TestAttachmentMail::twoServersShareTheStore()
{
    if (!m_server.isPostgres())
        QSKIP("several servers need PostgreSQL");
    TestServer second;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--attachments-dir"), m_server.attachmentsDir() };
    QVERIFY2(second.startSharing(m_server, options), qPrintable(second.errorString()));
    auto aliceOnSecond = TestClient::loggedIn(second.port(), QStringLiteral("alice"));
    QVERIFY(aliceOnSecond);
    const QByteArray data = randomBytes(3 * kChunk + 77);
    const QString id = uploadIdOf(m_alice->call(QStringLiteral("attachment.begin"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("shared.bin") },
            { QStringLiteral("size"), double(data.size()) },
            { QStringLiteral("sha256"), sha256Of(data) } }));
    QVERIFY(!sendChunks(*m_alice, id, data.left(kChunk)).isEmpty());
    const qint64 received = resultOf(aliceOnSecond->call(QStringLiteral("attachment.status"),
                                         params(QStringLiteral("uploadId"), id)))
                                .value(QLatin1String("received"))
                                .toInteger();
    QCOMPARE(received, kChunk);
    const QJsonObject done = sendChunks(*aliceOnSecond, id, data, received);
    QVERIFY(done.value(QLatin1String("done")).toBool());
    const qint64 file = idOf(done.value(QLatin1String("attachment")));

    const qint64 ticket = idOf(resultOf(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Across servers") },
            { QStringLiteral("body"), QStringLiteral("x") } })));
    const QJsonObject message = resultOf(aliceOnSecond->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("the file") },
            { QStringLiteral("attachmentIds"), QJsonArray { double(file) } } }));
    const QJsonObject pushed = m_agent->waitForNotification(
        QStringLiteral("message.added"), [&message](const QJsonObject& push) {
            return idOf(push.value(QLatin1String("message"))) == idOf(message);
        });
    QCOMPARE(idOf(pushed.value(QLatin1String("message"))
                      .toObject()
                      .value(QLatin1String("attachments"))
                      .toArray()
                      .first()),
        file);
    QCOMPARE(sha256Of(download(*m_agent, file, data.size())), sha256Of(data));
}

QTEST_GUILESS_MAIN(TestAttachmentMail)
#include "tst_attachmentmail.moc"
