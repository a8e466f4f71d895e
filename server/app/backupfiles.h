// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace helpdesk::server {


// The attachment files of a backup (docs/admin.md, "Backup and restore"). A backup is a
// directory:
//   manifest.json          {"format": "helpdesk-backup", "version": 1, "database": NAME,
//                           "schema": N, "attachments": [{"sha256": ..., "size": ...}, ...]}
//   database.sqlite        or database.pgdump: the database copy
//   attachments/ab/cdef…   every file the copy refers to, named by its SHA-256 as in the store
namespace backupfiles {

struct File
{
    QString sha256;
    qint64 size = 0;
};

// A file the database refers to; `attached`: some message holds it (an unattached upload may
// be swept, and its file deleted, at any time after the copy was taken).
struct Reference
{
    QString sha256;
    bool attached = false;
};

// Every file the attachments table of `db` refers to, as this connection sees it (the
// database copy, or the snapshot pg_dump copies).
QVector<Reference> referencedFiles(QSqlDatabase& db);

// Copies the referenced files from the store at `store` into `backup`/attachments, checking
// each one's hash on the way. A missing file of a message, or a corrupt one, throws
// std::runtime_error naming it; a missing unattached upload (swept meanwhile) is left out.
QVector<File> copyFromStore(
    const QVector<Reference>& references, const QString& store, const QString& backup);

void writeManifest(const QString& backup, const QString& database, qint64 schema,
    const QVector<File>& files);

// The manifest of a backup directory; throws when it is none.
struct Manifest
{
    QString database; // the file name of the database copy in the directory
    QVector<File> files;
};
Manifest readManifest(const QString& backup);

// Checks every file of the manifest in the backup against its SHA-256 and size; throws
// naming the first that is missing or corrupt.
void verify(const QString& backup, const Manifest& manifest);

// Puts the backup's files into the store at `store` (existing ones are kept: same name, same
// content); returns their total size.
qint64 install(const QString& backup, const Manifest& manifest, const QString& store);

// Data and metadata on disk: every file under `dir` and the directories themselves.
void syncTree(const QString& dir);

} // namespace backupfiles

} // namespace helpdesk::server
