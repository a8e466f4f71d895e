// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfiles.h"

#include "files/blobstore.h"
#include "rpc/params.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

#include <unistd.h>

namespace helpdesk::server::backupfiles {

namespace {

const QString kFormat = QStringLiteral("helpdesk-backup");
const QString kManifest = QStringLiteral("manifest.json");
constexpr int kFormatVersion = 1;
constexpr qint64 kChunk = 1024 * 1024;
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

[[noreturn]] void refuse(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

QString relativePath(const QString& sha256)
{
    return QStringLiteral("attachments/") + sha256.left(2) + QLatin1Char('/') + sha256.mid(2);
}

// Copies `from` to `to` (created, owner-only, synced) and returns the SHA-256 (hex) of what
// was copied; `to` empty: only hashes.
QString copyHashing(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        refuse(QStringLiteral("cannot read %1: %2").arg(from, source.errorString()));
    QFile target(to);
    if (!to.isEmpty()) {
        if (!QDir().mkpath(QFileInfo(to).absolutePath())
            || !target.open(QIODevice::WriteOnly | QIODevice::Truncate))
            refuse(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
        target.setPermissions(kOwnerOnly);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            refuse(QStringLiteral("cannot read %1: %2").arg(from, source.errorString()));
        hash.addData(chunk);
        if (!to.isEmpty() && target.write(chunk) != chunk.size())
            refuse(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
    }
    if (!to.isEmpty() && (!target.flush() || ::fsync(target.handle()) != 0))
        refuse(QStringLiteral("cannot sync %1").arg(to));
    return QString::fromLatin1(hash.result().toHex());
}

void syncPath(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::fsync(file.handle());
}

} // namespace

QVector<Reference> referencedFiles(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sha256, MAX(CASE WHEN message_id IS NULL THEN 0 ELSE 1 "
                               "END) FROM attachments GROUP BY sha256 ORDER BY sha256")))
        refuse(QStringLiteral("cannot list the attachment files: %1").arg(q.lastError().text()));
    QVector<Reference> references;
    while (q.next())
        references.append({ q.value(0).toString(), q.value(1).toLongLong() != 0 });
    return references;
}

QVector<File> copyFromStore(
    const QVector<Reference>& references, const QString& store, const QString& backup)
{
    const files::BlobStore blobs(store);
    QVector<File> copied;
    for (const Reference& reference : references) {
        if (!files::BlobStore::isSha256(reference.sha256))
            refuse(QStringLiteral("the database names an attachment file '%1', which is not a "
                                  "SHA-256")
                       .arg(reference.sha256));
        const QString source = blobs.blobPath(reference.sha256);
        if (!QFileInfo::exists(source)) {
            if (!reference.attached)
                continue; // an upload never attached, swept after the copy was taken
            refuse(QStringLiteral("the attachment file %1 is missing from the store").arg(source));
        }
        const QString target = QDir(backup).filePath(relativePath(reference.sha256));
        const QString hash = copyHashing(source, target);
        if (hash != reference.sha256)
            refuse(QStringLiteral("the attachment file %1 is corrupt in the store (its SHA-256 "
                                  "is %2)")
                       .arg(source, hash));
        copied.append({ reference.sha256, QFileInfo(target).size() });
    }
    return copied;
}

void writeManifest(
    const QString& backup, const QString& database, qint64 schema, const QVector<File>& files)
{
    QJsonArray list;
    for (const File& file : files)
        list.append(QJsonObject { { QStringLiteral("sha256"), file.sha256 },
            { QStringLiteral("size"), file.size } });
    const QJsonObject manifest { { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("database"), database },
        { QStringLiteral("schema"), schema }, { QStringLiteral("attachments"), list } };
    QFile out(QDir(backup).filePath(kManifest));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(manifest).toJson()) < 0 || !out.flush())
        refuse(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    out.setPermissions(kOwnerOnly);
}

Manifest readManifest(const QString& backup)
{
    QFile in(QDir(backup).filePath(kManifest));
    if (!in.open(QIODevice::ReadOnly))
        refuse(QStringLiteral("%1 is not a helpdesk backup (no %2)").arg(backup, kManifest));
    const QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
    if (object.value(QLatin1String("format")).toString() != kFormat)
        refuse(QStringLiteral("%1 is not a helpdesk backup (its %2 is not one)").arg(backup, kManifest));
    if (object.value(QLatin1String("version")).toInt() != kFormatVersion)
        refuse(QStringLiteral("%1 is a helpdesk backup of format %2, which this server does not "
                              "read")
                   .arg(backup)
                   .arg(object.value(QLatin1String("version")).toInt()));
    Manifest manifest;
    manifest.database = object.value(QLatin1String("database")).toString();
    if (manifest.database.isEmpty() || manifest.database.contains(QLatin1Char('/')))
        refuse(QStringLiteral("%1: the manifest names no database file").arg(backup));
    for (const QJsonValue& value : object.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject entry = value.toObject();
        const File file { entry.value(QLatin1String("sha256")).toString(),
            jsonInteger(entry.value(QLatin1String("size"))).value_or(-1) };
        if (file.size < 0)
            refuse(QStringLiteral("%1: the manifest gives attachment '%2' no size").arg(backup, file.sha256));
        if (!files::BlobStore::isSha256(file.sha256))
            refuse(QStringLiteral("%1: the manifest names an attachment '%2', which is not a "
                                  "SHA-256")
                       .arg(backup, file.sha256));
        manifest.files.append(file);
    }
    return manifest;
}

void verify(const QString& backup, const Manifest& manifest)
{
    for (const File& file : manifest.files) {
        const QString path = QDir(backup).filePath(relativePath(file.sha256));
        if (!QFileInfo::exists(path))
            refuse(QStringLiteral("the attachment file %1 is missing from the backup").arg(path));
        const QString hash = copyHashing(path, QString());
        if (hash != file.sha256 || QFileInfo(path).size() != file.size)
            refuse(QStringLiteral("the attachment file %1 in the backup is corrupt (its SHA-256 "
                                  "is %2, %3 bytes)")
                       .arg(path, hash)
                       .arg(QFileInfo(path).size()));
    }
}

qint64 install(const QString& backup, const Manifest& manifest, const QString& store)
{
    const files::BlobStore blobs(store);
    qint64 bytes = 0;
    for (const File& file : manifest.files) {
        const QString target = blobs.blobPath(file.sha256);
        bytes += file.size;
        if (QFileInfo::exists(target))
            continue; // content-addressed: the same name holds the same bytes
        const QString temporary = target + QStringLiteral(".restore");
        const QString hash
            = copyHashing(QDir(backup).filePath(relativePath(file.sha256)), temporary);
        if (hash != file.sha256) { // changed since verify()
            QFile::remove(temporary);
            refuse(QStringLiteral("the attachment file %1 changed during the restore")
                       .arg(QDir(backup).filePath(relativePath(file.sha256))));
        }
        if (!QFile::rename(temporary, target))
            refuse(QStringLiteral("cannot rename %1 to %2").arg(temporary, target));
        syncPath(QFileInfo(target).absolutePath());
    }
    return bytes;
}

void syncTree(const QString& dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        syncPath(it.next());
    syncPath(dir);
}

} // namespace helpdesk::server::backupfiles
