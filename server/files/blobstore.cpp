// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <stdexcept>

#include <unistd.h>

namespace helpdesk::server::files {

namespace {

[[noreturn]] void ioError(const QString& what, const QFile& file)
{
    throw std::runtime_error(
        QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString()).toStdString());
}

void makeDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        throw std::runtime_error(QStringLiteral("cannot create %1").arg(path).toStdString());
}

} // namespace

BlobStore::BlobStore(QString root)
    : m_root(std::move(root))
{
}

bool BlobStore::isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString BlobStore::blobPath(const QString& sha256) const
{
    if (!isSha256(sha256))
        throw std::runtime_error("not a SHA-256");
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256.mid(2));
}

QString BlobStore::partPath(const QString& uploadId) const
{
    return QDir(m_root).filePath(QStringLiteral("uploads/") + uploadId + QStringLiteral(".part"));
}

void BlobStore::writePart(const QString& uploadId, qint64 offset, const QByteArray& data) const
{
    makeDirectory(QDir(m_root).filePath(QStringLiteral("uploads")));
    QFile file(partPath(uploadId));
    if (!file.open(QIODevice::ReadWrite))
        ioError(QStringLiteral("cannot open"), file);
    if (!file.seek(offset) || file.write(data) != data.size() || !file.flush())
        ioError(QStringLiteral("cannot write"), file);
}

QString BlobStore::hashPart(const QString& uploadId) const
{
    // An upload of 0 bytes has had no chunk written: its part is an empty file.
    if (!QFile::exists(partPath(uploadId)))
        writePart(uploadId, 0, {});
    QFile file(partPath(uploadId));
    if (!file.open(QIODevice::ReadOnly))
        ioError(QStringLiteral("cannot read"), file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        ioError(QStringLiteral("cannot read"), file);
    return QString::fromLatin1(hash.result().toHex());
}

void BlobStore::storePart(const QString& uploadId, const QString& sha256) const
{
    const QString target = blobPath(sha256);
    if (QFile::exists(target))
        return;
    QFile part(partPath(uploadId));
    if (!part.open(QIODevice::ReadWrite))
        ioError(QStringLiteral("cannot open"), part);
    if (::fsync(part.handle()) != 0)
        ioError(QStringLiteral("cannot flush"), part);
    part.close();
    makeDirectory(QFileInfo(target).absolutePath());
    // A hard link appears whole or not at all and leaves the part for the caller to remove
    // once the attachment's row is committed; a file system without links gets a copy.
    if (::link(
            QFile::encodeName(part.fileName()).constData(), QFile::encodeName(target).constData())
        == 0)
        return;
    if (QFile::exists(target)) // another server stored the same content meanwhile
        return;
    const QString temporary = target + QStringLiteral(".tmp");
    QFile::remove(temporary);
    if (!part.copy(temporary) || !QFile::rename(temporary, target))
        ioError(QStringLiteral("cannot store"), part);
}

void BlobStore::removePart(const QString& uploadId) const
{
    QFile::remove(partPath(uploadId));
}

QStringList BlobStore::partsOlderThan(const QDateTime& time) const
{
    QStringList ids;
    QDirIterator it(QDir(m_root).filePath(QStringLiteral("uploads")), { QStringLiteral("*.part") },
        QDir::Files);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.lastModified() < time)
            ids << info.completeBaseName();
    }
    return ids;
}

QString BlobStore::put(const QByteArray& data) const
{
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString target = blobPath(sha256);
    if (QFile::exists(target))
        return sha256;
    makeDirectory(QFileInfo(target).absolutePath());
    QSaveFile file(target); // a temporary file beside it, flushed and renamed by commit()
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw std::runtime_error(
            QStringLiteral("cannot store %1: %2").arg(target, file.errorString()).toStdString());
    return sha256;
}

QByteArray BlobStore::read(const QString& sha256, qint64 offset, qint64 length) const
{
    QFile file(blobPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        ioError(QStringLiteral("cannot read"), file);
    if (!file.seek(offset))
        ioError(QStringLiteral("cannot seek"), file);
    return file.read(length);
}

void BlobStore::remove(const QString& sha256) const
{
    QFile::remove(blobPath(sha256));
}

} // namespace helpdesk::server::files
