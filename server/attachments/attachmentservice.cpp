// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentservice.h"

#include "files/attachmentstore.h"
#include "files/blobstore.h"
#include "files/filename.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/serverconfig.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "tickets/ticketstore.h"

#include <QFile>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace helpdesk::server::attachments {

namespace {

using attachmentstore::Upload;

const QString kUploadId = QStringLiteral("uploadId");

// Runs a job on the writer (or a reader) and answers with its outcome.
void answer(ServerContext& context, const Responder& respond, WriteJob job)
{
    context.storage.write(std::move(job), [&context, respond](const Outcome& outcome) {
        if (outcome.error)
            return respond.error(*outcome.error);
        respond.result(outcome.result);
        context.publish(outcome.events);
    });
}

void answerRead(ServerContext& context, const Responder& respond, ReadJob job)
{
    context.storage.read(std::move(job), [respond](const Outcome& outcome) {
        if (outcome.error)
            return respond.error(*outcome.error);
        respond.result(outcome.result);
    });
}

// 1022 for a value beyond a limit, with the limit in data (so a client can say it).
[[noreturn]] void overLimit(
    const QString& field, const QString& reason, const QString& key, qint64 limit)
{
    rpc::Error error = rpc::Error::validation(field, reason);
    QJsonObject data = error.data.toObject();
    data.insert(key, double(limit));
    error.data = data;
    throw RpcException(error);
}

QString newUploadId()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

QJsonObject uploadJson(const Upload& upload, const AttachmentSettings& settings)
{
    return QJsonObject { { kUploadId, upload.id }, { QStringLiteral("name"), upload.name },
        { QStringLiteral("size"), double(upload.size) },
        { QStringLiteral("received"), double(upload.received) },
        { QStringLiteral("chunkBytes"), double(settings.maxChunkBytes) },
        { QStringLiteral("expiresAt"),
            toWireTime(QDateTime::fromMSecsSinceEpoch(
                upload.updatedAt + settings.uploadExpiryMs, Qt::UTC)) } };
}

// The caller's upload, not expired; 1004 otherwise.
Upload ownUpload(Db& db, const QString& id, const Principal& me, const AttachmentSettings& settings)
{
    const auto upload = attachmentstore::findUpload(db, id, me.userId);
    if (!upload || upload->updatedAt + settings.uploadExpiryMs < nowMs())
        throw RpcException(rpc::Error::notFound(QStringLiteral("upload %1").arg(id)));
    return *upload;
}

QString uploadIdParam(const Params& params)
{
    const QString id = params.requiredString(kUploadId);
    if (id.isEmpty() || id.size() > 64)
        validationError(kUploadId, QStringLiteral("not an upload id"));
    return id;
}

QString mediaTypeOf(const files::BlobStore& store, const Upload& upload)
{
    QFile part(store.partPath(upload.id));
    QByteArray head;
    if (part.open(QIODevice::ReadOnly))
        head = part.read(4096);
    return QMimeDatabase().mimeTypeForFileNameAndData(upload.name, head).name();
}

// The last byte arrived: check the content, move it into the store, make the attachment.
QJsonObject finish(Db& db, const files::BlobStore& store, const Upload& upload, const Principal& me)
{
    const QString sha256 = store.hashPart(upload.id);
    // The upload stays as it was before this chunk: the client cancels it and starts again.
    if (!upload.sha256.isEmpty() && upload.sha256 != sha256)
        validationError(QStringLiteral("sha256"),
            QStringLiteral("the data received has SHA-256 %1, not the one announced").arg(sha256));
    Attachment attachment;
    attachment.name = upload.name;
    attachment.mediaType = mediaTypeOf(store, upload);
    attachment.size = upload.size;
    attachment.sha256 = sha256;
    store.storePart(upload.id, sha256);
    attachmentstore::deleteUpload(db, upload.id);
    return attachmentstore::insert(db, attachment, me.userId, nowMs()).toJson();
}

} // namespace

