// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments (docs/protocol.md, "Attachments"): chunked, resumable uploads into the
// content-addressed store, attaching them to a message, chunked downloads checked against
// their SHA-256, hostile names made safe, limits, and who may fetch what.
#include "attachmenttools.h"
#include "testclient.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace helpdesk::test;

class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadAttachAndDownload();
    void hostileNames_data();
    void hostileNames();
    void limitsAndBadChunks();
    void attachingOthersFiles();
    void whoMayFetch();
    void interruptedUploadResumes();
    void abandonedUploadsExpire();

private:
    qint64 ticketWithFile(TestClient& author, qint64 customer, qint64 attachmentId, bool internal,
        qint64* messageId = nullptr);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
};

void TestAttachments::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    m_bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(m_agent && m_alice && m_bob);
}

qint64 TestAttachments::ticketWithFile(
    TestClient& author, qint64 customer, qint64 attachmentId, bool internal, qint64* messageId)
{
    const qint64 ticket = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Logs attached") },
            { QStringLiteral("body"), QStringLiteral("See the file") },
            { QStringLiteral("customerId"), customer } })));
    QJsonObject add { { QStringLiteral("ticketId"), ticket },
        { QStringLiteral("body"), QStringLiteral("The log") },
        { QStringLiteral("attachmentIds"), QJsonArray { double(attachmentId) } } };
    if (internal)
        add.insert(QStringLiteral("internal"), true);
    const QJsonObject message = resultOf(author.call(QStringLiteral("message.add"), add));
    if (messageId)
        *messageId = idOf(message);
    return ticket;
}

