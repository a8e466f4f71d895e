// SPDX-License-Identifier: GPL-3.0-or-later
// Connection: socket, framing, request ids, timeouts and reconnect. Logging in and resuming
// are in connectionsession.cpp, the typed wrappers around call() in connectioncalls.cpp.
#include "connection.h"

#include "errortext.h"
#include "protocol/methods.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#ifndef QT_NO_SSL
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <utility>

Q_LOGGING_CATEGORY(lcConnection, "helpdesk.client.connection", QtInfoMsg)

namespace helpdesk::client {

namespace {

constexpr int kTimeoutSweepMs = 500;
constexpr qint64 kReadChunk = 256 * 1024;

} // namespace

Connection::Connection(QObject* parent)
    : QObject(parent)
    , m_locale(QLocale().name())
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Connection::openSocket);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
        [this] { onSocketLost(tr("The server did not answer.")); });
    m_timeoutTimer.setInterval(kTimeoutSweepMs);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &Connection::checkTimeouts);
    m_heartbeatTimer.setInterval(m_heartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Connection::heartbeat);
}

Connection::~Connection()
{
    // No handler runs during destruction: the objects they capture may be half gone too.
    m_pending.clear();
    closeSocket();
}

void Connection::connectToServer(const QString& host, quint16 port, bool tls)
{
    m_reconnectTimer.stop();
    closeSocket();
    failAllPending(localError(ConnectionLost));
    m_host = host;
    m_port = port;
    m_tls = tls;
    m_wantConnected = true;
    m_hadSession = false;
    m_reconnectAttempt = 0;
    setState(State::Connecting);
    openSocket();
}

void Connection::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    closeSocket();
    m_pendingLogin.clear();
    m_pendingPassword.clear();
    setState(State::Disconnected);
    failAllPending(localError(ConnectionLost));
}

void Connection::setReconnectDelays(int minimumMs, int maximumMs)
{
    m_minReconnectMs = qMax(10, minimumMs);
    m_maxReconnectMs = qMax(m_minReconnectMs, maximumMs);
}

void Connection::setRequestTimeout(int ms)
{
    m_requestTimeoutMs = qMax(100, ms);
}

void Connection::setHeartbeatInterval(int ms)
{
    m_heartbeatMs = qMax(0, ms);
    if (m_heartbeatMs > 0)
        m_heartbeatTimer.setInterval(m_heartbeatMs);
    else
        m_heartbeatTimer.stop();
}

void Connection::setMaxFrameBytes(qsizetype bytes)
{
    m_maxFrameBytes = qMax<qsizetype>(1024, bytes);
}

void Connection::setLocale(const QString& locale)
{
    m_locale = locale;
}

#ifndef QT_NO_SSL
void Connection::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_sslConfiguration = std::make_unique<QSslConfiguration>(configuration);
}
#endif

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Ready && m_heartbeatMs > 0)
        m_heartbeatTimer.start();
    else if (state != State::Ready)
        m_heartbeatTimer.stop();
    emit stateChanged(state);
}

void Connection::openSocket()
{
    closeSocket();
    m_reader = FrameReader(m_maxFrameBytes);
    m_helloDone = false;
    m_heartbeatPending = false;
#ifndef QT_NO_SSL
    auto* socket = new QSslSocket(this);
    if (m_sslConfiguration)
        socket->setSslConfiguration(*m_sslConfiguration);
    if (m_tls)
        connect(socket, &QSslSocket::encrypted, this, &Connection::onConnected);
    else
        connect(socket, &QTcpSocket::connected, this, &Connection::onConnected);
#else
    auto* socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, &Connection::onConnected);
#endif
    m_socket = socket;
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    // Both may fire for one loss; onSocketLost() ignores a socket that is no longer current.
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            onSocketLost(socket->errorString());
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketLost(tr("The server closed the connection."));
    });
    m_connectTimer.start(kHandshakeTimeoutMs);
    qCDebug(lcConnection) << "connecting to" << m_host << m_port << (m_tls ? "tls" : "tcp");
#ifndef QT_NO_SSL
    if (m_tls) {
        socket->connectToHostEncrypted(m_host, m_port);
        return;
    }
#else
    if (m_tls) {
        QTimer::singleShot(0, this, [this, socket] {
            if (socket == m_socket)
                onSocketLost(tr("This build of the client has no TLS support."));
        });
        return;
    }
#endif
    socket->connectToHost(m_host, m_port);
}

void Connection::closeSocket()
{
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_helloDone = false;
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    socket->abort();
    // May run inside one of the socket's own signals.
    socket->deleteLater();
}

