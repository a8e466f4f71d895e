// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

namespace helpdesk::test {

// Uploads and downloads over the protocol for the attachment tests (docs/protocol.md,
// "attachment.begin" and the rest), in the server's default chunk size.
constexpr qint64 kChunk = 512 * 1024;

QString sha256Of(const QByteArray& data);
// Bytes that do not compress or repeat, the same for the same size.
QByteArray randomBytes(qint64 size);
QJsonObject chunkParams(const QString& uploadId, qint64 offset, const QByteArray& data);
// The uploadId of an attachment.begin response ("" for an error).
QString uploadIdOf(const QJsonObject& response);
// attachment.begin without a checksum; the uploadId or "".
QString beginUpload(TestClient& client, const QString& name, qint64 size);
// Sends `data` from `offset` on in chunks; the last chunk's result (empty on any error).
QJsonObject sendChunks(
    TestClient& client, const QString& uploadId, const QByteArray& data, qint64 offset = 0);
// A whole upload with its checksum; the Attachment, or an empty object.
QJsonObject upload(TestClient& client, const QString& name, const QByteArray& data);
// Reads a file with attachment.get from offset 0 to its end ("error: ..." on an error).
QByteArray download(TestClient& client, qint64 id, qint64 size);

} // namespace helpdesk::test
