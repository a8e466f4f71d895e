// SPDX-License-Identifier: GPL-3.0-or-later
// Connection's typed wrappers: params built from typed values, results parsed into domain
// types, so no model or widget handles raw JSON.
#include "connection.h"

#include "errortext.h"
#include "protocol/methods.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCalls, "helpdesk.client.calls", QtInfoMsg)

namespace helpdesk::client {

namespace {

template<typename T> using Parser = std::function<std::optional<T>(const QJsonValue&, QString*)>;

// Wraps a typed handler so that a result which does not parse reaches onError as BadResponse.
template<typename T>
Connection::ResultHandler parsing(const QString& method, Parser<T> parse,
    Connection::Handler<T> onResult, Connection::ErrorHandler onError)
{
    return [method, parse = std::move(parse), onResult = std::move(onResult),
               onError = std::move(onError)](const QJsonValue& result) {
        QString problem;
        const std::optional<T> value = parse(result, &problem);
        if (!value) {
            qCWarning(lcCalls) << method << "returned a malformed result:" << problem;
            if (onError)
                onError(localError(BadResponse));
            return;
        }
        if (onResult)
            onResult(*value);
    };
}

template<typename T> std::optional<T> parseObject(const QJsonValue& value, QString* error)
{
    return T::fromJson(value.toObject(), error);
}

// {"items":[T,...]} as returned by the directory list methods.
template<typename T> std::optional<QVector<T>> parseItems(const QJsonValue& value, QString* error)
{
    const QJsonValue items = value.toObject().value(QLatin1String("items"));
    if (!items.isArray()) {
        if (error)
            *error = QStringLiteral("items: must be an array");
        return std::nullopt;
    }
    QVector<T> list;
    const QJsonArray array = items.toArray();
    list.reserve(array.size());
    for (const QJsonValue& item : array) {
        const auto parsed = T::fromJson(item.toObject(), error);
        if (!parsed)
            return std::nullopt;
        list.append(*parsed);
    }
    return list;
}

} // namespace

Connection::RequestId Connection::getTicket(
    TicketId id, const QObject* context, Handler<TicketDetails> onResult, ErrorHandler onError)
{
    const QString method = method::TicketGet;
    return call(method, QJsonObject { { QStringLiteral("id"), id.value() } }, context,
        parsing<TicketDetails>(method, &TicketDetails::fromJson, std::move(onResult), onError),
        onError);
}

Connection::RequestId Connection::listTickets(const TicketQuery& query, qint64 offset, int limit,
    const QObject* context, Handler<TicketPage> onResult, ErrorHandler onError)
{
    const QString method = method::TicketList;
    return call(method, query.listParams(offset, limit), context,
        parsing<TicketPage>(method, &TicketPage::fromJson, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::createTicket(
    const NewTicket& ticket, const QObject* context, Handler<Ticket> onResult, ErrorHandler onError)
{
    const QString method = method::TicketCreate;
    return call(method, ticket.toJson(), context,
        parsing<Ticket>(method, &parseObject<Ticket>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::updateTicket(TicketId id, qint64 version,
    const TicketChanges& changes, const QObject* context, Handler<Ticket> onResult,
    ErrorHandler onError)
{
    const QString method = method::TicketUpdate;
    const QJsonObject params { { QStringLiteral("id"), id.value() },
        { QStringLiteral("version"), version }, { QStringLiteral("changes"), changes.toJson() } };
    return call(method, params, context,
        parsing<Ticket>(method, &parseObject<Ticket>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::addMessage(TicketId ticket, const QString& body, bool internal,
    const QString& idempotencyKey, const QObject* context, Handler<Message> onResult,
    ErrorHandler onError)
{
    NewMessage message;
    message.ticketId = ticket;
    message.body = body;
    message.internal = internal;
    message.idempotencyKey = idempotencyKey;
    return addMessage(message, context, std::move(onResult), std::move(onError));
}

Connection::RequestId Connection::addMessage(const NewMessage& message, const QObject* context,
    Handler<Message> onResult, ErrorHandler onError)
{
    const QString method = method::MessageAdd;
    return call(method, message.toJson(), context,
        parsing<Message>(method, &parseObject<Message>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::search(const QString& query, int limit, const QObject* context,
    Handler<QVector<SearchHit>> onResult, ErrorHandler onError)
{
    const QString method = method::Search;
    QJsonObject params { { QStringLiteral("query"), query } };
    if (limit > 0)
        params.insert(QStringLiteral("limit"), limit);
    Parser<QVector<SearchHit>> parse = [](const QJsonValue& value, QString* error) {
        auto hits = searchHitsFromJson(value);
        if (!hits && error)
            *error = QStringLiteral("items: malformed");
        return hits;
    };
    return call(method, params, context,
        parsing<QVector<SearchHit>>(method, parse, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::searchTickets(const TicketSearch& search, const QObject* context,
    Handler<QVector<TicketSearchResult>> onResult, ErrorHandler onError)
{
    const QString method = method::Search;
    return call(method, search.toParams(), context,
        parsing<QVector<TicketSearchResult>>(
            method, &ticketSearchResultsFromJson, std::move(onResult), onError),
        onError);
}

Connection::RequestId Connection::listUsers(const QJsonObject& params, const QObject* context,
    Handler<QVector<User>> onResult, ErrorHandler onError)
{
    const QString method = method::UserList;
    return call(method, params, context,
        parsing<QVector<User>>(method, &parseItems<User>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::listQueues(
    const QObject* context, Handler<QVector<Queue>> onResult, ErrorHandler onError)
{
    const QString method = method::QueueList;
    return call(method, {}, context,
        parsing<QVector<Queue>>(method, &parseItems<Queue>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::listCustomers(const QJsonObject& params, const QObject* context,
    Handler<QVector<Customer>> onResult, ErrorHandler onError)
{
    const QString method = method::CustomerList;
    return call(method, params, context,
        parsing<QVector<Customer>>(method, &parseItems<Customer>, std::move(onResult), onError),
        onError);
}

Connection::RequestId Connection::createCustomer(
    const QString& name, const QObject* context, Handler<Customer> onResult, ErrorHandler onError)
{
    const QString method = method::CustomerCreate;
    return call(method, QJsonObject { { QStringLiteral("name"), name } }, context,
        parsing<Customer>(method, &parseObject<Customer>, std::move(onResult), onError), onError);
}

Connection::RequestId Connection::listSignatures(
    const QObject* context, Handler<QVector<Signature>> onResult, ErrorHandler onError)
{
    const QString method = method::SignatureList;
    return call(method, {}, context,
        parsing<QVector<Signature>>(method, &parseItems<Signature>, std::move(onResult), onError),
        onError);
}

Connection::RequestId Connection::setSignature(std::optional<QueueId> queue, const QString& locale,
    const QString& text, const QObject* context, Handler<Signature> onResult, ErrorHandler onError)
{
    const QString method = method::SignatureSet;
    QJsonObject params { { QStringLiteral("text"), text }, { QStringLiteral("locale"), locale } };
    if (queue)
        params.insert(QStringLiteral("queueId"), queue->value());
    return call(method, params, context,
        parsing<Signature>(method, &parseObject<Signature>, std::move(onResult), onError), onError);
}

} // namespace helpdesk::client
