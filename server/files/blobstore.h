// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace helpdesk::server::files {

// The attachment files: content-addressed by SHA-256 under one directory (the data dir's
// `attachments/`, or a directory shared by several servers), `ab/cdef…` for the hash
// `abcdef…`. A file is written to a temporary name and renamed into place, so a reader never
// sees half of one; the same content is stored once. Unfinished uploads live in `uploads/`.
// I/O failures throw std::runtime_error (a job turns it into -32603).
class BlobStore
{
public:
    explicit BlobStore(QString root);

    QString root() const { return m_root; }
    QString blobPath(const QString& sha256) const;
    QString partPath(const QString& uploadId) const;

    // Writes `data` at `offset` of an upload's part file (created when missing).
    void writePart(const QString& uploadId, qint64 offset, const QByteArray& data) const;
    // The SHA-256 (hex) of an upload's part file.
    QString hashPart(const QString& uploadId) const;
    // Puts a finished, hashed part into the store (nothing to do when that content is stored
    // already), flushed to disk first; the part stays until removePart().
    void storePart(const QString& uploadId, const QString& sha256) const;
    void removePart(const QString& uploadId) const;
    // Ids of part files not written to since `time` (for the expiry sweep).
    QStringList partsOlderThan(const QDateTime& time) const;

    // Stores bytes (e.g. a mail's attachment); returns their SHA-256.
    QString put(const QByteArray& data) const;
    // Up to `length` bytes from `offset`; throws when the file is missing.
    QByteArray read(const QString& sha256, qint64 offset, qint64 length) const;
    void remove(const QString& sha256) const;

    static bool isSha256(const QString& text);

private:
    QString m_root;
};

} // namespace helpdesk::server::files