void begin(
    ServerContext& context, Session& session, const QJsonObject& object, const Responder& respond)
{
    const Params params(object);
    params.rejectUnknown(
        { QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("sha256") });
    const AttachmentSettings settings = context.config.attachments;
    Upload upload;
    upload.name = files::sanitiseFileName(params.requiredString(QStringLiteral("name")));
    if (upload.name.isEmpty())
        validationError(QStringLiteral("name"), QStringLiteral("no usable file name"));
    const auto size = params.optionalInt(QStringLiteral("size"));
    if (!size)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("size"), QStringLiteral("required")));
    if (*size < 0)
        validationError(QStringLiteral("size"), QStringLiteral("must not be negative"));
    if (*size > settings.maxFileBytes)
        overLimit(QStringLiteral("size"),
            QStringLiteral("larger than the limit of %1 bytes").arg(settings.maxFileBytes),
            QStringLiteral("maxBytes"), settings.maxFileBytes);
    upload.size = *size;
    upload.sha256 = params.optionalString(QStringLiteral("sha256")).value_or(QString()).toLower();
    if (!upload.sha256.isEmpty() && !files::BlobStore::isSha256(upload.sha256))
        validationError(QStringLiteral("sha256"), QStringLiteral("not 64 hexadecimal digits"));
    upload.userId = session.principal()->userId;
    upload.id = newUploadId();
    answer(context, respond, [upload, settings](Db& db, EventList&) mutable {
        if (attachmentstore::countUploads(db, upload.userId) >= settings.maxOpenUploads)
            overLimit(kUploadId,
                QStringLiteral("more than %1 unfinished uploads").arg(settings.maxOpenUploads),
                QStringLiteral("maxOpenUploads"), settings.maxOpenUploads);
        upload.updatedAt = nowMs();
        attachmentstore::insertUpload(db, upload, upload.updatedAt);
        return QJsonValue(uploadJson(upload, settings));
    });
}

void chunk(
    ServerContext& context, Session& session, const QJsonObject& object, const Responder& respond)
{
    const Params params(object);
    params.rejectUnknown({ kUploadId, QStringLiteral("offset"), QStringLiteral("data") });
    const AttachmentSettings settings = context.config.attachments;
    const QString id = uploadIdParam(params);
    const auto offset = params.optionalInt(QStringLiteral("offset"));
    if (!offset)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("offset"), QStringLiteral("required")));
    const QString text = params.requiredString(QStringLiteral("data"));
    if (text.size() > (settings.maxChunkBytes + 2) / 3 * 4 + 4)
        overLimit(QStringLiteral("data"),
            QStringLiteral("more than %1 bytes in one chunk").arg(settings.maxChunkBytes),
            QStringLiteral("maxChunkBytes"), settings.maxChunkBytes);
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        validationError(QStringLiteral("data"), QStringLiteral("not base64"));
    const QByteArray data = *decoded;
    if (data.size() > settings.maxChunkBytes)
        overLimit(QStringLiteral("data"),
            QStringLiteral("more than %1 bytes in one chunk").arg(settings.maxChunkBytes),
            QStringLiteral("maxChunkBytes"), settings.maxChunkBytes);
    const Principal me = *session.principal();
    const auto job = [=](Db& db, EventList&) {
        Upload upload = ownUpload(db, id, me, settings);
        // A chunk may be sent again (its answer was lost in a reconnect); none may leave a gap.
        if (*offset < 0 || *offset > upload.received)
            overLimit(QStringLiteral("offset"),
                QStringLiteral("must be from 0 to %1 (the bytes received)").arg(upload.received),
                QStringLiteral("received"), upload.received);
        if (*offset + data.size() > upload.size)
            validationError(QStringLiteral("data"),
                QStringLiteral("goes past the announced size of %1 bytes").arg(upload.size));
        const files::BlobStore store(settings.directory);
        store.writePart(id, *offset, data);
        upload.received = qMax(upload.received, *offset + qint64(data.size()));
        upload.updatedAt = nowMs();
        attachmentstore::setReceived(db, id, upload.received, upload.updatedAt);
        QJsonObject result = uploadJson(upload, settings);
        result.insert(QStringLiteral("done"), upload.received == upload.size);
        if (upload.received == upload.size)
            result.insert(QStringLiteral("attachment"), finish(db, store, upload, me));
        return QJsonValue(result);
    };
    // The part goes once the attachment's row is committed (until then it is the upload).
    context.storage.write(
        job, [respond, id, directory = settings.directory](const Outcome& outcome) {
            if (outcome.error)
                return respond.error(*outcome.error);
            if (outcome.result.toObject().value(QStringLiteral("done")).toBool())
                files::BlobStore(directory).removePart(id);
            respond.result(outcome.result);
        });
}

