// SPDX-License-Identifier: GPL-3.0-or-later
// The listener keeps serving whatever the peers do (issue 18): connections closed while their
// TLS handshake is pending, hundreds of idle or half-open connections from many addresses
// (held or reconnecting), one address full of idle connections, connections that send large
// frames before they log in, and a process out of file descriptors. A real client must still
// log in. Times and memory are reported with qInfo; the bounds asserted are generous ones
// (a wedged or stalled listener takes 5 s and more), never a performance target.
#include "selfsignedcertificate.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace helpdesk::test;

namespace {

constexpr int kAttackers = 500;
constexpr int kAttackAddresses = 250;
// Far above the 1 s a real client needs here; far below the 5 s and more of a stalled listener.
constexpr int kLoginBoundMs = 5000;
constexpr int kLoginTimeoutMs = 15000;

// What an attacking connection sends once connected.
enum class Payload {
    Nothing,
    PartialClientHello, // the first 10 bytes of a TLS ClientHello (a partial line on plain TCP)
    EndlessLine, // bytes without a newline, as fast as the server takes them
};

// A TLS record header (handshake, TLS 1.0, 512 bytes) and the start of a ClientHello.
const QByteArray kPartialClientHello = QByteArray::fromHex("1603010200010001fc03");

// 127.0.0.(2 + index % addresses): Linux routes the whole of 127/8 to the loopback, so one
// machine can play many clients. 127.0.0.1 stays the real client's.
in_addr_t attackerAddress(int index, int addresses)
{
    return htonl(INADDR_LOOPBACK + 1 + index % addresses);
}

// A non-blocking TCP connection from `source` to 127.0.0.1:port; -1 on failure.
int openRaw(quint16 port, in_addr_t source)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local {};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = source;
    sockaddr_in remote {};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0
        || (::connect(fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0
            && errno != EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Closes with a reset (SO_LINGER 0) rather than a FIN when `reset`.
void closeRaw(int fd, bool reset)
{
    if (reset) {
        const linger hard { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    ::close(fd);
}

// Waits up to `ms` for every connection to be established and sends each its payload.
void sendPayload(const std::vector<int>& fds, const QByteArray& payload, int ms)
{
    std::vector<pollfd> pending;
    for (int fd : fds)
        pending.push_back(pollfd { fd, POLLOUT, 0 });
    QElapsedTimer timer;
    timer.start();
    while (!pending.empty() && !timer.hasExpired(ms)) {
        ::poll(pending.data(), pending.size(), 50);
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->revents & POLLOUT) {
                if (!payload.isEmpty()) {
                    [[maybe_unused]] const ssize_t sent
                        = ::send(it->fd, payload.constData(), payload.size(), MSG_NOSIGNAL);
                }
                it = pending.erase(it);
            } else {
                it->revents = 0;
                ++it;
            }
        }
    }
}

// Connections from a thread of their own, so that the test's real client can block
// meanwhile. Each connects, sends its payload and reads whatever comes back; with `reconnect`
// a connection the server closes is opened again (as an attacker would).
class Flood
{
public:
    Flood(quint16 port, int connections, int addresses, Payload payload, bool reconnect)
        : m_port(port)
        , m_connections(connections)
        , m_addresses(addresses)
        , m_payload(payload)
        , m_reconnect(reconnect)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Flood() { stop(); }

    // Until every connection was opened once (or the time is up).
    bool waitUntilOpen(int ms) const
    {
        QElapsedTimer timer;
        timer.start();
        while (m_opened.load() < m_connections && !timer.hasExpired(ms))
            QThread::msleep(10);
        return m_opened.load() >= m_connections;
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int opened() const { return m_opened.load(); }
    int dropped() const { return m_dropped.load(); }
    qint64 bytesSent() const { return m_sent.load(); }

private:
    struct Peer
    {
        int fd = -1;
        in_addr_t source = 0;
        bool connected = false;
        bool greeted = false; // the payload (if any) went out
    };

    void open(Peer& peer)
    {
        peer.fd = openRaw(m_port, peer.source);
        peer.connected = false;
        peer.greeted = false;
        ++m_opened;
    }

    bool wantsToWrite(const Peer& peer) const
    {
        return !peer.connected || m_payload == Payload::EndlessLine
            || (m_payload == Payload::PartialClientHello && !peer.greeted);
    }

    void run()
    {
        std::vector<Peer> peers;
        peers.resize(size_t(m_connections));
        for (int i = 0; i < m_connections; ++i) {
            peers[size_t(i)].source = attackerAddress(i, m_addresses);
            open(peers[size_t(i)]);
        }
        const QByteArray filler(64 * 1024, 'x');
        char scratch[16 * 1024];
        std::vector<pollfd> fds(peers.size());
        while (!m_stop) {
            QElapsedTimer round;
            round.start();
            for (size_t i = 0; i < peers.size(); ++i) {
                const Peer& peer = peers[i];
                fds[i] = pollfd { peer.fd, short(POLLIN | (wantsToWrite(peer) ? POLLOUT : 0)), 0 };
            }
            ::poll(fds.data(), fds.size(), 50);
            for (size_t i = 0; i < peers.size(); ++i) {
                Peer& peer = peers[i];
                if (peer.fd < 0) {
                    if (m_reconnect)
                        open(peer);
                    continue;
                }
                bool closed = (fds[i].revents & (POLLERR | POLLHUP)) != 0;
                if (!closed && (fds[i].revents & POLLOUT)) {
                    peer.connected = true;
                    const bool endless = m_payload == Payload::EndlessLine;
                    const QByteArray& bytes = endless ? filler : kPartialClientHello;
                    if (endless || (m_payload == Payload::PartialClientHello && !peer.greeted)) {
                        const ssize_t sent
                            = ::send(peer.fd, bytes.constData(), bytes.size(), MSG_NOSIGNAL);
                        if (sent > 0)
                            m_sent += sent;
                        else if (errno != EAGAIN)
                            closed = true;
                        peer.greeted = true;
                    }
                }
                if (!closed && (fds[i].revents & POLLIN)) {
                    const ssize_t got = ::recv(peer.fd, scratch, sizeof scratch, 0);
                    closed = got == 0 || (got < 0 && errno != EAGAIN);
                }
                if (closed) {
                    ::close(peer.fd);
                    peer.fd = -1;
                    ++m_dropped;
                }
            }
            // Reconnects at most every 10 ms per connection: a churning flood, not a busy loop
            // that would only measure this machine's two cores.
            if (!round.hasExpired(10))
                QThread::msleep(quint64(10 - round.elapsed()));
        }
        for (const Peer& peer : peers) {
            if (peer.fd >= 0)
                ::close(peer.fd);
        }
    }

    const quint16 m_port;
    const int m_connections;
    const int m_addresses;
    const Payload m_payload;
    const bool m_reconnect;
    std::thread m_thread;
    std::atomic_bool m_stop { false };
    std::atomic_int m_opened { 0 };
    std::atomic_int m_dropped { 0 };
    std::atomic<qint64> m_sent { 0 };
};

// The TLS counterpart of Flood with Payload::EndlessLine: connections that complete the
// handshake and then send a line without an end as fast as the server takes it, reconnecting
// when dropped. QSslSocket needs an event loop: they live in a thread of their own, all from
// 127.0.0.1 (QSslSocket cannot bind a source address).
class TlsFlood : public QObject
{
public:
    TlsFlood(quint16 port, int connections)
        : m_port(port)
        , m_connections(connections)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, [this] {
            for (int i = 0; i < m_connections; ++i)
                open();
        });
    }
    ~TlsFlood() { stop(); }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_stopping = true;
                qDeleteAll(findChildren<QSslSocket*>());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    int opened() const { return m_opened.load(); }
    int dropped() const { return m_dropped.load(); }
    qint64 bytesSent() const { return m_sent.load(); }

private:
    void open()
    {
        auto* socket = new QSslSocket(this);
        ++m_opened;
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::encrypted, this, [this, socket] { feed(socket); });
        connect(socket, &QSslSocket::encryptedBytesWritten, this, [this, socket] { feed(socket); });
        const auto gone = [this, socket] {
            if (m_stopping || socket->property("gone").toBool())
                return;
            socket->setProperty("gone", true);
            socket->deleteLater();
            ++m_dropped;
            open();
        };
        connect(socket, &QAbstractSocket::disconnected, this, gone);
        connect(socket, &QAbstractSocket::errorOccurred, this, [socket, gone] {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                gone();
        });
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    }

    void feed(QSslSocket* socket)
    {
        static const QByteArray filler(64 * 1024, 'x');
        while (socket->isEncrypted()
            && socket->bytesToWrite() + socket->encryptedBytesToWrite() < 4 * filler.size()) {
            socket->write(filler);
            m_sent += filler.size();
        }
    }

    const quint16 m_port;
    const int m_connections;
    QThread m_thread;
    bool m_stopping = false; // used in m_thread only
    std::atomic_int m_opened { 0 };
    std::atomic_int m_dropped { 0 };
    std::atomic<qint64> m_sent { 0 };
};

// A real client: connects from `source` (TLS or plain), says hello, logs in as agent. The
// milliseconds from connect to the login's answer, or -1 and *error.
qint64 timeLogin(quint16 port, bool tls, QString* error, in_addr_t source = htonl(INADDR_LOOPBACK))
{
    QElapsedTimer timer;
    timer.start();
    auto remaining = [&timer] { return int(qMax<qint64>(1, kLoginTimeoutMs - timer.elapsed())); };
    const int fd = openRaw(port, source);
    pollfd connecting { fd, POLLOUT, 0 };
    if (fd < 0 || ::poll(&connecting, 1, remaining()) != 1
        || (connecting.revents & (POLLERR | POLLHUP))) {
        *error = QStringLiteral("TCP connect failed or timed out");
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    QSslSocket socket;
    if (!socket.setSocketDescriptor(fd)) {
        *error = socket.errorString();
        ::close(fd);
        return -1;
    }
    if (tls) {
        // Certificate checks are tst_tls's business; this is about getting served at all.
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(remaining())) {
            *error = QStringLiteral("TLS handshake: %1").arg(socket.errorString());
            return -1;
        }
    }
    socket.write(R"({"jsonrpc":"2.0","id":1,"method":"hello","params":{"protocol":1}})"
                 "\n"
                 R"({"jsonrpc":"2.0","id":2,"method":"auth.login","params":{"login":"agent",)"
        + QStringLiteral(R"("password":"%1"}})").arg(kPassword).toUtf8() + '\n');
    while (!timer.hasExpired(kLoginTimeoutMs)) {
        while (socket.canReadLine()) {
            const QJsonObject frame = QJsonDocument::fromJson(socket.readLine()).object();
            if (frame.value(QLatin1String("id")).toInt() != 2)
                continue;
            if (frame.contains(QLatin1String("result")))
                return timer.elapsed();
            *error = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
            return -1;
        }
        if (!socket.waitForReadyRead(remaining())
            && socket.state() != QAbstractSocket::ConnectedState) {
            *error = QStringLiteral("closed by the server: %1").arg(socket.errorString());
            return -1;
        }
    }
    *error = QStringLiteral("no answer to auth.login");
    return -1;
}

// A field of /proc/<pid>/status in KiB (VmRSS, VmHWM); -1 when unreadable.
qint64 statusKiB(qint64 pid, const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// A failed login's reason and the end of the server's log.
QString failure(const QString& error, const TestServer& server)
{
    return error + QLatin1Char('\n') + QString::fromUtf8(server.log().right(2000));
}

QString summary(std::vector<qint64> times)
{
    std::sort(times.begin(), times.end());
    return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 tries)")
        .arg(times.front())
        .arg(times[times.size() / 2])
        .arg(times.back())
        .arg(times.size());
}

} // namespace

