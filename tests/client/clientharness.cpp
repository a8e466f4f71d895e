// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientharness.h"

#include "protocol/methods.h"

#include <QTest>

namespace helpdesk::client::test {

bool TestServer::start(quint16 port)
{
    kill9();
    Options options;
    options.populate = false;
    options.demo = true;
    options.port = port;
    options.backend = QStringLiteral("sqlite");
    options.extraArguments = m_serveArguments;
    if (m_initialised)
        return helpdesk::test::TestServer::restart(options);
    m_initialised = helpdesk::test::TestServer::start(options);
    return m_initialised;
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
        = callSync(connection, QString(method::TicketCreate), ticket.toJson());
    if (!result.ok()) {
        qWarning() << "ticket.create failed:" << result.error->code << result.error->message;
        return Ticket();
    }
    return Ticket::fromJson(result.result.toObject()).value_or(Ticket());
}

std::optional<TicketDetails> getTicket(Connection& connection, TicketId id)
{
    const CallResult result = callSync(connection, QString(method::TicketGet),
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
    const CallResult result = callSync(connection, QString(method::TicketUpdate),
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
