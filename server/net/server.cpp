// SPDX-License-Identifier: GPL-3.0-or-later
#include "server.h"

#include "connection.h"
#include "events/pushhub.h"
#include "service/serverconfig.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <limits>

#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "helpdesk.server")

namespace helpdesk::server {

namespace {

// Connections the kernel has completed while the event loop was busy wait here (the kernel
// caps it at net.core.somaxconn, 4096 on current Linux; Qt's default is 50).
constexpr int kListenBacklog = 1024;
// Descriptors kept free (for the database, and to accept with): Qt 6.4 does not report an
// accept() that fails with EMFILE, it retries it in a busy loop and nothing gets in. Near the
// limit the oldest connections not logged in are closed, this many at a time; when there are
// none, accepting pauses for a moment.
constexpr qint64 kDescriptorReserve = 32;
constexpr int kDropsForDescriptors = 16;
constexpr int kAcceptRetryMs = 100;
// Connections closed before login are logged as one summary line per interval: under attack
// they come by the thousand.
constexpr int kDropLogIntervalMs = 10'000;

// Hands over every accepted descriptor at once. Nothing is ever pending in QTcpServer, so its
// maxPendingConnections cannot pause accepting. (QSslServer counts sockets in their handshake
// as pending, and in Qt 6.4 it does not resume accepting when such a socket closes: ~300
// connections closed during their handshakes stopped it for good.)
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> onIncoming, QObject* parent)
        : QTcpServer(parent)
        , m_onIncoming(std::move(onIncoming))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

// Every connection holds a file descriptor. The soft limit is often 1024 where the hard one is
// far higher (systemd: 524288); Qt polls, so descriptors above 1024 are fine.
void raiseDescriptorLimit()
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur >= files.rlim_max)
        return;
    files.rlim_cur = files.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &files) != 0)
        qCWarning(lcServer) << "cannot raise the open file limit to" << files.rlim_max;
}

// Read at every accept: an administrator may change it while the server runs (prlimit).
qint64 descriptorLimit()
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<qint64>::max();
    return qint64(files.rlim_cur);
}

} // namespace

Server::Server(
    const ServerConfig& config, PushHub& hub, Dispatcher& dispatcher, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_hub(hub)
    , m_dispatcher(dispatcher)
    , m_outputBudget(config.outputBudgetBytes)
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
        m_tls = ssl;
    }
    auto* listener = new Listener([this](qintptr descriptor) { onIncoming(descriptor); }, this);
    listener->setListenBacklogSize(kListenBacklog);
    connect(listener, &QTcpServer::acceptError, this, &Server::onAcceptError);
    m_listener = listener;
    raiseDescriptorLimit();
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

void Server::onIncoming(qintptr descriptor)
{
    // Descriptors are handed out lowest first: this one's number says how full the table is.
    if (descriptor >= descriptorLimit() - kDescriptorReserve)
        makeDescriptorRoom();
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcServer) << "cannot take an accepted connection:" << socket->errorString();
        ::close(int(descriptor)); // the socket did not adopt it
        delete socket;
        return;
    }
    const ServerConfig& config = m_config;
    const QString address = socket->peerAddress().toString();
    if (m_perAddress.value(address).connections >= config.maxConnectionsPerAddress) {
        qCWarning(lcServer) << "refusing connection from" << address << "- too many connections";
        socket->abort();
        delete socket;
        return;
    }
    // Room among the connections not logged in: the oldest make way, first those from the same
    // address (one machine behind an office's NAT cannot lock the office out by holding
    // connections open), then those from anywhere. Holding a slot thus takes a steady stream of
    // new connections, and a real client needs its slot for a second or less.
    while (m_perAddress.value(address).preLogin >= config.maxUnauthenticatedPerAddress
        && dropOldestPreLogin(address, AddressShare)) { }
    while (qsizetype(m_preLogin.size()) >= config.maxUnauthenticatedConnections
        && dropOldestPreLogin(QString(), Total)) { }
    ++m_perAddress[address].connections;
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        trackPreLogin(tls, PreLogin { address, tls });
        startHandshake(tls);
    } else {
        admit(socket);
    }
}