void TestAttachments::uploadAttachAndDownload()
{
    const QByteArray data = randomBytes(3 * kChunk + 12345);
    const QJsonObject file = upload(*m_alice, QStringLiteral("server.log"), data);
    QVERIFY(!file.isEmpty());
    QCOMPARE(file.value(QLatin1String("name")).toString(), QStringLiteral("server.log"));
    QCOMPARE(file.value(QLatin1String("size")).toDouble(), double(data.size()));
    QCOMPARE(file.value(QLatin1String("sha256")).toString(), sha256Of(data));
    QVERIFY(file.value(QLatin1String("messageId")).isNull());
    const qint64 id = idOf(file);

    // The file is on disk under its hash, outside the database.
    const QString sha = sha256Of(data);
    const QString path = m_server.attachmentsDir() + QLatin1Char('/') + sha.left(2)
        + QLatin1Char('/') + sha.mid(2);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    const qint64 ticket = idOf(resultOf(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Site slow") },
            { QStringLiteral("body"), QStringLiteral("Log attached") } })));
    m_agent->clearNotifications();
    const QJsonObject message = resultOf(m_alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("Here is the log") },
            { QStringLiteral("attachmentIds"), QJsonArray { double(id) } } }));
    QCOMPARE(message.value(QLatin1String("attachments")).toArray().size(), 1);
    const QJsonObject pushed = m_agent->waitForNotification(
        QStringLiteral("message.added"), [&message](const QJsonObject& push) {
            return idOf(push.value(QLatin1String("message"))) == idOf(message);
        });
    const QJsonArray pushedFiles = pushed.value(QLatin1String("message"))
                                       .toObject()
                                       .value(QLatin1String("attachments"))
                                       .toArray();
    QCOMPARE(pushedFiles.size(), 1);
    QCOMPARE(idOf(pushedFiles.first().toObject()), id);

    const QJsonObject got = resultOf(
        m_agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)));
    const QJsonArray messages = got.value(QLatin1String("messages")).toArray();
    const QJsonObject listed = messages.last()
                                   .toObject()
                                   .value(QLatin1String("attachments"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(idOf(listed), id);
    QCOMPARE(listed.value(QLatin1String("messageId")).toInteger(), idOf(message));
    QVERIFY(!listed.value(QLatin1String("mediaType")).toString().isEmpty());

    const QByteArray fetched = download(*m_agent, id, data.size());
    QCOMPARE(fetched.size(), data.size());
    QCOMPARE(sha256Of(fetched), sha);
    // A range in the middle, and the end.
    const QJsonObject range = resultOf(m_alice->call(QStringLiteral("attachment.get"),
        QJsonObject { { QStringLiteral("id"), double(id) }, { QStringLiteral("offset"), 1000 },
            { QStringLiteral("length"), 10 } }));
    QCOMPARE(QByteArray::fromBase64(range.value(QLatin1String("data")).toString().toLatin1()),
        data.mid(1000, 10));
    QCOMPARE(range.value(QLatin1String("eof")).toBool(), false);
    const QJsonObject end = resultOf(m_alice->call(QStringLiteral("attachment.get"),
        QJsonObject { { QStringLiteral("id"), double(id) },
            { QStringLiteral("offset"), double(data.size()) } }));
    QCOMPARE(end.value(QLatin1String("data")).toString(), QString());
    QCOMPARE(end.value(QLatin1String("eof")).toBool(), true);

    // The same content again is stored once: a second attachment row, one file.
    const QJsonObject again = upload(*m_agent, QStringLiteral("copy.log"), data);
    QVERIFY(idOf(again) != id);
    int files = 0;
    for (QDirIterator it(m_server.attachmentsDir(), QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        files += it.fileName() == sha.mid(2);
    }
    QCOMPARE(files, 1);

    // An empty file is a file too.
    const QJsonObject empty = upload(*m_alice, QStringLiteral("empty.txt"), QByteArray());
    QVERIFY(!empty.isEmpty());
    QCOMPARE(empty.value(QLatin1String("size")).toDouble(), 0.0);
}

void TestAttachments::hostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: refused with 1022
    QTest::newRow("traversal") << "../../etc/passwd"
                               << "passwd";
    QTest::newRow("windows traversal") << "..\\..\\Windows\\System32\\drivers\\etc\\hosts"
                                       << "hosts";
    QTest::newRow("absolute") << "/etc/shadow"
                              << "shadow";
    QTest::newRow("drive") << "C:\\boot.ini"
                           << "boot.ini";
    QTest::newRow("dots only") << ".."
                               << "";
    QTest::newRow("dot") << "."
                         << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("spaces") << "   "
                            << "";
    QTest::newRow("hidden") << ".bashrc"
                            << "bashrc";
    QTest::newRow("trailing dots and spaces") << "report.pdf. . "
                                              << "report.pdf";
    QTest::newRow("newline") << "a\nb.txt"
                             << "a_b.txt";
    QTest::newRow("carriage return") << "evil\r\nX-Header: 1.txt"
                                     << "evil__X-Header_ 1.txt";
    QTest::newRow("nul") << QStringLiteral("a%1b.txt").arg(QChar(0)) << "a_b.txt";
    QTest::newRow("escape") << QStringLiteral("\x1b[31mred.txt") << "_[31mred.txt";
    QTest::newRow("bidi override")
        << QStringLiteral("invoice%1fdp.exe").arg(QChar(0x202e)) << "invoice_fdp.exe";
    QTest::newRow("windows forbidden") << "a<b>c:d\"e|f?g*h.txt"
                                       << "a_b_c_d_e_f_g_h.txt";
    QTest::newRow("CON") << "CON"
                         << "_CON";
    QTest::newRow("con.txt") << "con.txt"
                             << "_con.txt";
    QTest::newRow("PRN") << "PRN.log"
                         << "_PRN.log";
    QTest::newRow("AUX") << "aux"
                         << "_aux";
    QTest::newRow("NUL.tar.gz") << "NUL.tar.gz"
                                << "_NUL.tar.gz";
    QTest::newRow("COM1") << "COM1"
                          << "_COM1";
    QTest::newRow("LPT9") << "lpt9.doc"
                          << "_lpt9.doc";
    QTest::newRow("not reserved") << "CONSOLE.txt"
                                  << "CONSOLE.txt";
    QTest::newRow("long") << QString(300, QLatin1Char('a')) + QStringLiteral(".pdf")
                          << QString(196, QLatin1Char('a')) + QStringLiteral(".pdf");
    QTest::newRow("unicode kept") << "Отчёт 2026 — ąę.xlsx"
                                  << "Отчёт 2026 — ąę.xlsx";
    QTest::newRow("html") << "<b onclick=x>hi</b>.html"
                          << "b_.html";
    QTest::newRow("html no slash") << "<img src=x onerror=alert(1)>.svg"
                                   << "_img src=x onerror=alert(1)_.svg";
}

void TestAttachments::hostileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QJsonObject begun = m_alice->call(QStringLiteral("attachment.begin"),
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), 3 } });
    if (expected.isEmpty()) {
        HD_EXPECT_ERROR(begun, 1022);
        QVERIFY(errorData(begun)
                    .value(QLatin1String("fields"))
                    .toObject()
                    .contains(QLatin1String("name")));
        return;
    }
    HD_EXPECT_OK(begun);
    QCOMPARE(resultOf(begun).value(QLatin1String("name")).toString(), expected);
    const QJsonObject done = sendChunks(*m_alice, uploadIdOf(begun), QByteArrayLiteral("abc"));
    QCOMPARE(
        done.value(QLatin1String("attachment")).toObject().value(QLatin1String("name")).toString(),
        expected);
    // Nothing was written outside the store.
    QVERIFY(!QFile::exists(m_server.dataDir() + QStringLiteral("/passwd")));
    QVERIFY(!QFile::exists(QDir(m_server.dataDir()).filePath(QStringLiteral("../passwd"))));
}

