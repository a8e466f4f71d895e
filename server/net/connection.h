// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "rpc/principal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace helpdesk::server {

struct ServerContext;

// One client socket: framing, limits, the session state (hello, authenticated user) and the
// replies. Requests are handed to the dispatcher; replies may come back out of order.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(QTcpSocket* socket, ServerContext& context, QObject* parent = nullptr);
    ~Connection() override;

    QString peerAddress() const { return m_peerAddress; }

    bool helloDone() const { return m_helloDone; }
    void setHelloDone(const QString& locale, const QString& client);
    QString locale() const { return m_locale; }

    const std::optional<Principal>& principal() const { return m_principal; }
    qint64 tokenId() const { return m_tokenId; }
    void setAuthenticated(const Principal& principal, qint64 tokenId);
    void clearAuthentication();

    // While an auth call is running, later frames wait, so that a pipelined request after
    // auth.login runs as the logged-in user.
    void holdFrames() { m_holding = true; }
    void releaseFrames();

    // Sends a pushed notification unless the client stopped reading (then it is dropped
    // and the connection closed: the client re-syncs when it reconnects).
    void push(const QByteArray& frame);
    // Completes a request: sends the response when one is expected.
    void finishRequest(bool wantsReply, const QJsonObject& response);
    bool hasRequestsInFlight() const { return m_inFlight > 0; }
    // Closes at once (TCP abort), e.g. to make room for other clients; emits closed().
    void abort();

signals:
    void closed(Connection* connection);
    // Logged in or out (principal() tells which).
    void authenticationChanged(Connection* connection);
    // Before login only: the bytes it holds (input buffered, output queued) have changed.
    void bufferedBytesChanged(Connection* connection, qint64 bytes);

private:
    void onReadyRead();
    void processFrames();
    void handleFrame(const QByteArray& frame);
    void onBytesWritten();
    void sendRaw(const QByteArray& frame);
    void closeAfterWrite();
    bool paused() const;
    qint64 queuedOutput() const;
    void applyLimits();
    void reportBufferedBytes();

    QTcpSocket* m_socket;
    QSslSocket* m_tls; // m_socket when it is TLS, else nullptr
    ServerContext& m_context;
    FrameReader m_reader;
    QTimer m_idleTimer;
    QString m_peerAddress;
    bool m_helloDone = false;
    QString m_locale;
    QString m_client;
    std::optional<Principal> m_principal;
    qint64 m_tokenId = 0;
    int m_inFlight = 0;
    bool m_holding = false;
    bool m_closing = false;
    qint64 m_reportedBytes = 0;
};

// Replies to one request, from whichever job finishes it; does nothing when the connection
// has gone meanwhile.
class Responder
{
public:
    Responder(Connection* connection, QJsonValue id, bool wantsReply)
        : m_connection(connection)
        , m_id(std::move(id))
        , m_wantsReply(wantsReply)
    {
    }
    void result(const QJsonValue& result) const;
    void error(const rpc::Error& error) const;
    Connection* connection() const { return m_connection.data(); }

private:
    QPointer<Connection> m_connection;
    QJsonValue m_id;
    bool m_wantsReply;
};

} // namespace helpdesk::server