void Connection::onConnected()
{
    m_connectTimer.stop();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_lastReceived.start();
    sendHello();
}

void Connection::onSocketLost(const QString& reason)
{
    if (!m_socket)
        return;
    const bool wasReady = m_state == State::Ready;
    closeSocket();
    qCInfo(lcConnection) << "link to" << m_host << m_port << "lost:" << reason;
    if (m_wantConnected && !m_token.isEmpty()) {
        if (wasReady)
            emit errorOccurred(tr("Connection to the server lost: %1").arg(reason));
        scheduleReconnect();
    } else {
        m_wantConnected = false;
        setState(State::Disconnected);
        emit errorOccurred(
            tr("Could not connect to %1:%2: %3").arg(m_host).arg(m_port).arg(reason));
        if (!m_pendingLogin.isEmpty()) {
            m_pendingLogin.clear();
            m_pendingPassword.clear();
            emit loginFailed(localError(ConnectionLost));
        }
    }
    // Last: handlers may already see the new state and, for example, queue instead of retry.
    failAllPending(localError(ConnectionLost));
}

void Connection::scheduleReconnect()
{
    const int shift = qMin(m_reconnectAttempt, 16);
    const qint64 base = qMin<qint64>(m_maxReconnectMs, qint64(m_minReconnectMs) << shift);
    // Jitter of +-20% spreads the reconnects of many clients after a server restart.
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = int(
        qBound<qint64>(qint64(m_minReconnectMs), qint64(base * factor), qint64(m_maxReconnectMs)));
    ++m_reconnectAttempt;
    setState(State::Reconnecting);
    qCDebug(lcConnection) << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void Connection::onReadyRead()
{
    QTcpSocket* const socket = m_socket;
    if (!socket)
        return;
    m_lastReceived.restart();
    m_heartbeatPending = false;
    // Handlers may close or replace the socket; every loop re-checks that it is still ours.
    while (m_socket == socket && socket->bytesAvailable() > 0) {
        m_reader.append(socket->read(kReadChunk));
        while (m_socket == socket && m_reader.hasFrame())
            handleFrame(m_reader.takeFrame());
        if (m_socket == socket && m_reader.overflowed()) {
            onSocketLost(tr("The server sent a message larger than %1 bytes.")
                             .arg(QLocale().toString(m_reader.maxFrameBytes())));
            return;
        }
    }
}

void Connection::handleFrame(const QByteArray& frame)
{
    rpc::Decoded decoded = rpc::decode(frame);
    if (!decoded.message) {
        qCWarning(lcConnection) << "unreadable frame from the server:" << decoded.error->message;
        return;
    }
    switch (decoded.message->kind) {
    case rpc::Message::Kind::Response:
        handleResponse(*decoded.message);
        break;
    case rpc::Message::Kind::Notification:
        handlePush(*decoded.message);
        break;
    case rpc::Message::Kind::Request:
        break; // the server sends no requests
    }
}

void Connection::handleResponse(const rpc::Message& message)
{
    if (!message.id.isDouble()) {
        // An error about a frame the server could not attribute to a request.
        if (message.error) {
            qCWarning(lcConnection) << "server error without id:" << message.error->message;
            emit errorOccurred(errorText(*message.error));
        }
        return;
    }
    const auto it = m_pending.find(message.id.toInteger());
    if (it == m_pending.end())
        return; // cancelled or timed out
    const Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (pending.hasContext && !pending.context)
        return;
    if (message.error) {
        if (pending.onError)
            pending.onError(*message.error);
        else
            qCWarning(lcConnection)
                << pending.method << "failed:" << message.error->code << message.error->message;
    } else if (pending.onResult) {
        pending.onResult(message.result);
    }
}

void Connection::handlePush(const rpc::Message& message)
{
    const QJsonObject params = message.params.toObject();
    QString error;
    if (message.method == push::TicketChanged) {
        if (const auto ticket
            = Ticket::fromJson(params.value(QLatin1String("ticket")).toObject(), &error)) {
            emit ticketChanged(*ticket);
            return;
        }
    } else if (message.method == push::MessageAdded) {
        const TicketId ticketId(params.value(QLatin1String("ticketId")).toInteger());
        if (const auto added
            = Message::fromJson(params.value(QLatin1String("message")).toObject(), &error)) {
            emit messageAdded(ticketId.isValid() ? ticketId : added->ticketId, *added);
            return;
        }
    } else if (message.method == push::TicketRemoved) {
        const TicketId ticketId(params.value(QLatin1String("ticketId")).toInteger());
        if (ticketId.isValid()) {
            emit ticketRemoved(ticketId);
            return;
        }
        error = QStringLiteral("ticketId: missing");
    } else if (message.method == push::SlaAlert) {
        emit slaAlert(params);
        return;
    } else if (message.method == push::QueueChanged) {
        if (const auto queue = Queue::fromJson(params.value(QLatin1String("queue")).toObject(), &error)) {
            emit queueChanged(*queue);
            return;
        }
    } else if (message.method == push::PresenceChanged || message.method == push::TicketActivity) {
        const UserId user(params.value(QLatin1String("userId")).toInteger());
        if (user.isValid()) {
            if (message.method == push::PresenceChanged)
                emit presenceChanged(user, params.value(QLatin1String("presence")).toString());
            else
                emit ticketActivity(TicketId(params.value(QLatin1String("ticketId")).toInteger()),
                    user, params.value(QLatin1String("state")).toString());
            return;
        }
        error = QStringLiteral("userId: missing");
    } else if (message.method == push::AnnouncementChanged
        || message.method == push::AnnouncementRemoved) {
        const bool changed = message.method == push::AnnouncementChanged;
        const QJsonObject announcement = params.value(QLatin1String("announcement")).toObject();
        const qint64 id = changed ? announcement.value(QLatin1String("id")).toInteger()
                                  : params.value(QLatin1String("id")).toInteger();
        if (id > 0) {
            if (changed)
                emit announcementChanged(announcement);
            else
                emit announcementRemoved(id);
            return;
        }
        error = QStringLiteral("id: missing");
    } else if (message.method == push::SyncRequired) {
        // The server may have missed changes made elsewhere (its link to the other servers
        // was down): everything shown may be stale, as after a reconnect.
        qCInfo(lcConnection) << "server asks for a re-sync:"
                             << params.value(QLatin1String("reason")).toString();
        emit resynced();
        return;
    } else if (message.method == push::SessionEnded) {
        const QString reason = params.value(QLatin1String("reason")).toString();
        qCInfo(lcConnection) << "the server ended the session:" << reason;
        m_token.clear();
        m_user.reset();
        m_hadSession = false;
        setState(State::Authenticating);
        emit sessionEnded(reason);
        emit sessionExpired();
        return;
    } else {
        qCDebug(lcConnection) << "ignoring unknown push" << message.method;
        return;
    }
    qCWarning(lcConnection) << "malformed push" << message.method << error;
}

Connection::RequestId Connection::call(const QString& method, const QJsonObject& params,
    const QObject* context, ResultHandler onResult, ErrorHandler onError)
{
    if (m_state != State::Ready) {
        failLater(context, std::move(onError), localError(Offline));
        return 0;
    }
    return send(method, params, context, std::move(onResult), std::move(onError));
}

void Connection::cancel(RequestId id)
{
    m_pending.remove(id);
}

Connection::RequestId Connection::send(const QString& method, const QJsonObject& params,
    const QObject* context, ResultHandler onResult, ErrorHandler onError)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        failLater(context, std::move(onError), localError(ConnectionLost));
        return 0;
    }
    const RequestId id = m_nextId++;
    m_socket->write(encodeFrame(rpc::makeRequest(QJsonValue(id), method, params)));
    Pending pending;
    pending.method = method;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.onResult = std::move(onResult);
    pending.onError = std::move(onError);
    pending.started.start();
    m_pending.insert(id, std::move(pending));
    if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start();
    return id;
}

void Connection::failLater(const QObject* context, ErrorHandler onError, const rpc::Error& error)
{
    if (!onError)
        return;
    // Asynchronous like every other outcome, so callers need not handle re-entrancy.
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, onError = std::move(onError), error] {
        if (!hasContext || guard)
            onError(error);
    });
}

void Connection::failAllPending(const rpc::Error& error)
{
    const QHash<RequestId, Pending> pending = std::exchange(m_pending, {});
    m_timeoutTimer.stop();
    for (const Pending& call : pending) {
        if ((!call.hasContext || call.context) && call.onError)
            call.onError(error);
    }
}

void Connection::checkTimeouts()
{
    QVector<Pending> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->started.hasExpired(m_requestTimeoutMs)) {
            expired.append(std::move(it.value()));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (m_pending.isEmpty())
        m_timeoutTimer.stop();
    const rpc::Error error = localError(TimedOut);
    for (const Pending& call : std::as_const(expired)) {
        qCWarning(lcConnection) << call.method << "timed out";
        if ((!call.hasContext || call.context) && call.onError)
            call.onError(error);
    }
}

} // namespace helpdesk::client
