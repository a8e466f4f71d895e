// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "backupfiles.h"

#include "storage/db.h"
#include "storage/migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <stdexcept>

#include <unistd.h>

namespace helpdesk::server {

namespace {

const QString kSqliteSuffix = QStringLiteral(".sqlite");
const QString kPostgresSuffix = QStringLiteral(".pgdump");
const QString kBackupSuffix = QStringLiteral(".backup");
const QString kSqliteName = QStringLiteral("database.sqlite");
const QString kPostgresName = QStringLiteral("database.pgdump");
const QFileDevice::Permissions kOwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
const QByteArray kPgDumpMagic("PGDMP");
constexpr int kToolTimeoutMs = 6 * 3600 * 1000; // a very large database, on a slow disk

[[noreturn]] void refuse(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

// A SQLite connection of its own for one task; closed and removed when it goes.
class SqliteConnection
{
public:
    SqliteConnection(const QString& path, bool readOnly)
    {
        static QAtomicInt s_count;
        m_name = QStringLiteral("backup-%1").arg(s_count.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        // The busy timeout rides out a live server's checkpoints.
        m_db.setConnectOptions(readOnly
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000")
                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!m_db.open())
            refuse(QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text()));
    }
    ~SqliteConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    QSqlDatabase& handle() { return m_db; }

    // Runs a statement; its first column of the first row (or an invalid QVariant).
    QVariant exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            refuse(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            refuse(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        return query.next() ? query.value(0) : QVariant();
    }

    // The schema version of a helpdesk database; 0 when it is none.
    qint64 schemaVersion()
    {
        if (!exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                 "'schema_version'"))
                 .isValid())
            return 0;
        return exec(QStringLiteral("SELECT MAX(version) FROM schema_version")).toLongLong();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray fileHead(const QString& path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.read(bytes);
}

// Data and metadata on the disk before the copy counts as made.
void syncFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
        refuse(QStringLiteral("cannot sync %1").arg(path));
}

void syncDirectory(const QString& dir)
{
    QFile directory(dir);
    // A directory opens read-only on Linux; fsync on it makes a rename durable.
    if (directory.open(QIODevice::ReadOnly))
        ::fsync(directory.handle());
}

// FILE.partial → FILE, durably; an existing FILE is replaced only by a whole copy.
void publish(const QString& partial, const QString& file)
{
    // Password hashes and customers' messages: for the owner's eyes only.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    syncFile(partial);
    if (QFile::exists(file) && !QFile::remove(file))
        refuse(QStringLiteral("cannot replace %1").arg(file));
    if (!QFile::rename(partial, file))
        refuse(QStringLiteral("cannot rename %1 to %2").arg(partial, file));
    syncDirectory(QFileInfo(file).absolutePath());
}

void checkVersion(qint64 version, const QString& what)
{
    if (version == 0)
        refuse(QStringLiteral("%1 is not a helpdesk database (no schema_version)").arg(what));
    if (version > schemaVersion())
        refuse(QStringLiteral("%1 is at schema version %2, newer than this server (%3): use "
                              "the helpdesk-server that wrote it")
                   .arg(what)
                   .arg(version)
                   .arg(schemaVersion()));
}

// pg_dump / pg_restore with the database's address as a URL and its password in the
// environment (never on a command line other users can read).
void runPostgresTool(const QString& tool, QStringList arguments, const DatabaseConfig& database)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!database.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), database.password);
    process.setProcessEnvironment(environment);
    arguments << QStringLiteral("--dbname=%1").arg(database.toUrl(false));
    process.start(tool, arguments);
    if (!process.waitForStarted())
        refuse(QStringLiteral("cannot run %1 (install the PostgreSQL client tools: apt install "
                              "postgresql-client)")
                   .arg(tool));
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        refuse(QStringLiteral("%1 did not finish").arg(tool));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        refuse(QStringLiteral("%1 failed: %2")
                   .arg(tool, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
}

qint64 postgresSchema(const DatabaseConfig& database)
{
    Db db(database, QStringLiteral("helpdesk-backup"));
    return databaseVersion(db);
}

// The database copy into `path` (inside the backup's partial directory) and the attachment
// files it refers to, read from the copy itself: files uploaded meanwhile are not named.
BackupReport copySqlite(const DatabaseConfig& database, const QString& path,
    QVector<backupfiles::Reference>* references)
{
    if (!QFileInfo(database.sqlitePath).isFile())
        refuse(QStringLiteral("no database at %1").arg(database.sqlitePath));
    BackupReport report;
    {
        SqliteConnection source(database.sqlitePath, true);
        report.schema = source.schemaVersion();
        checkVersion(report.schema, database.sqlitePath);
        // One read transaction: the copy is the database as it was when the copy began, and
        // the server's writers go on meanwhile (WAL).
        source.exec(QStringLiteral("VACUUM INTO ?"), { path });
    }
    SqliteConnection copy(path, true);
    const QString check = copy.exec(QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        refuse(QStringLiteral("the copy failed its check: %1").arg(check));
    *references = backupfiles::referencedFiles(copy.handle());
    return report;
}

// pg_dump of the snapshot in which the attachment files are listed (pg_export_snapshot), so
// that the dump and the list agree exactly.
BackupReport copyPostgres(const DatabaseConfig& database, const QString& path,
    QVector<backupfiles::Reference>* references)
{
    Db db(database, QStringLiteral("helpdesk-backup"));
    db.execRaw(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    Query exported(db, QStringLiteral("SELECT pg_export_snapshot()"));
    const QString snapshot = exported.scalar().toString();
    BackupReport report;
    report.schema = databaseVersion(db);
    checkVersion(report.schema, database.toUrl());
    *references = backupfiles::referencedFiles(db.handle());
    runPostgresTool(QStringLiteral("pg_dump"),
        { QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
            QStringLiteral("--no-privileges"), QStringLiteral("--snapshot=%1").arg(snapshot),
            QStringLiteral("--file=%1").arg(path) },
        database);
    db.execRaw(QStringLiteral("COMMIT"));
    return report;
}

void removeAny(const QString& path)
{
    if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

// The backup directory: written as FILE.partial and renamed, so FILE is always whole.
BackupReport writeBackup(const DatabaseConfig& database, const QString& file,
    const QString& attachments)
{
    const QString partial = file + QStringLiteral(".partial");
    removeAny(partial);
    if (!QDir().mkpath(partial))
        refuse(QStringLiteral("cannot create %1").arg(partial));
    // Password hashes, customers' messages and files: for the owner's eyes only.
    QFile::setPermissions(partial, kOwnerOnlyDir);
    try {
        const QString name = database.isPostgres() ? kPostgresName : kSqliteName;
        const QString copy = QDir(partial).filePath(name);
        QVector<backupfiles::Reference> references;
        BackupReport report = database.isPostgres()
            ? copyPostgres(database, copy, &references)
            : copySqlite(database, copy, &references);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        report.bytes = QFileInfo(copy).size();
        const QVector<backupfiles::File> files
            = backupfiles::copyFromStore(references, attachments, partial);
        for (const backupfiles::File& f : files)
            report.bytes += f.size;
        report.files = files.size();
        backupfiles::writeManifest(partial, name, report.schema, files);
        backupfiles::syncTree(partial);
        if (QFileInfo::exists(file))
            removeAny(file);
        if (QFileInfo::exists(file) || !QFile::rename(partial, file))
            refuse(QStringLiteral("cannot rename %1 to %2").arg(partial, file));
        syncDirectory(QFileInfo(file).absolutePath());
        report.file = file;
        return report;
    } catch (...) {
        removeAny(partial);
        throw;
    }
}

BackupReport restoreSqlite(const QString& file, const DatabaseConfig& target)
{
    if (target.isPostgres())
        refuse(QStringLiteral("%1 is a SQLite backup: restore it into a SQLite database (--data-dir "
                              "or --database sqlite:PATH), then move it with migrate-data")
                   .arg(file));
    const QString path = target.sqlitePath;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(path + suffix) && QFileInfo(path + suffix).size() > 0)
            refuse(QStringLiteral("%1 already exists: restore into a new data directory, never "
                                  "over a database")
                       .arg(path + suffix));
    }
    BackupReport report;
    {
        SqliteConnection backup(file, true);
        report.schema = backup.schemaVersion();
        checkVersion(report.schema, file);
        const QString check = backup.exec(QStringLiteral("PRAGMA integrity_check")).toString();
        if (check != QLatin1String("ok"))
            refuse(QStringLiteral("%1 failed its integrity check: %2").arg(file, check));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(file, partial))
        refuse(QStringLiteral("cannot copy %1 to %2").arg(file, partial));
    publish(partial, path);
    report.file = path;
    report.bytes = QFileInfo(path).size();
    return report;
}

BackupReport restorePostgres(const QString& file, const DatabaseConfig& target)
{
    if (!target.isPostgres())
        refuse(QStringLiteral("%1 is a PostgreSQL backup: restore it into an empty PostgreSQL "
                              "database (--database postgres://...)")
                   .arg(file));
    {
        Db db(target, QStringLiteral("helpdesk-restore"));
        Query tables(db,
            QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                           "current_schema()"));
        if (tables.scalar().toLongLong() > 0)
            refuse(QStringLiteral("the target database is not empty: restore into a new one "
                                  "(createdb), never over a database"));
    }
    runPostgresTool(QStringLiteral("pg_restore"),
        { QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
            QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"), file },
        target);
    BackupReport report;
    report.file = target.toUrl();
    report.bytes = QFileInfo(file).size();
    report.schema = postgresSchema(target);
    return report;
}

} // namespace

BackupReport backupDatabase(
    const DatabaseConfig& database, const QString& file, const QString& attachments)
{
    if (file.isEmpty())
        refuse(QStringLiteral("backup needs --to FILE"));
    QElapsedTimer timer;
    timer.start();
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        refuse(QStringLiteral("cannot create the directory of %1").arg(absolute));
    if (database.isPostgres() ? false : QFileInfo(absolute) == QFileInfo(database.sqlitePath))
        refuse(QStringLiteral("--to names the database itself"));
    BackupReport report = writeBackup(database, absolute, attachments);
    report.elapsedMs = timer.elapsed();
    return report;
}

BackupReport restoreDatabase(
    const QString& from, const DatabaseConfig& target, const QString& attachments)
{
    if (from.isEmpty())
        refuse(QStringLiteral("restore needs --from FILE"));
    if (!QFileInfo::exists(from))
        refuse(QStringLiteral("no backup at %1").arg(from));
    QElapsedTimer timer;
    timer.start();
    // A backup directory, its files checked before anything is written; or (made before
    // attachments were backed up) a database copy alone.
    std::optional<backupfiles::Manifest> manifest;
    QString file = from;
    if (QFileInfo(from).isDir()) {
        manifest = backupfiles::readManifest(from);
        backupfiles::verify(from, *manifest);
        file = QDir(from).filePath(manifest->database);
        if (!QFileInfo(file).isFile())
            refuse(QStringLiteral("%1 is missing from the backup").arg(file));
    }
    const QByteArray head = fileHead(file, 16);
    BackupReport report;
    if (head == kSqliteMagic)
        report = restoreSqlite(file, target);
    else if (head.startsWith(kPgDumpMagic))
        report = restorePostgres(file, target);
    else
        refuse(QStringLiteral("%1 is not a helpdesk backup (neither a SQLite database nor a "
                              "pg_dump archive)")
                   .arg(file));
    if (manifest) {
        report.bytes += backupfiles::install(from, *manifest, attachments);
        report.files = manifest->files.size();
    }
    // An older backup is brought up to this server's schema, as `init` would.
    Db db(target, QStringLiteral("helpdesk-restore"));
    migrate(db);
    report.schema = databaseVersion(db);
    report.elapsedMs = timer.elapsed();
    return report;
}

QString scheduledBackupName(const DatabaseConfig& database, const QDateTime& when)
{
    Q_UNUSED(database)
    return QStringLiteral("helpdesk-%1%2")
        .arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")), kBackupSuffix);
}

QStringList pruneBackups(const QString& dir, int keep)
{
    // Only the scheduler's own names: nothing else in the directory is touched.
    QDir directory(dir);
    const QString stamp = QStringLiteral("helpdesk-") + QString(8, QLatin1Char('?'))
        + QLatin1Char('-') + QString(6, QLatin1Char('?'));
    // Backup directories, and the database files alone that older versions wrote.
    QStringList backups = directory.entryList({ stamp + kBackupSuffix, stamp + kSqliteSuffix,
                                                  stamp + kPostgresSuffix },
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList deleted;
    while (backups.size() > keep) {
        const QString oldest = directory.absoluteFilePath(backups.takeFirst());
        removeAny(oldest);
        if (!QFileInfo::exists(oldest))
            deleted << oldest;
    }
    return deleted;
}

} // namespace helpdesk::server
