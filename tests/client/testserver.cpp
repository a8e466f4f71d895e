// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace helpdesk::client::test {

namespace {
constexpr int kStartTimeoutMs = 20000;
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    kill();
}

quint16 TestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool TestServer::start(quint16 port)
{
    kill();
    const QString binary = QStringLiteral(HELPDESK_SERVER_BINARY);
    if (!m_initialised) {
        QProcess init;
        init.start(binary,
            { QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir(),
                QStringLiteral("--demo") });
        if (!init.waitForFinished(kStartTimeoutMs) || init.exitCode() != 0) {
            m_error
                = QStringLiteral("init failed: ") + QString::fromUtf8(init.readAllStandardError());
            return false;
        }
        m_initialised = true;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // A test that crashes or is killed by its timeout must not leave a server behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->start(binary,
        QStringList { QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir(),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port) }
            + m_serveArguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    // A restart on the same port may briefly find it still held by the killed process.
    while (!timer.hasExpired(kStartTimeoutMs)) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("serve exited: ")
                + QString::fromUtf8(m_process->readAllStandardError());
            return false;
        }
        m_process->waitForReadyRead(100);
        output += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("serve did not report its port: ") + QString::fromUtf8(output);
    return false;
}

void TestServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // SIGKILL on Unix
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

void TestServer::pause()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void TestServer::resume()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGCONT);
}

bool waitForState(const Connection& connection, Connection::State state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, timeoutMs);
}

std::unique_ptr<Connection> connectAs(quint16 port, const QString& login)
{
    auto connection = std::make_unique<Connection>();
    connection->setReconnectDelays(50, 400);
    connection->connectToServer(QStringLiteral("127.0.0.1"), port);
    connection->login(login, kDemoPassword);
    if (!waitForState(*connection, Connection::State::Ready))
        return nullptr;
    return connection;
}

CallResult callSync(
    Connection& connection, const QString& method, const QJsonObject& params, int timeoutMs)
{
    CallResult outcome;
    bool done = false;
    connection.call(
        method, params, nullptr,
        [&](const QJsonValue& result) {
            outcome.result = result;
            done = true;
        },
        [&](const rpc::Error& error) {
            outcome.error = error;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        outcome.error = rpc::Error { -3, QStringLiteral("test timeout"), QJsonValue::Undefined };
    return outcome;
}

Ticket createTicket(
    Connection& connection, const QString& subject, const QStringList& tags, const QString& body)
{
    NewTicket ticket;
    ticket.subject = subject;
    ticket.body = body;
    ticket.tags = tags;
    const CallResult result
        = callSync(connection, QStringLiteral("ticket.create"), ticket.toJson());
    if (!result.ok()) {
        qWarning() << "ticket.create failed:" << result.error->code << result.error->message;
        return Ticket();
    }
    return Ticket::fromJson(result.result.toObject()).value_or(Ticket());
}

std::optional<TicketDetails> getTicket(Connection& connection, TicketId id)
{
    const CallResult result = callSync(connection, QStringLiteral("ticket.get"),
        QJsonObject { { QStringLiteral("id"), id.value() } });
    if (!result.ok())
        return std::nullopt;
    return TicketDetails::fromJson(result.result);
}

std::optional<Ticket> updateTicket(Connection& connection, TicketId id, const QJsonObject& changes)
{
    const auto current = getTicket(connection, id);
    if (!current)
        return std::nullopt;
    const CallResult result = callSync(connection, QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id.value() },
            { QStringLiteral("version"), current->ticket.version },
            { QStringLiteral("changes"), changes } });
    if (!result.ok()) {
        qWarning() << "ticket.update failed:" << result.error->code << result.error->message;
        return std::nullopt;
    }
    return Ticket::fromJson(result.result.toObject());
}

} // namespace helpdesk::client::test
