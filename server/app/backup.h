// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QString>

namespace helpdesk::server {

// What a backup or a restore did, for the command's report and the scheduler's log.
struct BackupReport
{
    QString file;
    qint64 bytes = 0;
    qint64 schema = 0; // the schema version in the copy
    qint64 elapsedMs = 0;
};

// A consistent copy of the database while servers keep using it (docs/admin.md, "Backup"):
// SQLite: `VACUUM INTO` from a connection of its own (one read snapshot; writers go on), the
// copy checked with `PRAGMA quick_check` and synced; PostgreSQL: `pg_dump --format=custom`
// (one snapshot by itself). Written as FILE.partial and renamed, so FILE is always whole.
// Throws std::runtime_error with a message for the administrator.
BackupReport backupDatabase(const DatabaseConfig& database, const QString& file);

// Puts a backup made by backupDatabase() into a new, empty database and brings its schema up
// to this server's version. A SQLite backup goes to a SQLite target (checked with
// `PRAGMA integrity_check` first), a PostgreSQL one to an empty PostgreSQL database
// (`pg_restore` in one transaction). The target must not hold a helpdesk database. Throws
// std::runtime_error.
BackupReport restoreDatabase(const QString& file, const DatabaseConfig& target);

// The name a scheduled backup of this backend gets: helpdesk-YYYYMMDD-HHMMSS.sqlite|.pgdump.
QString scheduledBackupName(const DatabaseConfig& database, const QDateTime& when);
// Deletes the oldest scheduled backups in `dir` beyond the newest `keep`; returns those deleted.
QStringList pruneBackups(const QString& dir, int keep);

} // namespace helpdesk::server
