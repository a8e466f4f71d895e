// SPDX-License-Identifier: GPL-3.0-or-later
// `helpdesk-server backup` while the server takes pipelined writes, then `restore` into a new
// database: the copy passes its integrity checks (SQLite: the database and its search index)
// and holds every write acknowledged before the backup began. The backup holds the attachment
// files its database copy refers to (some uploaded while it runs): a server on the restored
// data serves every one with the same bytes, and a missing or corrupt file in the backup
// refuses the restore, naming it. `restore` never writes over a database and refuses what is
// not a backup; `serve --backup-dir` writes the nightly backup at its time and keeps only the
// newest. On SQLite and (the _pg variant) PostgreSQL.
#include "attachmenttools.h"
#include "testclient.h"
#include "testserver.h"

#include "storage/databaseconfig.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

constexpr int kBatch = 50; // message.add requests sent at once
constexpr int kAckedBefore = 300; // acknowledged before the backup starts

using Run = TestServer::CommandRun;


QByteArray messageAdd(qint64 number, qint64 ticket)
{
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), QStringLiteral("m%1").arg(number) },
        { QStringLiteral("method"), QStringLiteral("message.add") },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("ticketId"), ticket },
                { QStringLiteral("body"), QStringLiteral("backup message %1").arg(number) } } } };
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