Q_DECLARE_METATYPE(Payload)

class TestListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsAfterClosesDuringHandshake_data();
    void acceptsAfterClosesDuringHandshake();
    void clientGetsInDuringFlood_data();
    void clientGetsInDuringFlood();
    void handshakeTimeout();
    void oneAddressFullOfIdleConnections();
    void loggedInSessionsLeavePreLoginSlots();
    void frameCapBeforeLogin();
    void memoryBeforeLogin_data();
    void memoryBeforeLogin();
    void acceptsWhenOutOfDescriptors();

private:
    bool startServer(TestServer& server, bool tls, const QStringList& extra = {});

    QTemporaryDir m_keys;
    TestServer m_tls; // shared by the flood rows; each wedge row gets its own
    TestServer m_plain;
};

bool TestListener::startServer(TestServer& server, bool tls, const QStringList& extra)
{
    TestServer::Options options;
    if (tls) {
        options.tlsCertificate = m_keys.filePath(QStringLiteral("cert.pem"));
        options.tlsKey = m_keys.filePath(QStringLiteral("key.pem"));
    }
    options.extraArguments = extra;
    if (server.start(options))
        return true;
    qWarning("%s", qPrintable(server.errorString()));
    return false;
}

void TestListener::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    // Hundreds of attacking sockets here and as many in the server (which inherits the limit).
    rlimit files {};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &files) == 0);
    files.rlim_cur = files.rlim_max;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &files) == 0);
    if (files.rlim_cur < 4 * kAttackers)
        QSKIP("the open file limit is too low for this test (ulimit -Hn)");
    QString error;
    QVERIFY2(makeSelfSignedCertificate(m_keys.path(), &error), qPrintable(error));
    QVERIFY(startServer(m_tls, true));
    QVERIFY(startServer(m_plain, false));
}

