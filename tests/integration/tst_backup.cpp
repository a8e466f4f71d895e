// SPDX-License-Identifier: GPL-3.0-or-later
// `helpdesk-server backup` while the server takes pipelined writes, then `restore` into a new
// database: the copy passes its integrity checks (SQLite: the database and its search index)
// and holds every write acknowledged before the backup began. `restore` never writes over a
// database and refuses what is not a backup; `serve --backup-dir` writes the nightly backup
// at its time and keeps only the newest. On SQLite and (the _pg variant) PostgreSQL.
#include "testclient.h"
#include "testserver.h"

#include "storage/databaseconfig.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QDateTime>
#include <QDir>
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
    void nightlyBackupKeepsTheNewest();

private:
    // --data-dir or --database of a restore target made for this test.
    QStringList restoreTarget(QTemporaryDir& dir, std::unique_ptr<EmptyPostgres>& postgres,
        server::DatabaseConfig* config);
    QStringList sourceArguments(const TestServer& server) const;
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
    if (server.isPostgres())
        return { QStringLiteral("--database"), server.databaseUrl() };
    return { QStringLiteral("--data-dir"), server.dataDir() };
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

// The nightly backup at its time (a few seconds from now), with two older ones beside it and
// --backup-keep 2: the new one and the newest old one stay; a file of another name is kept.
void TestBackup::nightlyBackupKeepsTheNewest()
{
    QTemporaryDir dir;
    const QString backups = dir.filePath(QStringLiteral("nightly"));
    QVERIFY(QDir().mkpath(backups));
    const QString suffix = TestServer::backend() == QLatin1String("postgres")
        ? QStringLiteral(".pgdump")
        : QStringLiteral(".sqlite");
    for (const QString& name : { QStringLiteral("helpdesk-20200101-023000"),
             QStringLiteral("helpdesk-20200102-023000") }) {
        QFile old(QDir(backups).filePath(name + suffix));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
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
        (names = QDir(backups).entryList(QDir::Files, QDir::Name)).size() == 3
            && !names.contains(QStringLiteral("helpdesk-20200101-023000") + suffix)
            && server.log().contains("backup written"),
        qPrintable(names.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::fromUtf8(server.log())),
        60'000);
    QVERIFY(names.contains(QStringLiteral("helpdesk-20200102-023000") + suffix));
    QVERIFY(names.contains(QStringLiteral("notes.txt")));
    const QString fresh = names.at(1); // between the old one and notes.txt
    QVERIFY2(fresh.startsWith(QStringLiteral("helpdesk-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
            || at < QTime(0, 0, 10), // just after midnight: tomorrow's date
        qPrintable(fresh));
    QVERIFY(fresh.endsWith(suffix));
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