// A fresh, empty PostgreSQL database on the server of HELPDESK_TEST_PG, dropped at the end.
class EmptyPostgres
{
public:
    EmptyPostgres()
    {
        QString error;
        const auto admin = server::DatabaseConfig::fromUrl(qEnvironmentVariable("HELPDESK_TEST_PG"), &error);
        if (!admin)
            return;
        m_admin = *admin;
        m_name = QStringLiteral("helpdesk_restore_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000);
        server::Db db(m_admin, QStringLiteral("restore-create"));
        db.execRaw(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_config = m_admin;
        m_config.databaseName = m_name;
    }
    ~EmptyPostgres()
    {
        if (m_name.isEmpty())
            return;
        try {
            server::Db db(m_admin, QStringLiteral("restore-drop"));
            db.execRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        } catch (const std::exception& e) {
            qWarning("cannot drop %s: %s", qPrintable(m_name), e.what());
        }
    }
    const server::DatabaseConfig& config() const { return m_config; }

private:
    server::DatabaseConfig m_admin;
    server::DatabaseConfig m_config;
    QString m_name;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupDuringWritesRestoresEveryEarlierAck();
    void restoreNeverOverwrites();
    void attachmentsRestoreWithTheirBytes();
    void damagedAttachmentRefusesTheRestore();
    void nightlyBackupKeepsTheNewest();

private:
    // --data-dir or --database of a restore target made for this test.
    QStringList restoreTarget(QTemporaryDir& dir, std::unique_ptr<EmptyPostgres>& postgres,
        server::DatabaseConfig* config);
    QStringList sourceArguments(const TestServer& server) const;
    // Starts `server` and backs it up with attached files into `dir`/files.backup.
    QString backupWithFiles(
        TestServer& server, QTemporaryDir& dir, QHash<qint64, QByteArray>* files);
};

void TestBackup::initTestCase()
{
    if (TestServer::backend() == QLatin1String("postgres") && !qEnvironmentVariableIsSet("HELPDESK_TEST_PG")) {
        TestServer probe; // exits with 77 (skipped) or fails, as every _pg test does
        probe.start();
    }
}

QStringList TestBackup::sourceArguments(const TestServer& server) const
{
    const QStringList store { QStringLiteral("--attachments-dir"), server.attachmentsDir() };
    if (server.isPostgres())
        return QStringList { QStringLiteral("--database"), server.databaseUrl() } + store;
    return QStringList { QStringLiteral("--data-dir"), server.dataDir() } + store;
}

QStringList TestBackup::restoreTarget(
    QTemporaryDir& dir, std::unique_ptr<EmptyPostgres>& postgres, server::DatabaseConfig* config)
{
    if (TestServer::backend() == QLatin1String("postgres")) {
        postgres = std::make_unique<EmptyPostgres>();
        *config = postgres->config();
        return { QStringLiteral("--database"), config->toUrl(true) };
    }
    *config = server::DatabaseConfig(dir.filePath(QStringLiteral("restored/helpdesk.sqlite")));
    return { QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("restored")) };
}

void TestBackup::backupDuringWritesRestoresEveryEarlierAck()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto writer = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    QVERIFY(writer);
    const QJsonObject created = writer->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Backup under load") },
            { QStringLiteral("body"), QStringLiteral("opening") } });
    HD_EXPECT_OK(created);
    const qint64 ticket = idOf(resultOf(created));

    qint64 sent = 0;
    QSet<QString> acked;
    const auto sendBatch = [&] {
        QByteArray batch;
        for (int i = 0; i < kBatch; ++i)
            batch += messageAdd(sent++, ticket);
        writer->sendRaw(batch);
    };
    const auto collect = [&] {
        writer->pump(5);
        for (const QJsonObject& response : writer->takeResponses()) {
            QCOMPARE(errorCode(response), 0);
            acked.insert(QStringLiteral("backup message %1")
                             .arg(response.value(QLatin1String("id")).toString().mid(1)));
        }
    };
    QElapsedTimer timer;
    timer.start();
    while (acked.size() < kAckedBefore && !timer.hasExpired(4 * kTimeoutMs)) {
        if (sent - acked.size() < kBatch)
            sendBatch();
        collect();
    }
    QVERIFY(acked.size() >= kAckedBefore);
    const QSet<QString> ackedBefore = acked;

    // The backup runs while writes go on.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backups/now.backup"));
    QProcess backup;
    backup.start(TestServer::binary(),
        QStringList { QStringLiteral("backup"), QStringLiteral("--to"), file } + sourceArguments(server));
    QVERIFY(backup.waitForStarted());
    int duringBackup = 0;
    while (backup.state() != QProcess::NotRunning && !timer.hasExpired(12 * kTimeoutMs)) {
        if (sent - acked.size() < kBatch) {
            sendBatch();
            duringBackup += kBatch;
        }
        collect();
        backup.waitForFinished(5);
    }
    if (backup.state() != QProcess::NotRunning)
        QVERIFY(backup.waitForFinished(60'000));
    QCOMPARE(backup.exitStatus(), QProcess::NormalExit);
    QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError().constData());
    QVERIFY(duringBackup > 0);
    const QString report = QString::fromUtf8(backup.readAllStandardOutput());
    QVERIFY2(report.startsWith(QStringLiteral("backup written: ")), qPrintable(report));
    QVERIFY(QFile::exists(file));
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    qInfo("%lld writes acknowledged before the backup, %d sent while it ran",
        qint64(ackedBefore.size()), duringBackup);

    std::unique_ptr<EmptyPostgres> postgres;
    server::DatabaseConfig restored;
    const QStringList target = restoreTarget(dir, postgres, &restored);
    const Run restore = TestServer::runCommand(
        QStringList { QStringLiteral("restore"), QStringLiteral("--from"), file } + target);
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY2(restore.out.startsWith(QStringLiteral("restored: ")), qPrintable(restore.out));

    server::Db db(restored, QStringLiteral("restored-check"));
    QCOMPARE(server::databaseVersion(db), qint64(server::schemaVersion()));
    if (!restored.isPostgres()) {
        server::Query check(db, QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check.scalar().toString(), QStringLiteral("ok"));
        // The search index agrees with the messages it indexes (throws when it does not).
        db.execRaw(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES('integrity-check')"));
    }
    QSet<QString> stored;
    server::Query bodies(db, QStringLiteral("SELECT body FROM messages WHERE ticket_id = ?"));
    bodies.bind(ticket).exec();
    while (bodies.next())
        stored.insert(bodies.text(0));
    for (const QString& body : ackedBefore)
        QVERIFY2(stored.contains(body), qPrintable(QStringLiteral("not in the backup: ") + body));
    // Nothing that was never sent, and the ticket's own first message.
    QVERIFY(stored.contains(QStringLiteral("opening")));
    for (const QString& body : stored)
        QVERIFY(body == QLatin1String("opening") || body.startsWith(QLatin1String("backup message ")));
}

void TestBackup::restoreNeverOverwrites()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("one.backup"));
    Run backup = TestServer::runCommand(
        QStringList { QStringLiteral("backup"), QStringLiteral("--to"), file } + sourceArguments(server));
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));

    // Restoring over the live database, or twice into the same target, is refused.
    Run over = TestServer::runCommand(
        QStringList { QStringLiteral("restore"), QStringLiteral("--from"), file } + sourceArguments(server));
    QCOMPARE(over.exitCode, 1);
    QVERIFY2(over.err.contains(server.isPostgres() ? QStringLiteral("not empty")
                                                   : QStringLiteral("already exists")),
        qPrintable(over.err));
    std::unique_ptr<EmptyPostgres> postgres;
    server::DatabaseConfig restored;
    const QStringList target = restoreTarget(dir, postgres, &restored);
    const QStringList restore { QStringLiteral("restore"), QStringLiteral("--from"), file };
    QCOMPARE(TestServer::runCommand(restore + target).exitCode, 0);
    const Run again = TestServer::runCommand(restore + target);
    QCOMPARE(again.exitCode, 1);

    // What is not a backup is named as such, and nothing is created for it.
    QFile junk(dir.filePath(QStringLiteral("junk.backup")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database at all");
    junk.close();
    const Run notBackup = TestServer::runCommand({ QStringLiteral("restore"), QStringLiteral("--from"),
        junk.fileName(), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("other")) });
    QCOMPARE(notBackup.exitCode, 1);
    QVERIFY2(notBackup.err.contains(QStringLiteral("not a helpdesk backup")), qPrintable(notBackup.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other/helpdesk.sqlite"))));
    const Run missing = TestServer::runCommand({ QStringLiteral("restore"), QStringLiteral("--from"),
        dir.filePath(QStringLiteral("nothing-here")), QStringLiteral("--data-dir"),
        dir.filePath(QStringLiteral("other")) });
    QCOMPARE(missing.exitCode, 1);
    if (!server.isPostgres()) {
        const Run self = TestServer::runCommand({ QStringLiteral("backup"), QStringLiteral("--to"),
            QDir(server.dataDir()).filePath(QStringLiteral("helpdesk.sqlite")),
            QStringLiteral("--data-dir"), server.dataDir() });
        QCOMPARE(self.exitCode, 1);
    }
}

namespace {

// Uploads `data` and attaches it to a new message on `ticket`; the attachment's id, 0 on error.
qint64 attachFile(TestClient& client, qint64 ticket, const QString& name, const QByteArray& data)
{
    const QJsonObject file = upload(client, name, data);
    if (file.isEmpty())
        return 0;
    const QJsonObject message = client.call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), ticket },
            { QStringLiteral("body"), QStringLiteral("file ") + name },
            { QStringLiteral("attachmentIds"), QJsonArray { double(idOf(file)) } } });
    return errorCode(message) == 0 ? idOf(file) : 0;
}