// The wedge of issue 18: several hundred connections that close while their TLS handshake is
// pending, several times over. Afterwards a real client must get in.
void TestListener::acceptsAfterClosesDuringHandshake_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("addresses");
    QTest::addColumn<Payload>("payload");
    QTest::addColumn<bool>("reset");
    QTest::newRow("TLS, one address, idle") << true << 1 << Payload::Nothing << false;
    QTest::newRow("TLS, 250 addresses, idle") << true << 250 << Payload::Nothing << false;
    QTest::newRow("TLS, one address, partial ClientHello")
        << true << 1 << Payload::PartialClientHello << false;
    QTest::newRow("TLS, 250 addresses, partial ClientHello, reset")
        << true << 250 << Payload::PartialClientHello << true;
    QTest::newRow("plain, 250 addresses, partial line")
        << false << 250 << Payload::PartialClientHello << false;
}

void TestListener::acceptsAfterClosesDuringHandshake()
{
    QFETCH(bool, tls);
    QFETCH(int, addresses);
    QFETCH(Payload, payload);
    QFETCH(bool, reset);
    constexpr int kRounds = 3;
    constexpr int kConnections = 300;
    TestServer server;
    QVERIFY(startServer(server, tls));
    for (int round = 0; round < kRounds; ++round) {
        std::vector<int> fds;
        for (int i = 0; i < kConnections; ++i) {
            const int fd = openRaw(server.port(), attackerAddress(i, addresses));
            QVERIFY2(fd >= 0, strerror(errno));
            fds.push_back(fd);
        }
        sendPayload(fds, payload == Payload::Nothing ? QByteArray() : kPartialClientHello, 1000);
        // Closed after 2 s: while the handshakes are pending (Qt's own timeout was 5 s).
        QThread::msleep(2000);
        for (int fd : fds)
            closeRaw(fd, reset);
        QThread::msleep(100);
    }
    QString error;
    const qint64 ms = timeLogin(server.port(), tls, &error);
    qInfo("after %d x %d connections closed during the handshake: login in %lld ms", kRounds,
        kConnections, ms);
    QVERIFY2(ms >= 0, qPrintable(failure(error, server)));
    QVERIFY2(ms < kLoginBoundMs, qPrintable(QStringLiteral("login took %1 ms").arg(ms)));
    // And it stays so.
    QThread::msleep(500);
    QVERIFY2(timeLogin(server.port(), tls, &error) >= 0, qPrintable(error));
}

