// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include "api/dispatcher.h"
#include "net/outputbudget.h"
#include "protocol/methods.h"
#include "service/serverconfig.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcConnection, "helpdesk.connection")

namespace helpdesk::server {

namespace {
constexpr qint64 kReadChunk = 256 * 1024;
// Replies pile up in the socket when a client does not read; past this limit we stop reading
// its requests (pushes have limits of their own: ServerConfig::pushBacklogBytes).
constexpr qint64 kPauseWriteBacklog = 16 * 1024 * 1024;
constexpr qint64 kReadBuffer = 1024 * 1024;
// Before login a client needs a few KiB (hello, auth.login, auth.resume): anything one may hold
// is small, so that many connections that never log in cannot use much memory.
constexpr qsizetype kPreLoginFrameBytes = 64 * 1024;
constexpr qint64 kPreLoginReadBuffer = 64 * 1024;
constexpr qint64 kPreLoginPauseWriteBacklog = 64 * 1024;
} // namespace

Connection::Connection(QTcpSocket* socket, const ServerConfig& config, Dispatcher& dispatcher,
    OutputBudget& budget, QObject* parent)
    : Session(parent)
    , m_socket(socket)
    , m_tls(qobject_cast<QSslSocket*>(socket))
    , m_config(config)
    , m_dispatcher(dispatcher)
    , m_budget(budget)
    , m_reader(config.maxFrameBytes)
{
    m_socket->setParent(this);
    // Bounded socket buffer: when we pause, TCP flow control pushes back on the client.
    applyLimits();
    // No Nagle: a reply queued behind unacknowledged push frames would otherwise wait for the
    // client's delayed ACK (~40 ms on Linux); measured in docs/performance.md.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = m_socket->peerAddress().toString();
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(config.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcConnection) << "closing idle"
                             << (m_principal ? "session" : "unauthenticated connection") << "from"
                             << m_peerAddress;
        m_socket->abort();
    });
    m_idleTimer.start();
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    if (m_tls)
        connect(m_tls, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { emit closed(this); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emit closed(this);
    });
    // Bytes that came with the end of the TLS handshake are read once the owner is connected.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

Connection::~Connection()
{
    m_budget.change(-m_accounted);
}

// Keeps this connection's share of the server-wide output budget up to date.
void Connection::accountOutput()
{
    const qint64 queued = queuedOutput();
    m_budget.change(queued - m_accounted);
    m_accounted = queued;
}

void Connection::setHelloDone(const QString& locale, const QString& client)
{
    m_helloDone = true;
    m_locale = locale;
    m_client = client;
}

void Connection::setAuthenticated(const Principal& principal, qint64 tokenId)
{
    m_principal = principal;
    m_tokenId = tokenId;
    // Logged in: a much longer silence is allowed (clients send a heartbeat), but a peer that
    // vanished without closing must not hold its slot for ever.
    m_idleTimer.setInterval(m_config.sessionIdleTimeoutMs);
    m_idleTimer.start();
    applyLimits();
    m_reportedBytes = 0;
    emit authenticationChanged(this);
}

void Connection::clearAuthentication()
{
    m_principal.reset();
    m_tokenId = 0;
    m_idleTimer.setInterval(m_config.idleTimeoutMs);
    m_idleTimer.start();
    applyLimits();
    emit authenticationChanged(this);
}

// Before login the frame cap, the read buffer and the output backlog are small; after it the
// configured cap and the larger buffers apply.
void Connection::applyLimits()
{
    const bool loggedIn = m_principal.has_value();
    const qsizetype maxFrame = m_config.maxFrameBytes;
    m_reader.setMaxFrameBytes(loggedIn ? maxFrame : qMin(maxFrame, kPreLoginFrameBytes));
    m_socket->setReadBufferSize(loggedIn ? kReadBuffer : kPreLoginReadBuffer);
}

// What waits to be sent; with TLS most of it is already encrypted, in the plain socket below.
qint64 Connection::queuedOutput() const
{
    return m_socket->bytesToWrite() + (m_tls ? m_tls->encryptedBytesToWrite() : 0);
}

// Last thing in an entry point: the server may close this connection when the bytes held by
// connections not logged in exceed its budget.
void Connection::reportBufferedBytes()
{
    if (m_principal || m_closing)
        return;
    const qint64 bytes = m_reader.bufferedBytes() + m_socket->bytesAvailable()
        + (m_tls ? m_tls->encryptedBytesAvailable() : 0) + queuedOutput();
    if (bytes == m_reportedBytes)
        return;
    m_reportedBytes = bytes;
    emit bufferedBytesChanged(this, bytes);
}

void Connection::releaseFrames()
{
    m_holding = false;
    processFrames();
}

bool Connection::paused() const
{
    const qint64 backlog = m_principal ? kPauseWriteBacklog : kPreLoginPauseWriteBacklog;
    return m_holding || m_closing || m_inFlight >= m_config.maxInFlightPerConnection
        || queuedOutput() > backlog;
}