QString firstAttachmentFile(const QString& backup)
{
    QDirIterator it(QDir(backup).filePath(QStringLiteral("attachments")), QDir::Files,
        QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

// A server started with files attached by an agent and a customer, then more uploaded while
// `backup` runs. Returns the backup ("" on any failure); `files` gets every file the restored data must serve: those attached before the
// backup began, and those uploaded during it that the backup's database holds (found later).
QString TestBackup::backupWithFiles(
    TestServer& server, QTemporaryDir& dir, QHash<qint64, QByteArray>* files)
{
    if (!server.start())
        return {};
    auto agent = TestClient::loggedIn(server.port(), QStringLiteral("agent"));
    auto alice = TestClient::loggedIn(server.port(), QStringLiteral("alice"));
    if (!agent || !alice)
        return {};
    const qint64 ticket = idOf(resultOf(alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Logs for the backup") },
            { QStringLiteral("body"), QStringLiteral("see the files") } })));
    // Different sizes, so different contents; a few MB in all, so the copy takes a while.
    for (int i = 0; i < 12; ++i) {
        const QByteArray data = randomBytes(300 * 1024 + 7919 * i);
        TestClient& client = i % 2 ? *agent : *alice;
        const qint64 id = attachFile(client, ticket, QStringLiteral("log-%1.txt").arg(i), data);
        if (id == 0)
            return {};
        files->insert(id, data);
    }
    // The same content twice is stored once, and backed up once.
    const qint64 twice = attachFile(*agent, ticket, QStringLiteral("again.txt"), files->begin().value());
    if (twice == 0)
        return {};
    files->insert(twice, files->begin().value());

    const QString backup = dir.filePath(QStringLiteral("files.backup"));
    QProcess process;
    process.start(TestServer::binary(),
        QStringList { QStringLiteral("backup"), QStringLiteral("--to"), backup } + sourceArguments(server));
    if (!process.waitForStarted())
        return {};
    int during = 0;
    QHash<qint64, QByteArray> uploadedDuring;
    while (process.state() != QProcess::NotRunning && during < 2000) {
        const QByteArray data = randomBytes(1000 + 13 * during++);
        const qint64 id = attachFile(*alice, ticket, QStringLiteral("during-%1.txt").arg(during), data);
        if (id == 0)
            return {};
        uploadedDuring.insert(id, data);
        process.waitForFinished(5); // also notices that it ended
    }
    process.waitForFinished(120'000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("backup failed: %s", process.readAllStandardError().constData());
        return {};
    }
    qInfo("%lld files attached before the backup, %d uploaded while it ran: %s",
        qint64(files->size()), during, process.readAllStandardOutput().trimmed().constData());
    // Those the copy holds are served too; which ones depends on timing, so later.
    for (auto it = uploadedDuring.cbegin(); it != uploadedDuring.cend(); ++it)
        files->insert(-it.key(), it.value()); // negative: maybe in the backup
    return backup;
}

