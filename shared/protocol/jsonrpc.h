// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace helpdesk {

constexpr int kProtocolVersion = 1;
// Deeper JSON is refused before it reaches the parser (see jsonNestingDepth()).
constexpr int kMaxJsonDepth = 64;

namespace rpc {

enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    Unauthenticated = 1001,
    Forbidden = 1003,
    NotFound = 1004,
    Conflict = 1009,
    RateLimited = 1013,
    ValidationFailed = 1022,
    UnsupportedProtocol = 1026,
    AwaitingApproval = 1030, // issue 11: a sensitive request waits for its owner's approval
};

// Symbolic name of a code ("not_found"), empty for unknown codes.
QString errorCodeName(int code);

// A JSON-RPC error object. Thrown by server handlers (see RpcException on the server) and
// carried in responses to clients.
struct Error
{
    int code = InternalError;
    QString message;
    QJsonValue data = QJsonValue::Undefined; // omitted from JSON when undefined

    QJsonObject toJson() const;
    static std::optional<Error> fromJson(const QJsonObject& object);

    // Shorthands for the common shapes.
    static Error invalidParams(const QString& field, const QString& reason); // -32602, data.fields
    static Error validation(const QString& field, const QString& reason); // 1022, data.fields
    static Error notFound(const QString& what); // 1004
    static Error forbidden(const QString& what); // 1003
};

// One decoded frame.
struct Message
{
    enum class Kind { Request, Notification, Response };
    Kind kind = Kind::Request;
    QJsonValue id = QJsonValue::Null; // request / response id (number or string)
    QString method; // request / notification
    QJsonValue params
        = QJsonValue::Undefined; // request / notification; object or array or undefined
    QJsonValue result = QJsonValue::Undefined; // successful response
    std::optional<Error> error; // failed response
};

// Result of decoding a frame: either a message or the error to send back (ParseError for
// bad JSON / bad UTF-8, InvalidRequest for a well-formed JSON value that is no JSON-RPC 2.0
// message or nests deeper than kMaxJsonDepth). errorId is the request id when it could be
// recovered, Null otherwise.
struct Decoded
{
    std::optional<Message> message;
    std::optional<Error> error;
    QJsonValue errorId = QJsonValue::Null;
};

Decoded decode(const QByteArray& frame, int maxDepth = kMaxJsonDepth);

// Maximum nesting depth of the JSON text, counting only brackets outside strings. Stops
// scanning and returns cap + 1 once the depth exceeds cap.
int jsonNestingDepth(const QByteArray& text, int cap);

QJsonObject makeRequest(const QJsonValue& id, const QString& method, const QJsonObject& params);
QJsonObject makeNotification(const QString& method, const QJsonObject& params);
QJsonObject makeResult(const QJsonValue& id, const QJsonValue& result);
QJsonObject makeError(const QJsonValue& id, const Error& error);

} // namespace rpc
} // namespace helpdesk