void TestAttachments::limitsAndBadChunks()
{
    const auto begin = [this](const QJsonObject& p) {
        return m_alice->call(QStringLiteral("attachment.begin"), p);
    };
    const QJsonObject tooBig
        = begin(QJsonObject { { QStringLiteral("name"), QStringLiteral("huge.iso") },
            { QStringLiteral("size"), 200.0 * 1024 * 1024 } });
    HD_EXPECT_ERROR(tooBig, 1022);
    QCOMPARE(errorData(tooBig).value(QLatin1String("maxBytes")).toDouble(), 100.0 * 1024 * 1024);
    HD_EXPECT_ERROR(begin(QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                        { QStringLiteral("size"), -1 } }),
        1022);
    HD_EXPECT_ERROR(
        begin(QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
            { QStringLiteral("size"), 1 }, { QStringLiteral("sha256"), QStringLiteral("xyz") } }),
        1022);
    HD_EXPECT_ERROR(begin(QJsonObject { { QStringLiteral("name"), QStringLiteral("a") } }), -32602);

    const QByteArray data = randomBytes(kChunk + 10);
    const QString id
        = uploadIdOf(begin(QJsonObject { { QStringLiteral("name"), QStringLiteral("x.bin") },
            { QStringLiteral("size"), double(data.size()) },
            { QStringLiteral("sha256"), sha256Of(data) } }));
    QVERIFY(!id.isEmpty());
    // A gap, a chunk over the limit, past the end, not base64.
    const QJsonObject gap
        = m_alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, 5, "abc"));
    HD_EXPECT_ERROR(gap, 1022);
    QCOMPARE(errorData(gap).value(QLatin1String("received")).toDouble(), 0.0);
    HD_EXPECT_ERROR(
        m_alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, 0, data)), 1022);
    QJsonObject notBase64 = chunkParams(id, 0, "abc");
    notBase64.insert(QStringLiteral("data"), QStringLiteral("!!not base64!!"));
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.chunk"), notBase64), 1022);
    // Bob cannot write into, or ask about, Alice's upload.
    HD_EXPECT_ERROR(
        m_bob->call(QStringLiteral("attachment.chunk"), chunkParams(id, 0, "abc")), 1004);
    HD_EXPECT_ERROR(
        m_bob->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)),
        1004);
    HD_EXPECT_ERROR(
        m_bob->call(QStringLiteral("attachment.cancel"), params(QStringLiteral("uploadId"), id)),
        1004);

    // Wrong bytes: the checksum announced does not match; the upload stays as it was.
    HD_EXPECT_OK(
        m_alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, 0, data.left(kChunk))));
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.chunk"),
                        chunkParams(id, kChunk, QByteArray(11, 'x'))),
        1022); // past the announced size
    QByteArray wrongTail = data.mid(kChunk);
    wrongTail[0] = char(wrongTail[0] ^ 1);
    const QJsonObject mismatch
        = m_alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, kChunk, wrongTail));
    HD_EXPECT_ERROR(mismatch, 1022);
    QVERIFY(errorData(mismatch)
                .value(QLatin1String("fields"))
                .toObject()
                .contains(QLatin1String("sha256")));
    const QJsonObject status = resultOf(
        m_alice->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)));
    QCOMPARE(status.value(QLatin1String("received")).toDouble(), double(kChunk));
    // Sent again right, it completes.
    const QJsonObject done = resultOf(m_alice->call(
        QStringLiteral("attachment.chunk"), chunkParams(id, kChunk, data.mid(kChunk))));
    QVERIFY(done.value(QLatin1String("done")).toBool());
    QCOMPARE(done.value(QLatin1String("attachment"))
                 .toObject()
                 .value(QLatin1String("sha256"))
                 .toString(),
        sha256Of(data));
    // A finished upload is gone.
    HD_EXPECT_ERROR(
        m_alice->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)),
        1004);

    // Cancel drops an upload.
    const QString cancelled = uploadIdOf(begin(QJsonObject {
        { QStringLiteral("name"), QStringLiteral("c") }, { QStringLiteral("size"), 10 } }));
    HD_EXPECT_OK(
        m_alice->call(QStringLiteral("attachment.chunk"), chunkParams(cancelled, 0, "12345")));
    HD_EXPECT_OK(m_alice->call(
        QStringLiteral("attachment.cancel"), params(QStringLiteral("uploadId"), cancelled)));
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.status"),
                        params(QStringLiteral("uploadId"), cancelled)),
        1004);
    QVERIFY(!QFile::exists(m_server.attachmentsDir() + QStringLiteral("/uploads/") + cancelled
        + QStringLiteral(".part")));

    // Download ranges.
    const qint64 file = idOf(done.value(QLatin1String("attachment")));
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.get"),
                        QJsonObject { { QStringLiteral("id"), double(file) },
                            { QStringLiteral("length"), 0 } }),
        1022);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.get"),
                        QJsonObject { { QStringLiteral("id"), double(file) },
                            { QStringLiteral("length"), double(kChunk + 1) } }),
        1022);
    HD_EXPECT_ERROR(m_alice->call(QStringLiteral("attachment.get"),
                        QJsonObject { { QStringLiteral("id"), double(file) },
                            { QStringLiteral("offset"), double(data.size() + 1) } }),
        1022);
}