void TestBackup::attachmentsRestoreWithTheirBytes()
{
    TestServer server;
    QTemporaryDir dir;
    QHash<qint64, QByteArray> files;
    const QString backup = backupWithFiles(server, dir, &files);
    QVERIFY2(!backup.isEmpty(), qPrintable(server.errorString()));
    QVERIFY(QFileInfo(backup).isDir());
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
    QCOMPARE(QFile::permissions(backup) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(QFileInfo::exists(QDir(backup).filePath(QStringLiteral("manifest.json"))));
    const QString someFile = firstAttachmentFile(backup);
    QVERIFY(!someFile.isEmpty());
    QCOMPARE(QFile::permissions(someFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    server.terminate();

    // Restored into a new database and a new, empty store; a server on them.
    TestServer restored;
    const QString store = dir.filePath(QStringLiteral("restored-files"));
    std::unique_ptr<EmptyPostgres> postgres;
    QStringList target;
    if (server.isPostgres()) {
        postgres = std::make_unique<EmptyPostgres>();
        target = { QStringLiteral("--database"), postgres->config().toUrl(true) };
    } else {
        // A server made and stopped, its database and files taken away for the restore's.
        TestServer::Options empty;
        empty.populate = false;
        QVERIFY2(restored.start(empty), qPrintable(restored.errorString()));
        restored.terminate();
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(QDir(restored.dataDir()).filePath(QStringLiteral("helpdesk.sqlite") + QLatin1String(suffix)));
        target = { QStringLiteral("--data-dir"), restored.dataDir() };
    }
    const Run restore = TestServer::runCommand(QStringList { QStringLiteral("restore"), QStringLiteral("--from"),
                                             backup, QStringLiteral("--attachments-dir"), store }
        + target);
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QVERIFY2(restore.out.startsWith(QStringLiteral("restored: ")), qPrintable(restore.out));
    TestServer::Options serve;
    serve.extraArguments = { QStringLiteral("--attachments-dir"), store };
    if (server.isPostgres()) {
        serve.databaseUrl = postgres->config().toUrl(true);
        QVERIFY2(restored.startSharing(server, serve), qPrintable(restored.errorString()));
    } else {
        QVERIFY2(restored.restart(serve), qPrintable(restored.errorString()));
    }

    // Alice may read them all: she uploaded the files of the backup's time (one may be in the
    // copy before its message.add was), and the agent's are on her ticket's public messages.
    auto alice = TestClient::loggedIn(restored.port(), QStringLiteral("alice"));
    QVERIFY(alice);
    int served = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const qint64 id = qAbs(it.key());
        const QByteArray got = download(*alice, id, it.value().size());
        if (it.key() < 0 && got.startsWith("error: ")) {
            // Uploaded during the backup: absent only when the copy was taken before it.
            QVERIFY2(!restored.queryScalar(QStringLiteral("SELECT id FROM attachments WHERE id = ?"), { id }).isValid(),
                qPrintable(QStringLiteral("attachment %1 is in the database but not served: %2").arg(id).arg(QString::fromUtf8(got))));
            continue;
        }
        QVERIFY2(got == it.value(), qPrintable(QStringLiteral("attachment %1: %2").arg(id).arg(QString::fromUtf8(got.left(200)))));
        ++served;
    }
    qInfo("%d attachments served by the restored server with their bytes", served);
    QVERIFY(served >= 13);
}

// A file of the backup changed or taken away: the restore names it and writes nothing.
void TestBackup::damagedAttachmentRefusesTheRestore()
{
    TestServer server;
    QTemporaryDir dir;
    QHash<qint64, QByteArray> files;
    const QString backup = backupWithFiles(server, dir, &files);
    QVERIFY2(!backup.isEmpty(), qPrintable(server.errorString()));
    const QString victim = firstAttachmentFile(backup);
    QVERIFY(!victim.isEmpty());
    const QString name = QFileInfo(victim).fileName();
    const auto restoreInto = [&](const QString& where, std::unique_ptr<EmptyPostgres>& postgres) {
        QStringList target { QStringLiteral("--data-dir"), dir.filePath(where) };
        if (server.isPostgres()) {
            postgres = std::make_unique<EmptyPostgres>();
            target = QStringList { QStringLiteral("--database"), postgres->config().toUrl(true),
                QStringLiteral("--attachments-dir"), dir.filePath(where + QStringLiteral("/attachments")) };
        }
        return TestServer::runCommand(
            QStringList { QStringLiteral("restore"), QStringLiteral("--from"), backup } + target);
    };

    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(1000));
    const QByteArray original = file.read(1);
    QVERIFY(file.seek(1000));
    file.write(QByteArray(1, char(original.at(0) ^ 0x5a)));
    file.close();
    std::unique_ptr<EmptyPostgres> postgres;
    const Run corrupt = restoreInto(QStringLiteral("corrupt"), postgres);
    QCOMPARE(corrupt.exitCode, 1);
    QVERIFY2(corrupt.err.contains(name) && corrupt.err.contains(QStringLiteral("corrupt")), qPrintable(corrupt.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("corrupt/helpdesk.sqlite"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("corrupt/attachments/")
        + victim.section(QLatin1Char('/'), -2))));
    if (postgres) {
        server::Db db(postgres->config(), QStringLiteral("refused-check"));
        server::Query tables(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
        QCOMPARE(tables.scalar().toLongLong(), 0);
    }

    QVERIFY(QFile::remove(victim));
    std::unique_ptr<EmptyPostgres> postgres2;
    const Run missing = restoreInto(QStringLiteral("missing"), postgres2);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(name) && missing.err.contains(QStringLiteral("missing")), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing/helpdesk.sqlite"))));
}

// The nightly backup at its time (a few seconds from now), with two older ones beside it and
// --backup-keep 2: the new one and the newest old one stay; a file of another name is kept.
// The new one is a backup directory with the attachment files.
void TestBackup::nightlyBackupKeepsTheNewest()
{
    QTemporaryDir dir;
    const QString backups = dir.filePath(QStringLiteral("nightly"));
    QVERIFY(QDir().mkpath(backups));
    // The older: a database file alone, as versions before attachments were backed up wrote;
    // the newer: a backup directory.
    const QString legacy = QStringLiteral("helpdesk-20200101-023000")
        + (TestServer::backend() == QLatin1String("postgres") ? QStringLiteral(".pgdump")
                                                              : QStringLiteral(".sqlite"));
    const QString suffix = QStringLiteral(".backup");
    const QString older = QStringLiteral("helpdesk-20200102-023000") + suffix;
    QFile old(QDir(backups).filePath(legacy));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(QDir(backups).mkpath(older + QStringLiteral("/attachments")));
    QFile mine(QDir(backups).filePath(QStringLiteral("notes.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();

    // Made first, then served again with the backup a few seconds ahead: `init` can take long.
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.terminate();
    const QTime at = QTime::currentTime().addSecs(8);
    TestServer::Options options;
    options.extraArguments = { QStringLiteral("--backup-dir"), backups, QStringLiteral("--backup-at"),
        at.toString(QStringLiteral("HH:mm:ss")), QStringLiteral("--backup-keep"), QStringLiteral("2") };
    QVERIFY2(server.restart(options), qPrintable(server.errorString()));
    QStringList names;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (names = QDir(backups).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)).size() == 3
            && !names.contains(legacy)
            && server.log().contains("backup written"),
        qPrintable(names.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(server.log())),
        60'000);
    QVERIFY(names.contains(older));
    QVERIFY(names.contains(QStringLiteral("notes.txt")));
    const QString fresh = names.at(1); // between the old one and notes.txt
    QVERIFY2(fresh.startsWith(QStringLiteral("helpdesk-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
            || at < QTime(0, 0, 10), // just after midnight: tomorrow's date
        qPrintable(fresh));
    QVERIFY(fresh.endsWith(suffix));
    QVERIFY(QFileInfo::exists(QDir(backups).filePath(fresh + QStringLiteral("/manifest.json"))));
    QVERIFY(server.log().contains("old backup deleted"));

    // It is a whole backup: it restores.
    std::unique_ptr<EmptyPostgres> postgres;
    server::DatabaseConfig restored;
    const Run restore = TestServer::runCommand(QStringList { QStringLiteral("restore"), QStringLiteral("--from"),
                                             QDir(backups).filePath(fresh) }
        + restoreTarget(dir, postgres, &restored));
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
