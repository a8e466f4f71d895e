// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QObject>
#include <QPointer>

namespace helpdesk::client {

class Connection;

// One file going up to the server in chunks (attachment.begin / .chunk, docs/protocol.md):
// read from disk a chunk at a time, checked against its SHA-256 by the server, and carried
// on from where the server says it got to (attachment.status) when the connection comes
// back after a drop. finished() hands over the Attachment to name in message.add.
class AttachmentUpload : public QObject
{
    Q_OBJECT
public:
    enum class State { Sending, Waiting, Done, Failed };
    Q_ENUM(State)

    // `name`: what the file is called on the server (default: the file's own name).
    AttachmentUpload(Connection* connection, const QString& path, const QString& name = {},
        QObject* parent = nullptr);

    void start();
    // Stops and drops the upload on the server (attachment.cancel).
    void cancel();

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    qint64 size() const { return m_size; }
    qint64 received() const { return m_received; }
    State state() const { return m_state; }
    const Attachment& attachment() const { return m_attachment; }
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void progressChanged(qint64 received, qint64 size);
    void finished(const helpdesk::Attachment& attachment);
    void failed(const QString& text);

private:
    void begin();
    void sendNext();
    void resume();
    void onResult(const QJsonObject& result);
    void onError(const rpc::Error& error);
    void fail(const QString& text);

    QPointer<Connection> m_connection;
    QString m_path;
    QString m_name;
    qint64 m_size = 0;
    QString m_sha256;
    QString m_uploadId;
    qint64 m_received = 0;
    qint64 m_chunkBytes = 512 * 1024;
    State m_state = State::Sending;
    bool m_inFlight = false;
    Attachment m_attachment;
    QString m_error;
};

// One attachment coming down (attachment.get) into memory, checked against its SHA-256.
// Files are small enough for that: the server caps them (100 MB by default).
class AttachmentDownload : public QObject
{
    Q_OBJECT
public:
    AttachmentDownload(
        Connection* connection, const Attachment& attachment, QObject* parent = nullptr);

    void start();
    const Attachment& attachment() const { return m_attachment; }
    QByteArray data() const { return m_data; }

Q_SIGNALS:
    void progressChanged(qint64 received, qint64 size);
    void finished(const QByteArray& data);
    void failed(const QString& text);

private:
    void fetchNext();

    QPointer<Connection> m_connection;
    Attachment m_attachment;
    QByteArray m_data;
    int m_retries = 0;
};

// SHA-256 of a file, read in pieces; empty when it cannot be read.
QString fileSha256(const QString& path);

} // namespace helpdesk::client