void TestAttachments::attachingOthersFiles()
{
    const QJsonObject alices = upload(*m_alice, QStringLiteral("alice.txt"), "alice's");
    const qint64 ticket = idOf(resultOf(m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Files") },
            { QStringLiteral("body"), QStringLiteral("x") },
            { QStringLiteral("customerId"), kAcme } })));
    const auto add = [&](TestClient& client, const QJsonValue& ids) {
        return client.call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), ticket },
                { QStringLiteral("body"), QStringLiteral("file") },
                { QStringLiteral("attachmentIds"), ids } });
    };
    HD_EXPECT_ERROR(add(*m_agent, QJsonArray { double(idOf(alices)) }), 1004); // not the agent's
    HD_EXPECT_ERROR(add(*m_alice, QJsonArray { 987654.0 }), 1004);
    HD_EXPECT_ERROR(add(*m_alice, QJsonArray { double(idOf(alices)), double(idOf(alices)) }), 1022);
    HD_EXPECT_ERROR(add(*m_alice, QStringLiteral("1")), -32602);
    HD_EXPECT_ERROR(add(*m_alice, QJsonArray { QStringLiteral("1") }), -32602);
    HD_EXPECT_OK(add(*m_alice, QJsonArray { double(idOf(alices)) }));
    HD_EXPECT_ERROR(add(*m_alice, QJsonArray { double(idOf(alices)) }), 1022); // attached already
    // ticket.create takes files for its first message too.
    const QJsonObject more = upload(*m_alice, QStringLiteral("screenshot.png"), "not really a png");
    const qint64 created = idOf(resultOf(m_alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("With a screenshot") },
            { QStringLiteral("body"), QStringLiteral("see it") },
            { QStringLiteral("attachmentIds"), QJsonArray { double(idOf(more)) } } })));
    const QJsonObject got = resultOf(
        m_alice->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), created)));
    QCOMPARE(idOf(got.value(QLatin1String("messages"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QLatin1String("attachments"))
                      .toArray()
                      .first()),
        idOf(more));
}

