// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "connection.h"
#include "events/pushhub.h"
#include "service/serverconfig.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcServer, "helpdesk.server")

namespace helpdesk::server {

Server::Server(
    const ServerConfig& config, PushHub& hub, Dispatcher& dispatcher, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_hub(hub)
    , m_dispatcher(dispatcher)
{
}

Server::~Server()
{
    close();
}

bool Server::listen(QString* error)
{
    const ServerConfig& config = m_config;
    if (!config.tlsCertificate.isEmpty()) {
        QFile certFile(config.tlsCertificate);
        QFile keyFile(config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return false;
        }
        const QList<QSslCertificate> chain
            = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        const QSslKey rsaKey(keyPem, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = rsaKey.isNull() ? QSslKey(keyPem, QSsl::Ec, QSsl::Pem) : rsaKey;
        if (chain.isEmpty() || ecKey.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(ecKey);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto* tls = new QSslServer(this);
        tls->setSslConfiguration(ssl);
        // newConnection fires before the handshake; a socket is ready only here (Qt 6.4).
        connect(tls, &QSslServer::pendingConnectionAvailable, this, [this, tls] {
            while (QTcpSocket* socket = tls->nextPendingConnection())
                accept(socket);
        });
        m_listener = tls;
    } else {
        m_listener = new QTcpServer(this);
        connect(m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_listener->nextPendingConnection())
                accept(socket);
        });
    }
    m_listener->setMaxPendingConnections(256);
    const QHostAddress host(config.listenHost == QLatin1String("localhost")
            ? QStringLiteral("127.0.0.1")
            : config.listenHost);
    if (host.isNull() || !m_listener->listen(host, config.listenPort)) {
        *error = host.isNull() ? QStringLiteral("not an IP address: %1").arg(config.listenHost)
                               : m_listener->errorString();
        return false;
    }
    return true;
}

QString Server::address() const
{
    const QHostAddress host = m_listener->serverAddress();
    const QString text = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(host.toString())
        : host.toString();
    return QStringLiteral("%1:%2").arg(text).arg(m_listener->serverPort());
}

void Server::close()
{
    if (m_listener)
        m_listener->close();
}

void Server::accept(QTcpSocket* socket)
{
    const QString address = socket->peerAddress().toString();
    int& count = m_perAddress[address];
    if (count >= m_config.maxConnectionsPerAddress) {
        qCWarning(lcServer) << "refusing connection from" << address << "- too many connections";
        socket->abort();
        socket->deleteLater();
        if (count == 0)
            m_perAddress.remove(address);
        return;
    }
    ++count;
    auto* connection = new Connection(socket, m_config, m_dispatcher, this);
    m_hub.add(connection);
    connect(connection, &Connection::closed, this, &Server::onClosed, Qt::UniqueConnection);
}

void Server::onClosed(Connection* connection)
{
    if (!m_hub.contains(connection))
        return; // already handled (disconnected and error can both arrive)
    m_hub.remove(connection);
    const QString address = connection->peerAddress();
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
    connection->deleteLater();
}

} // namespace helpdesk::server
