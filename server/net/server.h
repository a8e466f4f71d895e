// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/outputbudget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <array>
#include <map>
#include <optional>

class QSslSocket;
class QTcpServer;
class QTcpSocket;

namespace helpdesk::server {

class Connection;
class Dispatcher;
class PushHub;
struct ServerConfig;

// Accepts clients (plain TCP, or TLS when a certificate is configured) and hands each socket to
// a Connection. It runs the TLS handshakes itself and applies the limits at the TCP accept:
// connections per address, and for those not logged in yet a share per address, a total and a
// buffer budget, the oldest (or largest) making way for newcomers. Nothing a peer does can
// make it stop accepting.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(const ServerConfig& config, PushHub& hub, Dispatcher& dispatcher,
        QObject* parent = nullptr);
    ~Server() override;

    // Starts listening; on failure returns false and sets *error.
    bool listen(QString* error);
    QString address() const; // "HOST:PORT" actually bound
    void close();

private:
    // A connection that has not logged in: still in its TLS handshake, or a Connection.
    struct PreLogin
    {
        QString address;
        QSslSocket* handshake = nullptr;
        Connection* connection = nullptr;
        qint64 bufferedBytes = 0;
    };
    struct AddressCount
    {
        int connections = 0; // every connection from the address, from its TCP accept on
        int preLogin = 0; // those of them not logged in
    };
    // Why connections that had not logged in were closed, summed up in one log line.
    enum DropReason { Handshake, AddressShare, Total, Budget, Descriptors, DropReasons };

    void onIncoming(qintptr descriptor);
    void onAcceptError();
    void makeDescriptorRoom();
    void resumeAcceptingIn(int ms);
    void startHandshake(QSslSocket* socket);
    void endHandshake(QSslSocket* socket);
    void admit(QTcpSocket* socket);
    void onClosed(Connection* connection);
    void onAuthenticationChanged(Connection* connection);
    void onBufferedBytes(Connection* connection, qint64 bytes);
    void enforceBudget();

    void trackPreLogin(const QObject* key, const PreLogin& entry);
    void untrackPreLogin(const QObject* key);
    // Closes the oldest connection not logged in (from `address`, or from anywhere when it is
    // empty); false when there is none.
    bool dropOldestPreLogin(const QString& address, DropReason reason);
    void drop(quint64 serial, DropReason reason);
    void releaseAddress(const QString& address);
    void countDrop(DropReason reason);

    const ServerConfig& m_config;
    PushHub& m_hub;
    Dispatcher& m_dispatcher;
    OutputBudget m_outputBudget;
    QTcpServer* m_listener = nullptr;
    std::optional<QSslConfiguration> m_tls;
    QHash<QString, AddressCount> m_perAddress;
    std::map<quint64, PreLogin> m_preLogin; // by age: serials only grow
    QHash<const QObject*, quint64> m_serials; // socket in its handshake, or Connection
    quint64 m_nextSerial = 0;
    qint64 m_preLoginBytes = 0;
    bool m_acceptPaused = false;
    QElapsedTimer m_descriptorWarning;
    std::array<int, DropReasons> m_drops {}; // since the last log line
};

} // namespace helpdesk::server