namespace {

// A request that names only an upload (attachment.status, attachment.cancel).
struct UploadRequest
{
    QString id;
    AttachmentSettings settings;
    Principal me;
};

UploadRequest uploadRequest(ServerContext& context, Session& session, const QJsonObject& object)
{
    const Params params(object);
    params.rejectUnknown({ kUploadId });
    return { uploadIdParam(params), context.config.attachments, *session.principal() };
}

} // namespace

void status(
    ServerContext& context, Session& session, const QJsonObject& object, const Responder& respond)
{
    const UploadRequest request = uploadRequest(context, session, object);
    answerRead(context, respond, [request](Db& db) {
        return QJsonValue(
            uploadJson(ownUpload(db, request.id, request.me, request.settings), request.settings));
    });
}

void cancel(
    ServerContext& context, Session& session, const QJsonObject& object, const Responder& respond)
{
    const UploadRequest request = uploadRequest(context, session, object);
    answer(context, respond, [request](Db& db, EventList&) {
        ownUpload(db, request.id, request.me, request.settings);
        attachmentstore::deleteUpload(db, request.id);
        files::BlobStore(request.settings.directory).removePart(request.id);
        return QJsonValue(QJsonObject());
    });
}

void get(
    ServerContext& context, Session& session, const QJsonObject& object, const Responder& respond)
{
    const Params params(object);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("offset"), QStringLiteral("length") });
    const AttachmentSettings settings = context.config.attachments;
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const qint64 offset = params.optionalInt(QStringLiteral("offset")).value_or(0);
    const qint64 length
        = params.optionalInt(QStringLiteral("length")).value_or(settings.maxChunkBytes);
    if (length < 1 || length > settings.maxChunkBytes)
        overLimit(QStringLiteral("length"),
            QStringLiteral("must be from 1 to %1").arg(settings.maxChunkBytes),
            QStringLiteral("maxChunkBytes"), settings.maxChunkBytes);
    const Principal me = *session.principal();
    answerRead(context, respond, [=](Db& db) {
        const auto stored = attachmentstore::find(db, id);
        const QString missing = QStringLiteral("attachment %1").arg(id);
        if (!stored)
            throw RpcException(rpc::Error::notFound(missing));
        if (stored->ticketId) {
            ticketstore::visible(db, me, *stored->ticketId); // 1004 for another organisation's
            if (stored->internal && me.isCustomer())
                throw RpcException(rpc::Error::notFound(missing));
        } else if (stored->uploaderId != me.userId) {
            throw RpcException(rpc::Error::notFound(missing));
        }
        const Attachment& file = stored->attachment;
        if (offset < 0 || offset > file.size)
            overLimit(QStringLiteral("offset"),
                QStringLiteral("must be from 0 to %1").arg(file.size), QStringLiteral("size"),
                file.size);
        const QByteArray data
            = files::BlobStore(settings.directory).read(file.sha256, offset, length);
        QJsonObject result = file.toJson();
        result.insert(QStringLiteral("offset"), double(offset));
        result.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
        result.insert(QStringLiteral("eof"), offset + data.size() >= file.size);
        return QJsonValue(result);
    });
}

int sweepExpired(Db& db, const AttachmentSettings& settings, qint64 nowMs)
{
    const files::BlobStore store(settings.directory);
    const qint64 before = nowMs - settings.uploadExpiryMs;
    int dropped = 0;
    for (const QString& id : attachmentstore::staleUploads(db, before)) {
        attachmentstore::deleteUpload(db, id);
        store.removePart(id);
        ++dropped;
    }
    for (const auto& [id, sha256] : attachmentstore::staleUnattached(db, before)) {
        attachmentstore::remove(db, id);
        if (!attachmentstore::contentInUse(db, sha256))
            store.remove(sha256);
        ++dropped;
    }
    // Parts whose upload finished or vanished without their removal (a crash in between).
    for (const QString& id : store.partsOlderThan(QDateTime::fromMSecsSinceEpoch(before))) {
        if (!attachmentstore::uploadExists(db, id))
            store.removePart(id);
    }
    return dropped;
}

} // namespace helpdesk::server::attachments
