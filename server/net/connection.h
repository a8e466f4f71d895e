// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "rpc/session.h"

#include <QTimer>

class QSslSocket;
class QTcpSocket;

namespace helpdesk::server {

class Dispatcher;
class OutputBudget;
struct ServerConfig;

// One client socket as a Session: framing, limits, the session state (hello, authenticated
// user) and the replies. Requests are handed to the dispatcher; replies may come back out of
// order.
class Connection : public Session
{
    Q_OBJECT
public:
    Connection(QTcpSocket* socket, const ServerConfig& config, Dispatcher& dispatcher,
        OutputBudget& budget, QObject* parent = nullptr);
    ~Connection() override;

    QString peerAddress() const override { return m_peerAddress; }

    bool helloDone() const override { return m_helloDone; }
    void setHelloDone(const QString& locale, const QString& client) override;
    QString locale() const override { return m_locale; }

    const std::optional<Principal>& principal() const override { return m_principal; }
    qint64 tokenId() const override { return m_tokenId; }
    void setAuthenticated(const Principal& principal, qint64 tokenId) override;
    void clearAuthentication() override;

    void holdFrames() override { m_holding = true; }
    void releaseFrames() override;

    // Dropped while the client is behind (ServerConfig::pushBacklogBytes, outputBudgetBytes):
    // once it has caught up it gets one sync.required ("too-slow") instead.
    void push(const QByteArray& frame) override;
    void finishRequest(bool wantsReply, const QJsonObject& response) override;
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
    void sendNow(); // what is queued, to the kernel at once
    void closeAfterWrite();
    bool paused() const;
    qint64 queuedOutput() const;
    void applyLimits();
    void reportBufferedBytes();
    void accountOutput();

    QTcpSocket* m_socket;
    QSslSocket* m_tls; // m_socket when it is TLS, else nullptr
    const ServerConfig& m_config;
    Dispatcher& m_dispatcher;
    OutputBudget& m_budget;
    qint64 m_accounted = 0; // queued output counted in m_budget
    qint64 m_droppedPushes = 0; // since the client fell behind; 0: it is not behind
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
    bool m_sending = false; // inside sendNow: bytesWritten comes from there
    bool m_followUpPosted = false;
    qint64 m_reportedBytes = 0;
};

} // namespace helpdesk::server
