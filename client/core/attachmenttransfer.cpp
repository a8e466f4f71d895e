// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmenttransfer.h"

#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace helpdesk::client {

namespace {

constexpr int kMaxRetries = 5;
constexpr int kRetryDelayMs = 1000;

QString hashOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

AttachmentUpload::AttachmentUpload(
    Connection* connection, const QString& path, const QString& name, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_path(path)
    , m_name(name.isEmpty() ? QFileInfo(path).fileName() : name)
    , m_size(QFileInfo(path).size())
{
    // Back from a drop: ask how far the server got and carry on from there.
    connect(connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Ready && m_state == State::Waiting)
            resume();
    });
}

void AttachmentUpload::start()
{
    m_sha256 = fileSha256(m_path);
    if (m_sha256.isEmpty())
        return fail(tr("The file %1 cannot be read.").arg(m_path));
    begin();
}

void AttachmentUpload::begin()
{
    m_state = State::Sending;
    m_uploadId.clear();
    m_received = 0;
    m_inFlight = true;
    m_connection->call(
        QString(method::AttachmentBegin),
        QJsonObject { { QStringLiteral("name"), m_name },
            { QStringLiteral("size"), double(m_size) }, { QStringLiteral("sha256"), m_sha256 } },
        this, [this](const QJsonValue& result) { onResult(result.toObject()); },
        [this](const rpc::Error& error) { onError(error); });
}

void AttachmentUpload::resume()
{
    if (m_uploadId.isEmpty())
        return begin();
    m_state = State::Sending;
    m_inFlight = true;
    m_connection->call(
        QString(method::AttachmentStatus),
        QJsonObject { { QStringLiteral("uploadId"), m_uploadId } }, this,
        [this](const QJsonValue& result) { onResult(result.toObject()); },
        [this](const rpc::Error& error) {
            if (error.code == rpc::NotFound) // expired meanwhile: from the start
                return begin();
            onError(error);
        });
}

void AttachmentUpload::sendNext()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_received))
        return fail(tr("The file %1 cannot be read.").arg(m_path));
    const QByteArray data = file.read(qMin(m_chunkBytes, m_size - m_received));
    m_inFlight = true;
    m_connection->call(
        QString(method::AttachmentChunk),
        QJsonObject { { QStringLiteral("uploadId"), m_uploadId },
            { QStringLiteral("offset"), double(m_received) },
            { QStringLiteral("data"), QString::fromLatin1(data.toBase64()) } },
        this, [this](const QJsonValue& result) { onResult(result.toObject()); },
        [this](const rpc::Error& error) { onError(error); });
}

void AttachmentUpload::onResult(const QJsonObject& result)
{
    m_inFlight = false;
    if (m_state != State::Sending)
        return;
    m_uploadId = result.value(QLatin1String("uploadId")).toString(m_uploadId);
    m_received = result.value(QLatin1String("received")).toInteger();
    m_chunkBytes
        = qMax<qint64>(1024, result.value(QLatin1String("chunkBytes")).toInteger(m_chunkBytes));
    emit progressChanged(m_received, m_size);
    if (result.value(QLatin1String("done")).toBool()) {
        const auto attachment
            = Attachment::fromJson(result.value(QLatin1String("attachment")).toObject());
        if (!attachment)
            return fail(client::errorText(localError(BadResponse)));
        m_attachment = *attachment;
        m_state = State::Done;
        emit finished(m_attachment);
        return;
    }
    sendNext();
}

void AttachmentUpload::onError(const rpc::Error& error)
{
    m_inFlight = false;
    if (m_state != State::Sending)
        return;
    if (error.code == Offline || error.code == ConnectionLost || error.code == TimedOut) {
        m_state = State::Waiting; // resumed when the connection is back
        if (m_connection && m_connection->isReady())
            QTimer::singleShot(kRetryDelayMs, this, [this] {
                if (m_state == State::Waiting && !m_inFlight)
                    resume();
            });
        return;
    }
    fail(client::errorText(error));
}

void AttachmentUpload::fail(const QString& text)
{
    m_state = State::Failed;
    m_error = text;
    emit failed(text);
}

void AttachmentUpload::cancel()
{
    const bool begun = !m_uploadId.isEmpty() && m_state != State::Done;
    m_state = State::Failed;
    if (begun && m_connection && m_connection->isReady())
        m_connection->call(
            QString(method::AttachmentCancel),
            QJsonObject { { QStringLiteral("uploadId"), m_uploadId } }, m_connection,
            [](const QJsonValue&) {}, [](const rpc::Error&) {});
}

AttachmentDownload::AttachmentDownload(
    Connection* connection, const Attachment& attachment, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_attachment(attachment)
{
}

void AttachmentDownload::start()
{
    m_data.clear();
    m_data.reserve(m_attachment.size);
    fetchNext();
}

void AttachmentDownload::fetchNext()
{
    if (!m_connection)
        return;
    m_connection->call(
        QString(method::AttachmentGet),
        QJsonObject { { QStringLiteral("id"), double(m_attachment.id) },
            { QStringLiteral("offset"), double(m_data.size()) } },
        this,
        [this](const QJsonValue& value) {
            const QJsonObject result = value.toObject();
            m_data += QByteArray::fromBase64(
                result.value(QLatin1String("data")).toString().toLatin1());
            emit progressChanged(m_data.size(), m_attachment.size);
            if (!result.value(QLatin1String("eof")).toBool() && m_data.size() < m_attachment.size)
                return fetchNext();
            if (hashOf(m_data) != m_attachment.sha256)
                return emit failed(tr("The file arrived damaged (its checksum does not match)."));
            emit finished(m_data);
        },
        [this](const rpc::Error& error) {
            if (isTransient(error) && ++m_retries <= kMaxRetries) // carries on where it stopped
                return QTimer::singleShot(
                    kRetryDelayMs * m_retries, this, &AttachmentDownload::fetchNext);
            emit failed(errorText(error));
        });
}

} // namespace helpdesk::client