void Server::makeDescriptorRoom()
{
    int dropped = 0;
    while (dropped < kDropsForDescriptors && dropOldestPreLogin(QString(), Descriptors))
        ++dropped;
    if (dropped > 0 || m_acceptPaused)
        return;
    if (!m_descriptorWarning.isValid() || m_descriptorWarning.hasExpired(kDropLogIntervalMs)) {
        qCWarning(lcServer).noquote()
            << QStringLiteral("out of file descriptors (limit %1): accepting pauses until some "
                              "are free")
                   .arg(descriptorLimit());
        m_descriptorWarning.start();
    }
    resumeAcceptingIn(kAcceptRetryMs);
}

void Server::onAcceptError()
{
    // Qt pauses accepting after an accept() that failed other than temporarily, and would stay
    // paused.
    qCWarning(lcServer) << "accepting a connection failed:" << m_listener->errorString();
    resumeAcceptingIn(kAcceptRetryMs);
}

void Server::resumeAcceptingIn(int ms)
{
    m_listener->pauseAccepting();
    m_acceptPaused = true;
    QTimer::singleShot(ms, this, [this] {
        m_acceptPaused = false;
        if (m_listener->isListening())
            m_listener->resumeAccepting();
    });
}

void Server::startHandshake(QSslSocket* socket)
{
    socket->setSslConfiguration(*m_tls);
    // Our own timeout, as short as a real handshake allows: a peer that never finishes holds a
    // descriptor and a slot of its address until then.
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, socket] {
        countDrop(Handshake);
        endHandshake(socket);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, timeout] {
        delete timeout;
        socket->disconnect(this);
        admit(socket);
    });
    const auto failed = [this, socket] {
        if (!m_serials.contains(socket))
            return;
        countDrop(Handshake);
        endHandshake(socket);
    };
    connect(socket, &QAbstractSocket::disconnected, this, failed);
    connect(socket, &QAbstractSocket::errorOccurred, this, failed);
    // The TLS context costs ~70 KiB (Qt makes one per socket): it is made once the client has
    // sent something, and only for what starts like a TLS handshake record.
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket->mode() != QSslSocket::UnencryptedMode)
            return;
        char first = 0;
        if (socket->peek(&first, 1) != 1)
            return;
        constexpr char kHandshakeRecord = 0x16;
        if (first == kHandshakeRecord) {
            socket->startServerEncryption();
        } else {
            countDrop(Handshake);
            endHandshake(socket);
        }
    });
    timeout->start(m_config.handshakeTimeoutMs);
}