void Connection::onReadyRead()
{
    processFrames();
    reportBufferedBytes();
}

void Connection::processFrames()
{
    for (;;) {
        while (m_reader.hasFrame()) {
            if (paused())
                return;
            handleFrame(m_reader.takeFrame());
        }
        // Checked once the frames before the oversized line are handled: they may have been
        // read in the same chunk, and no further bytes need to arrive to get here again.
        if (m_reader.overflowed() && !m_closing) {
            rpc::Error error { rpc::InvalidRequest,
                QStringLiteral("frame exceeds %1 bytes").arg(m_reader.maxFrameBytes()),
                QJsonObject { { QStringLiteral("reason"), QStringLiteral("frame_too_large") } } };
            qCInfo(lcConnection) << "frame too large from" << m_peerAddress << "- closing";
            sendRaw(encodeFrame(rpc::makeError(QJsonValue::Null, error)));
            closeAfterWrite();
            return;
        }
        if (paused() || m_socket->bytesAvailable() == 0)
            return;
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            return;
        m_reader.append(chunk);
    }
}

void Connection::handleFrame(const QByteArray& frame)
{
    if (!m_closing)
        m_idleTimer.start(); // any frame counts as activity
    rpc::Decoded decoded = rpc::decode(frame);
    if (!decoded.message) {
        sendRaw(encodeFrame(rpc::makeError(decoded.errorId, *decoded.error)));
        return;
    }
    const rpc::Message& message = *decoded.message;
    if (message.kind == rpc::Message::Kind::Response)
        return; // the server sends no requests, so there is nothing to match a response to
    ++m_inFlight;
    m_dispatcher.dispatch(*this, message);
}

void Connection::finishRequest(bool wantsReply, const QJsonObject& response)
{
    --m_inFlight;
    if (wantsReply && !m_closing)
        sendRaw(encodeFrame(response));
    if (!m_closing)
        processFrames();
    reportBufferedBytes();
}

void Connection::abort()
{
    m_closing = true;
    m_idleTimer.stop();
    m_socket->abort();
    emit closed(this);
}

void Connection::push(const QByteArray& frame)
{
    if (m_closing)
        return;
    if (m_droppedPushes > 0) {
        ++m_droppedPushes;
        return;
    }
    const qint64 queued = queuedOutput();
    if (queued + frame.size() > m_config.pushBacklogBytes
        || !m_budget.fits(frame.size() + queued - m_accounted)) {
        // Waiting frames would only grow: drop what follows, say so once it has caught up.
        m_droppedPushes = 1;
        qCInfo(lcConnection) << "client" << m_peerAddress << "is behind (" << queued
                             << "bytes waiting, all sessions" << m_budget.used()
                             << "): pushes dropped until it catches up";
        return;
    }
    sendRaw(frame);
    // The push hub gives each session all its frames of one event-loop turn at once: sent now,
    // not on the next turn, where a push to 1,000 sessions would arm 1,000 write notifiers,
    // poll them all and only then send (docs/performance.md, "Fan-out to 1,000 viewers").
    // Replies still wait for the turn's end, so that a pipelining client's replies share one
    // write. What the kernel does not take now waits for the write notifier as before.
    sendNow();
}

void Connection::sendRaw(const QByteArray& frame)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(frame);
    accountOutput();
}

void Connection::sendNow()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QScopedValueRollback<bool> sending(m_sending, true);
    m_socket->flush();
}

void Connection::onBytesWritten()
{
    accountOutput();
    if (m_sending) {
        // Written by sendNow, inside the push hub's loop over every session: what follows may
        // send, read and dispatch again, so it runs on its own, once.
        const bool more = m_droppedPushes > 0 || m_closing || !m_principal
            || m_reader.hasFrame() || m_socket->bytesAvailable() > 0;
        if (more && !m_followUpPosted) {
            m_followUpPosted = true;
            QMetaObject::invokeMethod(this, [this] {
                m_followUpPosted = false;
                onBytesWritten();
            }, Qt::QueuedConnection);
        }
        return;
    }
    // Caught up (a quarter of the push backlog left): re-read everything, nothing was missed
    // since this frame.
    if (m_droppedPushes > 0 && !m_closing && queuedOutput() <= m_config.pushBacklogBytes / 4) {
        qCInfo(lcConnection) << "client" << m_peerAddress << "caught up;" << m_droppedPushes
                             << "pushes dropped, sync.required sent";
        m_droppedPushes = 0;
        const QJsonObject params { { QStringLiteral("reason"), QStringLiteral("too-slow") } };
        sendRaw(encodeFrame(rpc::makeNotification(QString(push::SyncRequired), params)));
    }
    if (m_closing) {
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_reader.hasFrame() || m_socket->bytesAvailable() > 0)
        processFrames();
    reportBufferedBytes();
}

void Connection::closeAfterWrite()
{
    m_closing = true;
    m_idleTimer.stop();
    if (m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
    else
        m_socket->flush();
}

} // namespace helpdesk::server
