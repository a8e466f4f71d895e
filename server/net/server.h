// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace helpdesk::server {

class Connection;
class Dispatcher;
class PushHub;
struct ServerConfig;

// Accepts clients (plain TCP, or TLS when a certificate is configured), enforces the
// per-address connection limit and hands each socket to a Connection.
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
    void accept(QTcpSocket* socket);
    void onClosed(Connection* connection);

    const ServerConfig& m_config;
    PushHub& m_hub;
    Dispatcher& m_dispatcher;
    QTcpServer* m_listener = nullptr;
    QHash<QString, int> m_perAddress;
};

} // namespace helpdesk::server