// Closes a socket whose handshake did not complete and forgets it.
void Server::endHandshake(QSslSocket* socket)
{
    const auto serial = m_serials.constFind(socket);
    if (serial == m_serials.cend())
        return;
    const QString address = m_preLogin.at(*serial).address;
    untrackPreLogin(socket);
    releaseAddress(address);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Server::admit(QTcpSocket* socket)
{
    auto* connection = new Connection(socket, m_config, m_dispatcher, m_outputBudget, this);
    m_hub.add(connection);
    connect(connection, &Connection::closed, this, &Server::onClosed, Qt::UniqueConnection);
    connect(connection, &Connection::authenticationChanged, this, &Server::onAuthenticationChanged);
    connect(connection, &Connection::bufferedBytesChanged, this, &Server::onBufferedBytes);
    const auto handshake = m_serials.constFind(socket);
    if (handshake == m_serials.cend()) {
        trackPreLogin(connection, PreLogin { connection->peerAddress(), nullptr, connection });
        return;
    }
    // Through its TLS handshake: the same entry, so that it keeps its age.
    const quint64 serial = *handshake;
    m_serials.erase(handshake);
    m_serials.insert(connection, serial);
    PreLogin& entry = m_preLogin.at(serial);
    entry.handshake = nullptr;
    entry.connection = connection;
}

void Server::onClosed(Connection* connection)
{
    if (!m_hub.contains(connection))
        return; // already handled (disconnected and error can both arrive)
    m_hub.remove(connection);
    untrackPreLogin(connection);
    releaseAddress(connection->peerAddress());
    connection->deleteLater();
}

void Server::onAuthenticationChanged(Connection* connection)
{
    if (!m_hub.contains(connection))
        return; // an auth call that finished after the connection closed
    m_hub.authenticationChanged(connection);
    if (connection->principal())
        untrackPreLogin(connection);
    else if (!m_serials.contains(connection))
        trackPreLogin(connection, PreLogin { connection->peerAddress(), nullptr, connection });
}

void Server::onBufferedBytes(Connection* connection, qint64 bytes)
{
    const auto serial = m_serials.constFind(connection);
    if (serial == m_serials.cend())
        return;
    PreLogin& entry = m_preLogin.at(*serial);
    m_preLoginBytes += bytes - entry.bufferedBytes;
    entry.bufferedBytes = bytes;
    // At once rather than later in the event loop: by then every other connection may have
    // read its share too. A Connection reports last thing, so it may be the one closed.
    if (m_preLoginBytes > m_config.unauthenticatedBufferBytes)
        enforceBudget();
}

void Server::enforceBudget()
{
    while (m_preLoginBytes > m_config.unauthenticatedBufferBytes) {
        // The largest first; among equals the oldest (the map is in age order).
        auto largest = m_preLogin.end();
        for (auto it = m_preLogin.begin(); it != m_preLogin.end(); ++it) {
            if (it->second.bufferedBytes > 0
                && (largest == m_preLogin.end()
                    || it->second.bufferedBytes > largest->second.bufferedBytes))
                largest = it;
        }
        if (largest == m_preLogin.end())
            return;
        drop(largest->first, Budget);
    }
}

void Server::trackPreLogin(const QObject* key, const PreLogin& entry)
{
    const quint64 serial = m_nextSerial++;
    m_preLogin.emplace(serial, entry);
    m_serials.insert(key, serial);
    m_preLoginBytes += entry.bufferedBytes;
    ++m_perAddress[entry.address].preLogin;
}

void Server::untrackPreLogin(const QObject* key)
{
    const auto serial = m_serials.constFind(key);
    if (serial == m_serials.cend())
        return;
    const auto entry = m_preLogin.find(*serial);
    m_preLoginBytes -= entry->second.bufferedBytes;
    const auto count = m_perAddress.find(entry->second.address);
    if (count != m_perAddress.end())
        --count->preLogin;
    m_preLogin.erase(entry);
    m_serials.erase(serial);
}

bool Server::dropOldestPreLogin(const QString& address, DropReason reason)
{
    // Connections waiting for an answer (a login running) go last: idle and half-open ones,
    // which is what an attacker holds, go first.
    for (const bool spareBusy : { true, false }) {
        for (const auto& [serial, entry] : m_preLogin) {
            if (!address.isEmpty() && entry.address != address)
                continue;
            if (spareBusy && entry.connection && entry.connection->hasRequestsInFlight())
                continue;
            drop(serial, reason);
            return true;
        }
    }
    return false;
}

void Server::drop(quint64 serial, DropReason reason)
{
    const PreLogin entry = m_preLogin.at(serial); // a copy: dropping forgets it
    countDrop(reason);
    if (entry.handshake) {
        endHandshake(entry.handshake);
    } else {
        entry.connection->abort(); // emits closed() at once, which forgets it
        untrackPreLogin(entry.connection);
    }
}

void Server::releaseAddress(const QString& address)
{
    const auto count = m_perAddress.find(address);
    if (count != m_perAddress.end() && --count->connections <= 0)
        m_perAddress.erase(count);
}

void Server::countDrop(DropReason reason)
{
    if (std::all_of(m_drops.begin(), m_drops.end(), [](int n) { return n == 0; })) {
        QTimer::singleShot(kDropLogIntervalMs, this, [this] {
            qCInfo(lcServer).noquote()
                << QStringLiteral("closed before login in the last %1 s: %2 TLS handshakes failed, "
                                  "abandoned or timed out, %3 over an address's share, %4 over the "
                                  "total, %5 over the buffer budget, %6 to free file descriptors")
                       .arg(kDropLogIntervalMs / 1000)
                       .arg(m_drops[Handshake])
                       .arg(m_drops[AddressShare])
                       .arg(m_drops[Total])
                       .arg(m_drops[Budget])
                       .arg(m_drops[Descriptors]);
            m_drops.fill(0);
        });
    }
    ++m_drops[reason];
}

} // namespace helpdesk::server
