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
    int files = 0; // attachment files in the backup
    qint64 elapsedMs = 0;
};

// A consistent copy of the database and its attachment files while servers keep using them
// (docs/admin.md, "Backup and restore"): FILE is a directory (app/backupfiles.h) holding the
// database copy — SQLite: `VACUUM INTO` from a connection of its own (one read snapshot;
// writers go on), checked with `PRAGMA quick_check`; PostgreSQL: `pg_dump --format=custom`
// of an exported snapshot — and every file of the store at `attachments` that the copy refers
// to (files are immutable and named by their hash; those uploaded later are not named by the
// copy). Written as FILE.partial, synced and renamed, so FILE is always whole; owner-only.
// Throws std::runtime_error with a message for the administrator.
BackupReport backupDatabase(
    const DatabaseConfig& database, const QString& file, const QString& attachments);

// Puts a backup made by backupDatabase() into a new, empty database and its attachment files
// into the store at `attachments`, and brings the schema up to this server's version. Every
// file is checked against its SHA-256 first: a missing or corrupt one refuses the restore,
// naming it, before anything is written. A database file alone (a backup of an older
// version) is accepted too. A SQLite backup goes to a SQLite target (checked with
// `PRAGMA integrity_check` first), a PostgreSQL one to an empty PostgreSQL database
// (`pg_restore` in one transaction). The target must not hold a helpdesk database. Throws
// std::runtime_error.
BackupReport restoreDatabase(
    const QString& from, const DatabaseConfig& target, const QString& attachments);

// The name a scheduled backup gets: helpdesk-YYYYMMDD-HHMMSS.backup (a directory).
QString scheduledBackupName(const DatabaseConfig& database, const QDateTime& when);
// Deletes the oldest scheduled backups in `dir` beyond the newest `keep` (also the .sqlite and
// .pgdump files older versions wrote); returns those deleted.
QStringList pruneBackups(const QString& dir, int keep);

} // namespace helpdesk::server
