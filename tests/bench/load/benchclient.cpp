// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

#include "latencystats.h"
#include "protocol/jsonrpc.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstring>

namespace helpdesk::bench {

namespace {
constexpr int kMaxErrorsShown = 3;

// The server writes objects with sorted keys: a notification begins with "jsonrpc" followed
// by "method", a response with "error" or "id". Cheap enough for a million pushes a second.
bool isPush(const QByteArray& frame)
{
    return frame.startsWith(QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"method\""));
}

bool isError(const QByteArray& frame)
{
    return frame.startsWith(QByteArrayLiteral("{\"error\""));
}
} // namespace

BenchClient::BenchClient(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_random(m_config.seed)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_config.tls)
            onConnected();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &BenchClient::onConnected);
    m_heartbeat.setInterval(m_config.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &BenchClient::heartbeat);
    connect(&m_socket, &QTcpSocket::readyRead, this, &BenchClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_phase != Phase::Stopped)
            fail(m_socket.errorString());
    });
}

void BenchClient::open()
{
    if (!m_config.localAddress.isNull() && !m_socket.bind(m_config.localAddress)) {
        fail(QStringLiteral("cannot bind to %1: %2")
                 .arg(m_config.localAddress.toString(), m_socket.errorString()));
        return;
    }
    // Loopback only: this tool generates load and must never be pointed at another machine.
    if (m_config.tls) {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_config.port);
    } else {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_config.port);
    }
}

void BenchClient::onConnected()
{
    m_phase = Phase::Hello;
    send(QStringLiteral("hello"),
        QJsonObject { { QStringLiteral("protocol"), kProtocolVersion },
            { QStringLiteral("client"), QStringLiteral("helpdesk-bench/1") },
            { QStringLiteral("locale"), QStringLiteral("en_GB") } });
}

// What the desktop client sends after 30 s of silence, so that an idle session stays open.
void BenchClient::heartbeat()
{
    if (m_phase == Phase::Ready && !m_waiting)
        send(QStringLiteral("hello"),
            QJsonObject { { QStringLiteral("protocol"), kProtocolVersion },
                { QStringLiteral("client"), QStringLiteral("helpdesk-bench/1") } });
}

void BenchClient::startLoad()
{
    if (m_phase != Phase::Ready || m_config.scenario.kind == ScenarioKind::Idle)
        return; // an idle session stays Ready: heartbeats only
    m_phase = Phase::Running;
    m_heartbeat.stop();
    sendNext();
}

void BenchClient::stopLoad()
{
    const bool wasRunning = m_phase == Phase::Running;
    m_phase = Phase::Stopped;
    m_heartbeat.stop();
    if (!m_waiting || !wasRunning) // a heartbeat's answer is not waited for
        emit drained();
}

void BenchClient::send(const QString& method, const QJsonObject& params)
{
    m_method = method;
    m_waiting = true;
    m_scenarioRequest = m_phase == Phase::Running;
    const QByteArray frame = encodeFrame(rpc::makeRequest(double(m_nextId++), method, params));
    m_sentNs = monotonicNs();
    m_socket.write(frame);
}

void BenchClient::sendNext()
{
    send(scenarioMethod(m_config.scenario.kind),
        scenarioParams(m_config.scenario, m_knowledge, m_random, m_nextId));
}

void BenchClient::onReadyRead()
{
    if (m_config.scenario.kind == ScenarioKind::Idle && m_phase == Phase::Ready && !m_waiting
        && m_reader.bufferedBytes() == 0) {
        // Between heartbeats every frame an idle session gets is a push: count the lines
        // without splitting them, so that the tool costs less than the server it measures.
        const QByteArray data = m_socket.readAll();
        const char* cursor = data.constData();
        const char* const end = cursor + data.size();
        while (const auto* newline
            = static_cast<const char*>(std::memchr(cursor, '\n', size_t(end - cursor)))) {
            ++m_pushes;
            cursor = newline + 1;
        }
        if (cursor != end) // a partial push: the reader gets the rest with the next read
            m_reader.append(cursor, qsizetype(end - cursor));
        return;
    }
    const qint64 receivedNs = monotonicNs();
    m_reader.append(m_socket.readAll());
    while (m_reader.hasFrame())
        onFrame(m_reader.takeFrame(), receivedNs);
    if (m_reader.overflowed())
        fail(QStringLiteral("frame too large"));
}

