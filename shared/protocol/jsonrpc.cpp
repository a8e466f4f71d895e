// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrpc.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace helpdesk::rpc {

namespace {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Qt's
// JSON parser would silently substitute U+FFFD for some of these, so bad input is refused
// here instead of being stored mangled.
bool isValidUtf8(const QByteArray& text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.constData());
    const auto* const end = p + text.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                min = 0xA0; // overlong
            else if (lead == 0xED)
                max = 0x9F; // UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                min = 0x90; // overlong
            else if (lead == 0xF4)
                max = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        if (end - p <= continuation)
            return false;
        ++p;
        if (*p < min || *p > max)
            return false;
        for (int i = 1; i < continuation; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += continuation;
    }
    return true;
}

// RFC 8259 forbids raw control characters inside strings, but Qt's parser lets them through;
// other clients' strict parsers would then choke on what we relay, so refuse them up front.
bool hasRawControlInString(const QByteArray& text)
{
    bool inString = false;
    const char* p = text.constData();
    const char* const end = p + text.size();
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (!inString) {
            inString = c == '"';
        } else if (c < 0x20) {
            return true;
        } else if (c == '\\') {
            if (++p == end)
                break;
        } else if (c == '"') {
            inString = false;
        }
    }
    return false;
}

Error makeInvalid(ErrorCode code, const QString& message, const QString& reason)
{
    Error error;
    error.code = code;
    error.message = message;
    error.data = QJsonObject { { QStringLiteral("reason"), reason } };
    return error;
}

Decoded failure(ErrorCode code, const QString& message, const QString& reason,
    const QJsonValue& id = QJsonValue::Null)
{
    Decoded decoded;
    decoded.error = makeInvalid(code, message, reason);
    decoded.errorId = id;
    return decoded;
}

bool isValidId(const QJsonValue& id)
{
    return id.isDouble() || id.isString() || id.isNull();
}

// QJsonDocument only holds objects and arrays, so it reports "42" or "null" as a syntax error.
// JSON-RPC wants valid JSON that is no request to be an Invalid Request, so such a scalar is
// re-parsed inside an array to tell the two apart. Only reached on the error path.
bool isJsonScalar(const QByteArray& frame)
{
    const QByteArray trimmed = frame.trimmed();
    if (trimmed.isEmpty() || trimmed.front() == '{' || trimmed.front() == '[')
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson('[' + trimmed + ']', &error);
    return error.error == QJsonParseError::NoError;
}

Decoded decodeObject(const QJsonObject& object)
{
    // The id is recovered first so that every later complaint can be matched by the caller.
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue errorId = isValidId(id) ? id : QJsonValue(QJsonValue::Null);

    if (object.value(QLatin1String("jsonrpc")) != QJsonValue(QLatin1String("2.0")))
        return failure(InvalidRequest, QStringLiteral("\"jsonrpc\" must be \"2.0\""),
            QStringLiteral("bad_version"), errorId);
    if (!id.isUndefined() && !isValidId(id))
        return failure(InvalidRequest, QStringLiteral("\"id\" must be a number, string or null"),
            QStringLiteral("bad_id"));

    Message message;
    message.id = id.isUndefined() ? QJsonValue(QJsonValue::Null) : id;

    const QJsonValue method = object.value(QLatin1String("method"));
    if (!method.isUndefined()) {
        if (!method.isString())
            return failure(InvalidRequest, QStringLiteral("\"method\" must be a string"),
                QStringLiteral("bad_method"), errorId);
        const QJsonValue params = object.value(QLatin1String("params"));
        if (!params.isUndefined() && !params.isObject() && !params.isArray())
            return failure(InvalidRequest, QStringLiteral("\"params\" must be an object or array"),
                QStringLiteral("bad_params"), errorId);
        message.kind = id.isUndefined() ? Message::Kind::Notification : Message::Kind::Request;
        message.method = method.toString();
        message.params = params;
        return Decoded { std::move(message), std::nullopt, errorId };
    }

    const QJsonValue result = object.value(QLatin1String("result"));
    const QJsonValue error = object.value(QLatin1String("error"));
    if (result.isUndefined() == error.isUndefined())
        return failure(InvalidRequest,
            QStringLiteral("need \"method\", or exactly one of \"result\" and \"error\""),
            QStringLiteral("bad_message"), errorId);
    if (id.isUndefined())
        return failure(
            InvalidRequest, QStringLiteral("a response needs an \"id\""), QStringLiteral("bad_id"));
    message.kind = Message::Kind::Response;
    if (!error.isUndefined()) {
        message.error = error.isObject() ? Error::fromJson(error.toObject()) : std::nullopt;
        if (!message.error)
            return failure(InvalidRequest,
                QStringLiteral("\"error\" must be an object with code and message"),
                QStringLiteral("bad_error"), errorId);
    } else {
        message.result = result;
    }
    return Decoded { std::move(message), std::nullopt, errorId };
}

QJsonObject envelope(const QJsonValue& id)
{
    QJsonObject object { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") } };
    object.insert(QStringLiteral("id"), id.isUndefined() ? QJsonValue(QJsonValue::Null) : id);
    return object;
}

QJsonObject fieldsData(const QString& field, const QString& reason)
{
    return QJsonObject { { QStringLiteral("fields"), QJsonObject { { field, reason } } } };
}

} // namespace

