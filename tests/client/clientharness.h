// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real helpdesk-server with the demo data (logins ana/ivan/marta/sam/lead/admin and
// customers, password "demo-pass"), plus helpers that turn the client's asynchronous calls
// into synchronous steps for tests.

#include "connection.h"
#include "testserver.h"

#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace helpdesk::client::test {

inline const QString kDemoPassword = QStringLiteral("demo-pass");

// The shared test server (tests/common/testserver.h) serving the demo data: start() runs
// `init --demo` the first time and `serve` on `port` (0: any free port); later starts and
// restart() serve the same data directory again.
class TestServer : public helpdesk::test::TestServer
{
public:
    bool start(quint16 port = 0);
    // More `serve` options for the next start (e.g. --tls-cert/--tls-key).
    void setServeArguments(const QStringList& arguments) { m_serveArguments = arguments; }
    // SIGKILL: no chance to close anything cleanly.
    void kill() { kill9(); }
    // Serves again on the same data directory and port.
    bool restart() { return start(port()); }

private:
    QStringList m_serveArguments;
    bool m_initialised = false;
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