void BenchClient::onFrame(const QByteArray& frame, qint64 receivedNs)
{
    if (isPush(frame)) {
        ++m_pushes;
        return;
    }
    if (!m_waiting)
        return;
    m_waiting = false;
    if (m_scenarioRequest) {
        const bool ok = !isError(frame);
        if (!ok && m_errorsShown++ < kMaxErrorsShown)
            QTextStream(stderr) << "helpdesk-bench: " << m_method << " failed: " << frame.left(300)
                                << "\n";
        emit completed(m_method, receivedNs - m_sentNs, ok);
        if (m_phase != Phase::Running)
            emit drained();
        else if (m_config.thinkMs <= 0)
            sendNext();
        else
            QTimer::singleShot(int(m_config.thinkMs * (0.5 + double(m_random() % 1000) / 1000.0)),
                this, [this] {
                    if (m_phase == Phase::Running && !m_waiting)
                        sendNext(); // stopLoad() in the pause has said drained()
                });
        return;
    }
    if (m_phase != Phase::Stopped)
        onSetupResponse(frame);
}

void BenchClient::onSetupResponse(const QByteArray& frame)
{
    const rpc::Decoded decoded = rpc::decode(frame);
    if (!decoded.message || decoded.message->kind != rpc::Message::Kind::Response) {
        fail(QStringLiteral("unexpected frame: %1").arg(QString::fromUtf8(frame.left(200))));
        return;
    }
    if (decoded.message->error) {
        fail(QStringLiteral("%1 failed: %2").arg(m_method, decoded.message->error->message));
        return;
    }
    const QJsonObject result = decoded.message->result.toObject();
    switch (m_phase) {
    case Phase::Hello:
        m_phase = Phase::Login;
        send(QStringLiteral("auth.login"),
            QJsonObject { { QStringLiteral("login"), m_config.login },
                { QStringLiteral("password"), m_config.password } });
        return;
    case Phase::Login:
        m_customer = result.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("role"))
                         .toString()
            == QLatin1String("customer");
        m_phase = Phase::ProbeIds;
        send(QStringLiteral("ticket.list"), idProbeParams(m_customer));
        return;
    case Phase::ProbeIds: {
        const QJsonArray items = result.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items)
            m_knowledge.ticketIds.append(
                qint64(item.toObject().value(QStringLiteral("id")).toDouble()));
        if (m_knowledge.ticketIds.isEmpty()) {
            fail(QStringLiteral("%1 sees no tickets").arg(m_config.login));
            return;
        }
        m_knowledge.maxTicketId = m_knowledge.ticketIds.first();
        if (!m_customer)
            m_knowledge.ticketIds.clear(); // staff see every id up to the largest
        if (m_config.scenario.kind == ScenarioKind::TicketListDeep) {
            m_phase = Phase::ProbeTotal;
            send(QStringLiteral("ticket.list"), listParams(1, 0));
            return;
        }
        becomeReady();
        return;
    }
    case Phase::ProbeTotal:
        m_knowledge.listTotal = qint64(result.value(QStringLiteral("total")).toDouble());
        becomeReady();
        return;
    default:
        return;
    }
}

void BenchClient::becomeReady()
{
    m_phase = Phase::Ready;
    if (m_config.heartbeatMs > 0)
        m_heartbeat.start();
    emit ready();
}

void BenchClient::fail(const QString& reason)
{
    m_heartbeat.stop();
    m_phase = Phase::Stopped;
    m_waiting = false;
    m_socket.abort();
    emit failed(QStringLiteral("%1: %2").arg(m_config.login, reason));
}

} // namespace helpdesk::bench