// 500 idle or half-open connections from 250 addresses, held or reconnecting whenever dropped:
// a real client keeps getting in.
void TestListener::clientGetsInDuringFlood_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<Payload>("payload");
    QTest::addColumn<bool>("reconnect");
    QTest::newRow("TLS, idle, held") << true << Payload::Nothing << false;
    QTest::newRow("TLS, idle, reconnecting") << true << Payload::Nothing << true;
    QTest::newRow("TLS, partial ClientHello, reconnecting")
        << true << Payload::PartialClientHello << true;
    QTest::newRow("plain, idle, reconnecting") << false << Payload::Nothing << true;
    QTest::newRow("plain, partial line, reconnecting")
        << false << Payload::PartialClientHello << true;
}

void TestListener::clientGetsInDuringFlood()
{
    QFETCH(bool, tls);
    QFETCH(Payload, payload);
    QFETCH(bool, reconnect);
    constexpr int kTries = 12;
    TestServer& server = tls ? m_tls : m_plain;
    Flood flood(server.port(), kAttackers, kAttackAddresses, payload, reconnect);
    QVERIFY(flood.waitUntilOpen(10000));
    QThread::msleep(300);
    std::vector<qint64> times;
    for (int i = 0; i < kTries; ++i) {
        QString error;
        const qint64 ms = timeLogin(server.port(), tls, &error);
        QVERIFY2(ms >= 0, qPrintable(failure(error, server)));
        times.push_back(ms);
        QThread::msleep(400);
    }
    flood.stop();
    qInfo("%s login under %d connections from %d addresses: %s; %d opened, %d dropped by the "
          "server",
        tls ? "TLS" : "plain", kAttackers, kAttackAddresses, qPrintable(summary(times)),
        flood.opened(), flood.dropped());
    QVERIFY2(
        *std::max_element(times.begin(), times.end()) < kLoginBoundMs, qPrintable(summary(times)));
}

