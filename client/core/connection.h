// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's one link to the server: owns the socket and the request ids, speaks the wire
// contract (newline-delimited JSON-RPC), logs in, turns pushes into typed signals, and after
// a drop reconnects with back-off, resumes the session with its token and announces
// resynced() so that models fetch what changed meanwhile. Widgets never touch the socket.

#include "apitypes.h"
#include "domain/types.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "ticketquery.h"
#include "ticketsearch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QSslConfiguration;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection : public QObject
{
    Q_OBJECT

public:
    // Disconnected: nothing going on. Connecting: first TCP/TLS connect and hello.
    // Authenticating: connected, logging in or resuming, or waiting for login() after a
    // logout or an expired session. Ready: calls may be made. Reconnecting: the link dropped
    // while logged in; waiting for the next attempt or attempting it.
    enum class State { Disconnected, Connecting, Authenticating, Ready, Reconnecting };
    Q_ENUM(State)

    using RequestId = qint64;
    using ResultHandler = std::function<void(const QJsonValue& result)>;
    using ErrorHandler = std::function<void(const rpc::Error& error)>;
    template<typename T> using Handler = std::function<void(const T& value)>;

    explicit Connection(QObject* parent = nullptr);
    ~Connection() override;

    // --- Session -------------------------------------------------------------------------
    void connectToServer(const QString& host, quint16 port, bool tls = false);
    // Either may be called before the connection is up; it is sent right after hello.
    void login(const QString& login, const QString& password);
    void resume(const QString& token);
    // Forgets the user and token at once and revokes the token on the server; loggedOut()
    // follows the server's answer. The socket stays open for the next login().
    void logout();
    // Closes the socket and stops reconnecting. Calls in flight fail with ConnectionLost.
    void disconnectFromServer();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    std::optional<User> currentUser() const { return m_user; }
    // The session token, for the UI to keep for the next start (resume()); empty if none.
    QString token() const { return m_token; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool usesTls() const { return m_tls; }

    // --- Tuning (defaults suit production; tests shorten them) -----------------------------
    void setReconnectDelays(int minimumMs, int maximumMs);
    void setRequestTimeout(int ms);
    void setHeartbeatInterval(int ms); // 0 disables the idle-link check
    void setMaxFrameBytes(qsizetype bytes);
    void setLocale(const QString& locale); // sent with the next hello, e.g. "ru_RU"
#ifndef QT_NO_SSL
    void setSslConfiguration(const QSslConfiguration& configuration);
#endif

    // --- Calls -----------------------------------------------------------------------------
    // Sends one request. Exactly one of the handlers runs, later, from the event loop; none
    // runs once context is destroyed (pass the object the handlers capture). When not Ready
    // the call is not sent and fails with LocalErrorCode::Offline.
    RequestId call(const QString& method, const QJsonObject& params, const QObject* context,
        ResultHandler onResult, ErrorHandler onError = {});
    // Forgets a pending call: its handlers will not run.
    void cancel(RequestId id);
    int pendingCalls() const
    {
        return int(m_pending.size());
    }

    // Typed wrappers; a result that does not parse fails with LocalErrorCode::BadResponse.
    RequestId getTicket(TicketId id, const QObject* context, Handler<TicketDetails> onResult,
        ErrorHandler onError = {});
    RequestId listTickets(const TicketQuery& query, qint64 offset, int limit,
        const QObject* context, Handler<TicketPage> onResult, ErrorHandler onError = {});
    RequestId createTicket(const NewTicket& ticket, const QObject* context,
        Handler<Ticket> onResult, ErrorHandler onError = {});
    RequestId updateTicket(TicketId id, qint64 version, const TicketChanges& changes,
        const QObject* context, Handler<Ticket> onResult, ErrorHandler onError = {});
    // idempotencyKey: a retry with the same key returns the stored message instead of adding
    // a second one. Empty: no key.
    RequestId addMessage(TicketId ticket, const QString& body, bool internal,
        const QString& idempotencyKey, const QObject* context, Handler<Message> onResult,
        ErrorHandler onError = {});
    // The same with every option of message.add: "send and set status", a phone call.
    RequestId addMessage(const NewMessage& message, const QObject* context,
        Handler<Message> onResult, ErrorHandler onError = {});
    RequestId search(const QString& query, int limit, const QObject* context,
        Handler<QVector<SearchHit>> onResult, ErrorHandler onError = {});
    // search with perTicket: one result per ticket, at most search.limit of them.
    RequestId searchTickets(const TicketSearch& search, const QObject* context,
        Handler<QVector<TicketSearchResult>> onResult, ErrorHandler onError = {});
    RequestId listUsers(const QJsonObject& params, const QObject* context,
        Handler<QVector<User>> onResult, ErrorHandler onError = {});
    RequestId listQueues(
        const QObject* context, Handler<QVector<Queue>> onResult, ErrorHandler onError = {});
    RequestId listCustomers(const QJsonObject& params, const QObject* context,
        Handler<QVector<Customer>> onResult, ErrorHandler onError = {});
    RequestId createCustomer(const QString& name, const QObject* context,
        Handler<Customer> onResult, ErrorHandler onError = {});
    // signature.list: the caller's own reply signatures and every queue's.
    RequestId listSignatures(
        const QObject* context, Handler<QVector<Signature>> onResult, ErrorHandler onError = {});
    // signature.set: the caller's own (queue unset) or a queue's; an empty text deletes it.
    RequestId setSignature(std::optional<QueueId> queue, const QString& locale, const QString& text,
        const QObject* context, Handler<Signature> onResult, ErrorHandler onError = {});

Q_SIGNALS:
    void stateChanged(helpdesk::client::Connection::State state);
    void loggedIn(const helpdesk::User& user);
    void loginFailed(const helpdesk::rpc::Error& error);
    // The server refused the saved token; login() is needed. Queued work stays queued.
    void sessionExpired();
    // The server ended this session (session.ended: the account was disabled or its password
    // reset by an administrator). The token is forgotten; sessionExpired() follows.
    void sessionEnded(const QString& reason);
    void loggedOut();
    // Emitted after a reconnect has resumed the session, or when the server says changes may
    // have been missed (sync.required): everything shown may be stale.
    void resynced();
    void ticketChanged(const helpdesk::Ticket& ticket);
    // An SLA escalation alert for this user (the sla.alert params, docs/protocol.md).
    void slaAlert(const QJsonObject& alert);
    void messageAdded(helpdesk::TicketId ticketId, const helpdesk::Message& message);
    void ticketRemoved(helpdesk::TicketId ticketId);
    // Issue 12: a queue was created or changed; a staff user's presence changed ("online",
    // "away", "offline"); another staff user viewing, typing on or leaving a ticket this
    // connection views ("viewing", "typing", "left").
    void queueChanged(const helpdesk::Queue& queue);
    void presenceChanged(helpdesk::UserId user, const QString& presence);
    void ticketActivity(helpdesk::TicketId ticket, helpdesk::UserId user, const QString& state);
    // announcement.changed (the Announcement object as sent) and announcement.removed.
    void announcementChanged(const QJsonObject& announcement);
    void announcementRemoved(qint64 id);
    // A translated sentence about the link (cannot connect, lost, protocol mismatch).
    void errorOccurred(const QString& text);

private:
    // Each step of connecting and logging in must be answered within this time.
    static constexpr int kHandshakeTimeoutMs = 15'000;

    struct Pending
    {
        QString method;
        QPointer<const QObject> context;
        bool hasContext = false;
        ResultHandler onResult;
        ErrorHandler onError;
        QElapsedTimer started;
    };

    RequestId send(const QString& method, const QJsonObject& params, const QObject* context,
        ResultHandler onResult, ErrorHandler onError);
    void setState(State state);
    void openSocket();
    void closeSocket();
    void onConnected();
    void onReadyRead();
    void onSocketLost(const QString& reason);
    void handleFrame(const QByteArray& frame);
    void handleResponse(const rpc::Message& message);
    void handlePush(const rpc::Message& message);
    void sendHello();
    void sendLogin();
    void sendResume();
    void becomeReady(const User& user);
    void failAllPending(const rpc::Error& error);
    void failLater(const QObject* context, ErrorHandler onError, const rpc::Error& error);
    void scheduleReconnect();
    void checkTimeouts();
    void heartbeat();

    QTcpSocket* m_socket = nullptr;
    FrameReader m_reader;
    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_locale;
#ifndef QT_NO_SSL
    std::unique_ptr<QSslConfiguration> m_sslConfiguration;
#endif

    bool m_wantConnected = false; // connectToServer() was called and not undone
    bool m_helloDone = false;
    bool m_hadSession = false; // reached Ready since connectToServer()/login(): resume = resync
    QString m_token;
    std::optional<User> m_user;
    QString m_pendingLogin;
    QString m_pendingPassword;

    RequestId m_nextId = 1;
    QHash<RequestId, Pending> m_pending;
    QTimer m_timeoutTimer;
    int m_requestTimeoutMs = 60'000;
    qsizetype m_maxFrameBytes = kDefaultMaxFrameBytes;

    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    int m_minReconnectMs = 500;
    int m_maxReconnectMs = 30'000;
    QTimer m_connectTimer; // a connect attempt that hangs (SYN into the void) is given up

    QTimer m_heartbeatTimer;
    QElapsedTimer m_lastReceived;
    int m_heartbeatMs = 30'000;
    bool m_heartbeatPending = false;
};

} // namespace helpdesk::client