QString errorCodeName(int code)
{
    switch (code) {
    case ParseError:
        return QStringLiteral("parse_error");
    case InvalidRequest:
        return QStringLiteral("invalid_request");
    case MethodNotFound:
        return QStringLiteral("method_not_found");
    case InvalidParams:
        return QStringLiteral("invalid_params");
    case InternalError:
        return QStringLiteral("internal_error");
    case Unauthenticated:
        return QStringLiteral("unauthenticated");
    case Forbidden:
        return QStringLiteral("forbidden");
    case NotFound:
        return QStringLiteral("not_found");
    case Conflict:
        return QStringLiteral("conflict");
    case AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case RateLimited:
        return QStringLiteral("rate_limited");
    case ValidationFailed:
        return QStringLiteral("validation_failed");
    case UnsupportedProtocol:
        return QStringLiteral("unsupported_protocol");
    }
    return QString();
}

QJsonObject Error::toJson() const
{
    QJsonObject object { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!data.isUndefined())
        object.insert(QStringLiteral("data"), data);
    return object;
}

std::optional<Error> Error::fromJson(const QJsonObject& object)
{
    const QJsonValue code = object.value(QLatin1String("code"));
    const QJsonValue message = object.value(QLatin1String("message"));
    if (!code.isDouble() || !message.isString())
        return std::nullopt;
    // JSON-RPC codes are integers; toInteger() refuses fractions instead of truncating them.
    constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();
    const qint64 value = code.toInteger(kInvalid);
    if (value == kInvalid || value < std::numeric_limits<int>::min()
        || value > std::numeric_limits<int>::max())
        return std::nullopt;
    Error error;
    error.code = int(value);
    error.message = message.toString();
    error.data = object.value(QLatin1String("data"));
    return error;
}

Error Error::invalidParams(const QString& field, const QString& reason)
{
    return Error { InvalidParams, QStringLiteral("invalid params: %1: %2").arg(field, reason),
        fieldsData(field, reason) };
}

Error Error::validation(const QString& field, const QString& reason)
{
    return Error { ValidationFailed, QStringLiteral("validation failed: %1: %2").arg(field, reason),
        fieldsData(field, reason) };
}

Error Error::notFound(const QString& what)
{
    return Error { NotFound, QStringLiteral("%1 not found").arg(what), QJsonValue::Undefined };
}

Error Error::forbidden(const QString& what)
{
    return Error { Forbidden, QStringLiteral("forbidden: %1").arg(what), QJsonValue::Undefined };
}

int jsonNestingDepth(const QByteArray& text, int cap)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    const char* p = text.constData();
    const char* const end = p + text.size();
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            // The escaped character, '"' or '\\' included, cannot end the string.
            if (c == '\\') {
                if (++p == end)
                    break;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > cap)
                    return cap + 1;
            }
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's problem; they must not hide later openers.
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

Decoded decode(const QByteArray& frame, int maxDepth)
{
    if (!isValidUtf8(frame))
        return failure(
            ParseError, QStringLiteral("frame is not valid UTF-8"), QStringLiteral("invalid_utf8"));
    // Qt's recursive parser must never see hostile nesting; this scan is linear and stops early.
    if (jsonNestingDepth(frame, maxDepth) > maxDepth)
        return failure(InvalidRequest,
            QStringLiteral("JSON nests deeper than %1 levels").arg(maxDepth),
            QStringLiteral("nesting_too_deep"));

    if (hasRawControlInString(frame))
        return failure(ParseError, QStringLiteral("unescaped control character in a string"),
            QStringLiteral("invalid_json"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (isJsonScalar(frame))
            return failure(InvalidRequest, QStringLiteral("a message must be a JSON object"),
                QStringLiteral("not_an_object"));
        return failure(ParseError,
            QStringLiteral("invalid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            QStringLiteral("invalid_json"));
    }
    if (!document.isObject())
        return failure(InvalidRequest, QStringLiteral("a message must be a JSON object"),
            QStringLiteral("not_an_object"));
    return decodeObject(document.object());
}

QJsonObject makeRequest(const QJsonValue& id, const QString& method, const QJsonObject& params)
{
    QJsonObject object = envelope(id);
    object.insert(QStringLiteral("method"), method);
    object.insert(QStringLiteral("params"), params);
    return object;
}

QJsonObject makeNotification(const QString& method, const QJsonObject& params)
{
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("method"), method }, { QStringLiteral("params"), params } };
}

QJsonObject makeResult(const QJsonValue& id, const QJsonValue& result)
{
    QJsonObject object = envelope(id);
    // Inserting an undefined value would drop the key and leave a response with neither
    // "result" nor "error"; null keeps it a valid success.
    object.insert(
        QStringLiteral("result"), result.isUndefined() ? QJsonValue(QJsonValue::Null) : result);
    return object;
}

QJsonObject makeError(const QJsonValue& id, const Error& error)
{
    QJsonObject object = envelope(id);
    object.insert(QStringLiteral("error"), error.toJson());
    return object;
}

} // namespace helpdesk::rpc
