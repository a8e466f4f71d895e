// SPDX-License-Identifier: GPL-3.0-or-later
#include "attacker.h"

#include "protocol/jsonrpc.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace helpdesk::bench {

namespace {

constexpr int kPerAddress = 2;
constexpr int kLoginTimeoutMs = 30'000;

// A TLS record that announces a 512-byte ClientHello, and the first bytes of it: the server
// starts its handshake and waits for the rest.
QByteArray partialClientHello()
{
    QByteArray hello = QByteArray::fromHex("1603010200" // handshake record, TLS 1.0, 512 bytes
                                           "010001fc" // ClientHello, 508 bytes
                                           "0303"); // client version TLS 1.2
    hello += QByteArray(16, '\x5a'); // half of the client random
    return hello;
}

QHostAddress attackerAddress(int slot, int idle)
{
    const bool stalled = slot >= idle;
    const int index = stalled ? slot - idle : slot;
    return QHostAddress(QStringLiteral("127.1.%1.%2").arg(stalled ? 1 : 0).arg(1 + index / kPerAddress));
}

} // namespace

Attacker::Attacker(quint16 port, int idle, int stalled, QObject* parent)
    : QObject(parent)
    , m_port(port)
    , m_idle(idle)
    , m_sockets(idle + stalled, nullptr)
{
}

void Attacker::start()
{
    m_running = true;
    for (int slot = 0; slot < m_sockets.size(); ++slot)
        open(slot);
}

void Attacker::stop()
{
    m_running = false;
    for (QTcpSocket*& socket : m_sockets) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            socket = nullptr;
        }
    }
}

int Attacker::heldIdle() const
{
    int held = 0;
    for (int slot = 0; slot < m_idle; ++slot)
        held += m_sockets.at(slot) && m_sockets.at(slot)->state() == QAbstractSocket::ConnectedState;
    return held;
}

int Attacker::heldStalled() const
{
    int held = 0;
    for (int slot = m_idle; slot < m_sockets.size(); ++slot)
        held += m_sockets.at(slot) && m_sockets.at(slot)->state() == QAbstractSocket::ConnectedState;
    return held;
}

void Attacker::open(int slot)
{
    auto* socket = new QTcpSocket(this);
    m_sockets[slot] = socket;
    if (slot >= m_idle)
        connect(socket, &QTcpSocket::connected, socket, [socket] { socket->write(partialClientHello()); });
    // Closed by the server, or refused: count it and come back at once.
    const auto reopen = [this, slot, socket] {
        if (m_sockets.at(slot) != socket)
            return;
        socket->disconnect(this);
        socket->deleteLater();
        m_sockets[slot] = nullptr;
        ++m_closed;
        if (m_running)
            QTimer::singleShot(0, this, [this, slot] {
                if (m_running && !m_sockets.at(slot))
                    open(slot);
            });
    };
    connect(socket, &QTcpSocket::disconnected, this, reopen);
    connect(socket, &QTcpSocket::errorOccurred, this, reopen);
    socket->bind(attackerAddress(slot, m_idle));
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

LoginProbe::LoginProbe(quint16 port, bool tls, QString login, QString password, QObject* parent)
    : QObject(parent)
    , m_port(port)
    , m_tls(tls)
    , m_login(std::move(login))
    , m_password(std::move(password))
    , m_deadline(this) // a child: it moves with the probe to the probe's thread
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
        [this] { finish(QStringLiteral("no answer within %1 s").arg(kLoginTimeoutMs / 1000)); });
}

void LoginProbe::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    m_running = true;
    attempt();
}

void LoginProbe::stop()
{
    m_running = false;
    m_deadline.stop();
    if (m_socket) { // a login under way is not counted
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void LoginProbe::attempt()
{
    m_reader = FrameReader();
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    const QByteArray requests = encodeFrame(rpc::makeRequest(1, QStringLiteral("hello"),
                                    QJsonObject { { QStringLiteral("protocol"), kProtocolVersion },
                                        { QStringLiteral("client"), QStringLiteral("helpdesk-soak/1") } }))
        + encodeFrame(rpc::makeRequest(2, QStringLiteral("auth.login"),
            QJsonObject { { QStringLiteral("login"), m_login },
                { QStringLiteral("password"), m_password } }));
    const auto send = [this, requests] { m_socket->write(requests); };
    connect(m_socket, m_tls ? &QSslSocket::encrypted : &QSslSocket::connected, this, send);
    connect(m_socket, &QSslSocket::readyRead, this, &LoginProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this,
        [this] { finish(m_socket->errorString()); });
    m_socket->bind(QHostAddress(QStringLiteral("127.3.0.1")));
    m_timer.start();
    m_deadline.start(kLoginTimeoutMs);
    if (m_tls)
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    else
        m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

void LoginProbe::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    while (m_reader.hasFrame()) {
        const QJsonObject response = QJsonDocument::fromJson(m_reader.takeFrame()).object();
        if (response.contains(QLatin1String("error"))) {
            finish(QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
            return;
        }
        if (response.value(QLatin1String("id")).toInt() == 2) {
            finish(QString());
            return;
        }
    }
}

void LoginProbe::finish(const QString& failure)
{
    if (!m_socket)
        return;
    const double ms = double(m_timer.nsecsElapsed()) / 1e6;
    m_deadline.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_times.append(failure.isEmpty() ? ms : -1);
    if (!failure.isEmpty())
        m_failures.append(failure);
    emit loggedIn(ms, failure);
    if (m_running)
        QTimer::singleShot(m_intervalMs, this, [this] {
            if (m_running)
                attempt();
        });
}

} // namespace helpdesk::bench
