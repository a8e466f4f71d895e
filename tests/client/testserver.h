// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real helpdesk-server as a child process on a temporary data directory with the demo
// data (logins ana/ivan/marta/sam/lead/admin and customers, password "demo-pass"), plus
// helpers that turn the client's asynchronous calls into synchronous steps for tests.

#include "connection.h"

#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace helpdesk::client::test {

inline const QString kDemoPassword = QStringLiteral("demo-pass");

class TestServer
{
public:
    TestServer();
    ~TestServer();

    // Initialises the data directory (first time only) and serves on `port` (0: any free
    // port). Returns false and fills errorString() on failure.
    bool start(quint16 port = 0);
    // More `serve` options for the next start (e.g. --tls-cert/--tls-key).
    void setServeArguments(const QStringList& arguments) { m_serveArguments = arguments; }
    // SIGKILL: no chance to close anything cleanly.
    void kill();
    // SIGSTOP / SIGCONT: a server that keeps its sockets open but answers nothing, like a
    // peer behind a dropped network.
    void pause();
    void resume();
    // Serves again on the same data directory and port.
    bool restart() { return start(m_port); }

    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

    // A port that was free a moment ago (bind to 0, read, close): for tests that restart the
    // server and need it back on the same port.
    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_initialised = false;
    QStringList m_serveArguments;
    QString m_error;
};

// A connection with short reconnect delays, connected and logged in; nullptr on failure.
std::unique_ptr<Connection> connectAs(quint16 port, const QString& login);
bool waitForState(const Connection& connection, Connection::State state, int timeoutMs = 15000);

struct CallResult
{
    QJsonValue result = QJsonValue::Undefined;
    std::optional<rpc::Error> error;
    bool ok() const { return !error.has_value(); }
};

// Runs one call and waits for its outcome.
CallResult callSync(Connection& connection, const QString& method, const QJsonObject& params,
    int timeoutMs = 15000);
// ticket.create through the protocol; an invalid ticket on failure.
Ticket createTicket(Connection& connection, const QString& subject, const QStringList& tags = {},
    const QString& body = QStringLiteral("body"));
std::optional<TicketDetails> getTicket(Connection& connection, TicketId id);
// ticket.update with the ticket's current version; the updated ticket or nullopt.
std::optional<Ticket> updateTicket(Connection& connection, TicketId id, const QJsonObject& changes);

} // namespace helpdesk::client::test
