// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "db.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace helpdesk::server {

namespace {

QStringList stepFiles()
{
    QDir dir(QStringLiteral(":/sql/sqlite"));
    QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    return files;
}

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

int databaseVersion(Db& db)
{
    Query exists(db,
        QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
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
    static const QRegularExpression beginAtEnd(
        QStringLiteral("\\bBEGIN$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        if (!inBody && beginAtEnd.match(line).hasMatch()) {
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

void migrate(Db& db, int target)
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
                              "NULL, applied_at INTEGER NOT NULL)"));
    for (const QString& fileName : stepFiles()) {
        const int step = stepNumber(fileName);
        if (step <= current || step > target)
            continue;
        QFile file(QStringLiteral(":/sql/sqlite/") + fileName);
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

} // namespace helpdesk::server