// A connection that never completes its TLS handshake is closed after --handshake-timeout-ms.
void TestListener::handshakeTimeout()
{
    TestServer server;
    QVERIFY(startServer(
        server, true, { QStringLiteral("--handshake-timeout-ms"), QStringLiteral("300") }));
    const int fd = openRaw(server.port(), htonl(INADDR_LOOPBACK));
    QVERIFY(fd >= 0);
    sendPayload({ fd }, kPartialClientHello, 1000);
    QElapsedTimer timer;
    timer.start();
    pollfd closing { fd, POLLIN, 0 };
    char byte;
    const bool closed = ::poll(&closing, 1, 10000) == 1 && ::recv(fd, &byte, 1, 0) <= 0;
    ::close(fd);
    QVERIFY2(closed, "a stalled TLS handshake was not closed");
    qInfo("stalled handshake closed after %lld ms", timer.elapsed());
}

// One address (an office behind NAT) with more idle TLS connections than its share of
// connections not logged in: a new client from it still gets in, and the server holds no more
// than the share.
void TestListener::oneAddressFullOfIdleConnections()
{
    constexpr int kShare = 16;
    constexpr int kIdle = 40;
    const in_addr_t office = htonl(INADDR_LOOPBACK + 9);
    TestServer server;
    QVERIFY(startServer(server, true,
        { QStringLiteral("--max-unauthenticated-per-address"), QString::number(kShare) }));
    std::vector<std::unique_ptr<QSslSocket>> idle;
    for (int i = 0; i < kIdle; ++i) {
        const int fd = openRaw(server.port(), office);
        QVERIFY(fd >= 0);
        auto socket = std::make_unique<QSslSocket>();
        QVERIFY(socket->setSocketDescriptor(fd));
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startClientEncryption();
        idle.push_back(std::move(socket));
        QTest::qWait(5); // one after the other, so that "oldest" means something
    }
    const auto encryptedOrGone = [&idle] {
        return std::all_of(idle.begin(), idle.end(), [](const auto& socket) {
            return socket->isEncrypted() || socket->state() == QAbstractSocket::UnconnectedState;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(encryptedOrGone(), 20000);
    QString error;
    const qint64 ms = timeLogin(server.port(), true, &error, office);
    QVERIFY2(ms >= 0, qPrintable(failure(error, server)));
    QTest::qWait(200);
    const auto open = std::count_if(idle.begin(), idle.end(),
        [](const auto& socket) { return socket->state() == QAbstractSocket::ConnectedState; });
    qInfo("login from an address with %d idle TLS connections: %lld ms; %d of them still open",
        kIdle, ms, int(open));
    QVERIFY2(ms < kLoginBoundMs, qPrintable(QStringLiteral("login took %1 ms").arg(ms)));
    QVERIFY2(open < kShare, qPrintable(QStringLiteral("%1 idle connections kept").arg(open)));
}

// Logged-in sessions do not count against an address's connections not logged in: an office
// can grow past that number.
void TestListener::loggedInSessionsLeavePreLoginSlots()
{
    constexpr int kShare = 4;
    constexpr int kSessions = 12;
    TestServer server;
    QVERIFY(startServer(server, false,
        { QStringLiteral("--max-unauthenticated-per-address"), QString::number(kShare) }));
    std::vector<std::unique_ptr<QTcpSocket>> sessions;
    for (int i = 0; i < kSessions; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(R"({"jsonrpc":"2.0","id":1,"method":"hello","params":{"protocol":1}})"
                      "\n"
                      R"({"jsonrpc":"2.0","id":2,"method":"auth.login","params":{"login":"agent",)"
            + QStringLiteral(R"("password":"%1"}})").arg(kPassword).toUtf8() + '\n');
        QByteArray answers;
        while (answers.count('\n') < 2 && socket->waitForReadyRead(5000))
            answers += socket->readAll();
        QVERIFY2(answers.count("\"result\"") == 2, answers.constData());
        sessions.push_back(std::move(socket));
    }
    for (const auto& socket : sessions) {
        socket->write(R"({"jsonrpc":"2.0","id":3,"method":"hello","params":{"protocol":1}})"
                      "\n");
        QVERIFY(socket->waitForReadyRead(5000));
        QVERIFY(socket->readAll().contains("\"result\""));
    }
}

// Before login a frame may be at most 64 KiB; after login the configured cap applies.
void TestListener::frameCapBeforeLogin()
{
    const QByteArray padding(100 * 1024, 'p');
    const QByteArray big = R"({"jsonrpc":"2.0","id":9,"method":"hello","params":{"protocol":1,)"
                           R"("client":")"
        + padding + "\"}}\n";
    QTcpSocket anonymous;
    anonymous.connectToHost(QHostAddress::LocalHost, m_plain.port());
    QVERIFY(anonymous.waitForConnected(5000));
    anonymous.write(big);
    QByteArray answer;
    while (anonymous.state() == QAbstractSocket::ConnectedState && anonymous.waitForReadyRead(5000))
        answer += anonymous.readAll();
    answer += anonymous.readAll();
    QVERIFY2(answer.contains("frame_too_large"), answer.constData());
    QVERIFY2(answer.contains("65536"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(anonymous.state(), QAbstractSocket::UnconnectedState, 5000);

    QTcpSocket agent;
    agent.connectToHost(QHostAddress::LocalHost, m_plain.port());
    QVERIFY(agent.waitForConnected(5000));
    agent.write(R"({"jsonrpc":"2.0","id":1,"method":"hello","params":{"protocol":1}})"
                "\n"
                R"({"jsonrpc":"2.0","id":2,"method":"auth.login","params":{"login":"agent",)"
        + QStringLiteral(R"("password":"%1"}})").arg(kPassword).toUtf8() + '\n');
    QByteArray answers;
    while (answers.count('\n') < 2 && agent.waitForReadyRead(5000))
        answers += agent.readAll();
    QVERIFY2(answers.count("\"result\"") == 2, answers.constData());
    agent.write(big);
    answers.clear();
    while (!answers.contains("\"id\":9") && agent.waitForReadyRead(5000))
        answers += agent.readAll();
    QVERIFY2(
        answers.contains("\"id\":9") && !answers.contains("frame_too_large"), answers.constData());
    QCOMPARE(agent.state(), QAbstractSocket::ConnectedState);
}

// Hundreds of connections each sending a line without an end, reconnecting whenever the
// server drops them: the server's memory stays within its budget and a client gets in.
void TestListener::memoryBeforeLogin_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain, 300 connections from 150 addresses") << false;
    QTest::newRow("TLS, 300 connections from one address") << true;
}

void TestListener::memoryBeforeLogin()
{
    QFETCH(bool, tls);
    constexpr int kConnections = 300;
    constexpr int kSeconds = 8;
    // The budget for buffers of connections not logged in (default 64 MiB) plus their fixed
    // cost (up to ~80 KiB each with TLS) and the allocator's; far below the ~13.5 MB per
    // connection of issue 18.
    constexpr qint64 kBoundKiB = 192 * 1024;
    TestServer server;
    // The TLS flood comes from one address: let all of it in.
    QVERIFY(startServer(server, tls,
        { QStringLiteral("--max-unauthenticated-per-address"), QString::number(kConnections) }));
    const qint64 before = statusKiB(server.pid(), "VmRSS");
    QVERIFY(before > 0);
    std::unique_ptr<Flood> plainFlood;
    std::unique_ptr<TlsFlood> tlsFlood;
    if (tls) {
        tlsFlood = std::make_unique<TlsFlood>(server.port(), kConnections);
    } else {
        plainFlood = std::make_unique<Flood>(
            server.port(), kConnections, kConnections / 2, Payload::EndlessLine, true);
        QVERIFY(plainFlood->waitUntilOpen(10000));
    }
    qint64 peak = before;
    std::vector<qint64> times;
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(kSeconds * 1000)) {
        QThread::msleep(100);
        peak = qMax(peak, statusKiB(server.pid(), "VmRSS"));
        if (times.size() < size_t(timer.elapsed() / 2000)) {
            QString error;
            const qint64 ms = timeLogin(server.port(), tls, &error);
            QVERIFY2(ms >= 0, qPrintable(failure(error, server)));
            times.push_back(ms);
        }
    }
    if (tlsFlood)
        tlsFlood->stop();
    if (plainFlood)
        plainFlood->stop();
    const qint64 sent = tls ? tlsFlood->bytesSent() : plainFlood->bytesSent();
    const int dropped = tls ? tlsFlood->dropped() : plainFlood->dropped();
    const qint64 hwm = statusKiB(server.pid(), "VmHWM");
    qInfo("%d %s connections sending endless lines for %d s (%lld MiB sent, %d dropped by the "
          "server): server RSS %lld KiB before, peak %lld KiB (VmHWM %lld KiB); login %s",
        kConnections, tls ? "TLS" : "plain", kSeconds, sent / (1024 * 1024), dropped, before, peak,
        hwm, qPrintable(summary(times)));
    // VmHWM is the true peak; the samples may miss it.
    const qint64 growth = qMax(peak, hwm) - before;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    // ASan's and TSan's shadow memory and quarantine grow with every allocation, and they run
    // the server (its TLS handshakes above all) several times slower: both bounds are for the
    // server as it is shipped (scripts/sanitize.sh builds the tree with sanitizers).
    qInfo("sanitizer build: RSS grew by %lld KiB, login %s; not held to the bounds", growth,
        qPrintable(summary(times)));
#else
    QVERIFY2(growth < kBoundKiB, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
    QVERIFY2(
        *std::max_element(times.begin(), times.end()) < kLoginBoundMs, qPrintable(summary(times)));
#endif
}

// With its file descriptors used up by connections that never log in, the server must make
// room and keep accepting (Qt stops accepting for good on EMFILE unless told otherwise).
void TestListener::acceptsWhenOutOfDescriptors()
{
    constexpr rlim_t kServerFiles = 200;
    TestServer server;
    QVERIFY(startServer(server, false));
    rlimit files {};
    QVERIFY(::prlimit(pid_t(server.pid()), RLIMIT_NOFILE, nullptr, &files) == 0);
    files.rlim_cur = kServerFiles;
    if (::prlimit(pid_t(server.pid()), RLIMIT_NOFILE, &files, nullptr) != 0)
        QSKIP("cannot lower the server's open file limit here (prlimit)");
    {
        Flood flood(server.port(), 2 * int(kServerFiles), 100, Payload::Nothing, false);
        QVERIFY(flood.waitUntilOpen(10000));
        QThread::msleep(500);
        QString error;
        const qint64 ms = timeLogin(server.port(), false, &error);
        qInfo("login with %d idle connections and a limit of %d files: %lld ms",
            2 * int(kServerFiles), int(kServerFiles), ms);
        QVERIFY2(ms >= 0, qPrintable(failure(error, server)));
    }
    QThread::msleep(500);
    QString error;
    QVERIFY2(timeLogin(server.port(), false, &error) >= 0, qPrintable(failure(error, server)));
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