// A customer never fetches another organisation's file nor an internal note's; an unattached
// upload is its uploader's alone. Staff fetch all.
void TestAttachments::whoMayFetch()
{
    const auto fetch = [](TestClient& client, qint64 id) {
        return client.call(QStringLiteral("attachment.get"), params(QStringLiteral("id"), id));
    };
    const QJsonObject bobs = upload(*m_bob, QStringLiteral("globex.txt"), "globex secret");
    HD_EXPECT_ERROR(fetch(*m_alice, idOf(bobs)), 1004); // unattached: Bob's alone
    HD_EXPECT_ERROR(fetch(*m_agent, idOf(bobs)), 1004);
    HD_EXPECT_OK(fetch(*m_bob, idOf(bobs)));
    ticketWithFile(*m_bob, kGlobex, idOf(bobs), false);
    HD_EXPECT_ERROR(fetch(*m_alice, idOf(bobs)), 1004); // another organisation's
    HD_EXPECT_OK(fetch(*m_agent, idOf(bobs)));
    HD_EXPECT_OK(fetch(*m_bob, idOf(bobs)));

    const QJsonObject note = upload(*m_agent, QStringLiteral("internal.txt"), "staff only");
    qint64 noteMessage = 0;
    const qint64 ticket = ticketWithFile(*m_agent, kAcme, idOf(note), true, &noteMessage);
    HD_EXPECT_ERROR(fetch(*m_alice, idOf(note)), 1004);
    HD_EXPECT_OK(fetch(*m_agent, idOf(note)));
    const QJsonObject seen = resultOf(
        m_alice->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)));
    for (const QJsonValue& message : seen.value(QLatin1String("messages")).toArray())
        QVERIFY(!message.toObject().contains(QLatin1String("attachments")));
    HD_EXPECT_ERROR(fetch(*m_alice, 987654), 1004);
}

// A 50 MB upload: the connection drops half-way, a new one asks how much arrived and goes
// on; the server restarts in between too. The file that arrives is the file that was sent.
void TestAttachments::interruptedUploadResumes()
{
    const QByteArray data = randomBytes(50LL * 1024 * 1024);
    const QString sha = sha256Of(data);
    auto client = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    const QString id = uploadIdOf(client->call(QStringLiteral("attachment.begin"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("dump.tar") },
            { QStringLiteral("size"), double(data.size()) }, { QStringLiteral("sha256"), sha } }));
    QVERIFY(!id.isEmpty());
    // 20 chunks with answers, then 3 sent without waiting and the connection cut.
    QVERIFY(!sendChunks(*client, id, data.left(20 * kChunk)).isEmpty());
    for (int i = 20; i < 23; ++i)
        client->send(QStringLiteral("attachment.chunk"),
            chunkParams(id, i * kChunk, data.mid(i * kChunk, kChunk)));
    client.reset();

    client = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    qint64 received = resultOf(
        client->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)))
                          .value(QLatin1String("received"))
                          .toInteger();
    QVERIFY2(received >= 20 * kChunk && received <= 23 * kChunk, QByteArray::number(received));
    QVERIFY(!sendChunks(*client, id, data.left(60 * kChunk), received).isEmpty());
    client.reset();

    // The server goes down hard and comes back: the upload is still there.
    m_server.kill9();
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    client = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    received = resultOf(
        client->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)))
                   .value(QLatin1String("received"))
                   .toInteger();
    QCOMPARE(received, 60 * kChunk);
    const QJsonObject done = sendChunks(*client, id, data, received);
    QVERIFY(done.value(QLatin1String("done")).toBool());
    const QJsonObject file = done.value(QLatin1String("attachment")).toObject();
    QCOMPARE(file.value(QLatin1String("sha256")).toString(), sha);
    QCOMPARE(sha256Of(download(*client, idOf(file), data.size())), sha);
    // The clients of the other tests reconnect after the restart.
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    m_bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
}

void TestAttachments::abandonedUploadsExpire()
{
    TestServer server;
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--upload-expiry-seconds"), QStringLiteral("2") };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    auto alice = TestClient::loggedIn(server.port(), QStringLiteral("alice"));
    const QString id = uploadIdOf(alice->call(QStringLiteral("attachment.begin"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("half.bin") },
            { QStringLiteral("size"), 10 } }));
    HD_EXPECT_OK(alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, 0, "12345")));
    const QJsonObject unattached = upload(*alice, QStringLiteral("never attached.txt"), "lonely");
    const QString part
        = server.attachmentsDir() + QStringLiteral("/uploads/") + id + QStringLiteral(".part");
    QVERIFY(QFile::exists(part));
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(part), 15'000);
    HD_EXPECT_ERROR(
        alice->call(QStringLiteral("attachment.status"), params(QStringLiteral("uploadId"), id)),
        1004);
    HD_EXPECT_ERROR(
        alice->call(QStringLiteral("attachment.chunk"), chunkParams(id, 5, "67890")), 1004);
    QTRY_COMPARE_WITH_TIMEOUT(errorCode(alice->call(QStringLiteral("attachment.get"),
                                  params(QStringLiteral("id"), idOf(unattached)))),
        1004, 15'000);
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
