// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "db.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace helpdesk::server {

namespace {

// Every backend has the same numbered steps; a step may be empty where the dialects differ.
QString stepDir(bool postgres)
{
    return postgres ? QStringLiteral(":/sql/postgres/") : QStringLiteral(":/sql/sqlite/");
}

QStringList stepFiles(bool postgres = false)
{
    QDir dir(stepDir(postgres));
    QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    return files;
}

// Servers sharing one PostgreSQL database may start together: one migrates, the others wait.
constexpr int kMigrationLockKey = 74801;

int stepNumber(const QString& fileName)
{
    return fileName.section(QLatin1Char('_'), 0, 0).toInt();
}

} // namespace

int schemaVersion()
{
    const QStringList files = stepFiles();
    return files.isEmpty() ? 0 : stepNumber(files.last());
}

QList<int> schemaSteps(DatabaseBackend backend)
{
    QList<int> steps;
    for (const QString& file : stepFiles(backend == DatabaseBackend::Postgres))
        steps << stepNumber(file);
    return steps;
}

int databaseVersion(Db& db)
{
    Query exists(db,
        db.isPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = 'schema_version'")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                             "'schema_version'"));
    if (exists.scalar().toInt() == 0)
        return 0;
    Query version(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return version.scalar().toInt();
}

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    QString dollarTag; // inside a PostgreSQL $tag$ … $tag$ string (a function body) when set
    static const QRegularExpression beginAtEnd(
        QStringLiteral("\\bBEGIN$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dollarQuote(QStringLiteral("\\$[A-Za-z_]*\\$"));
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        const bool wasQuoted = !dollarTag.isEmpty();
        auto quotes = dollarQuote.globalMatch(line);
        while (quotes.hasNext()) {
            const QString tag = quotes.next().captured(0);
            if (dollarTag.isEmpty())
                dollarTag = tag;
            else if (tag == dollarTag)
                dollarTag.clear();
        }
        if (!dollarTag.isEmpty())
            continue;
        if (!inBody && !wasQuoted && beginAtEnd.match(line).hasMatch()) {
            inBody = true;
            continue;
        }
        const bool ends = inBody ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

namespace {

void applySteps(Db& db, int target)
{
    const int latest = schemaVersion();
    if (target < 0 || target > latest)
        target = latest;
    const int current = databaseVersion(db);
    if (current > latest)
        throw SqlError(QStringLiteral("database schema version %1 is newer than this server (%2)")
                           .arg(current)
                           .arg(latest));
    db.execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT "
                              "NULL, applied_at BIGINT NOT NULL)"));
    const bool postgres = db.isPostgres();
    for (const QString& fileName : stepFiles(postgres)) {
        const int step = stepNumber(fileName);
        if (step <= current || step > target)
            continue;
        QFile file(stepDir(postgres) + fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw SqlError(QStringLiteral("cannot read schema step %1").arg(fileName));
        const QString script = QString::fromUtf8(file.readAll());
        db.begin();
        try {
            for (const QString& statement : splitStatements(script))
                db.execRaw(statement);
            Query(db,
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"))
                .bind(step)
                .bind(nowMs())
                .exec();
            db.commit();
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

} // namespace

void migrate(Db& db, int target)
{
    if (!db.isPostgres()) {
        applySteps(db, target);
        return;
    }
    db.execRaw(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey));
    try {
        applySteps(db, target);
    } catch (...) {
        db.execRaw(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
        throw;
    }
    db.execRaw(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
}

} // namespace helpdesk::server
