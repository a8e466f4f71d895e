// SPDX-License-Identifier: GPL-3.0-or-later
// JSON-RPC codec: every decode error path, valid messages, nesting scan, error objects.
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk;
using rpc::Decoded;
using rpc::Error;
using Kind = rpc::Message::Kind;

namespace {

QByteArray repeated(const char* text, int count)
{
    return QByteArray(text).repeated(count);
}

// A request whose params nest to the given total depth (the envelope object counts as 1).
QByteArray requestWithDepth(int depth)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":" + repeated("[", depth - 1)
        + repeated("]", depth - 1) + '}';
}

QByteArray withMethod(const QByteArray& method)
{
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\"}";
}

QString reasonOf(const Error& error)
{
    return error.data.toObject().value(QLatin1String("reason")).toString();
}

} // namespace

class TestJsonRpc : public QObject
{
    Q_OBJECT

private slots:
    void nestingDepth_data();
    void nestingDepth();
    void decodeErrors_data();
    void decodeErrors();
    void decodeValid_data();
    void decodeValid();
    void roundTrip_data();
    void roundTrip();
    void makeResultNeverDropsResult();
    void errorToJson_data();
    void errorToJson();
    void errorFromJsonRejects_data();
    void errorFromJsonRejects();
    void errorShorthands();
    void errorCodeNames_data();
    void errorCodeNames();
};

void TestJsonRpc::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QByteArray() << 64 << 0;
    QTest::newRow("scalar") << QByteArray("42") << 64 << 0;
    QTest::newRow("object") << QByteArray("{}") << 64 << 1;
    QTest::newRow("siblings") << QByteArray("[[],[],{}]") << 64 << 2;
    QTest::newRow("three") << QByteArray("{\"a\":[{\"b\":1}]}") << 64 << 3;
    QTest::newRow("brackets in string") << QByteArray("{\"a\":\"[[[{{{\"}") << 64 << 1;
    QTest::newRow("escaped quote") << QByteArray("{\"a\":\"\\\"[[[\"}") << 64 << 1;
    QTest::newRow("escaped backslash ends string") << QByteArray("[\"\\\\\",[[]]]") << 64 << 3;
    QTest::newRow("backslash-quote then brackets") << QByteArray("[\"\\\\\\\"[[\",[]]") << 64 << 2;
    QTest::newRow("unterminated string") << QByteArray("[\"[[[[") << 64 << 1;
    QTest::newRow("trailing backslash") << QByteArray("[\"\\") << 64 << 1;
    QTest::newRow("stray closers") << QByteArray("]]]}[[") << 64 << 2;
    QTest::newRow("exactly cap") << repeated("[", 5) + repeated("]", 5) << 5 << 5;
    QTest::newRow("cap + 1") << repeated("[", 6) + repeated("]", 6) << 5 << 6;
    QTest::newRow("far over stops at cap + 1") << repeated("[", 200000) << 64 << 65;
}

void TestJsonRpc::nestingDepth()
{
    QFETCH(QByteArray, text);
    QFETCH(int, cap);
    QFETCH(int, expected);
    QCOMPARE(rpc::jsonNestingDepth(text, cap), expected);
}

void TestJsonRpc::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonValue>("errorId");

    const int parse = rpc::ParseError;
    const int invalid = rpc::InvalidRequest;
    const QJsonValue null(QJsonValue::Null);
    const QString json = QStringLiteral("invalid_json");
    const QString utf8 = QStringLiteral("invalid_utf8");
    const QString deep = QStringLiteral("nesting_too_deep");
    const QString notObject = QStringLiteral("not_an_object");

    QTest::newRow("empty") << QByteArray() << parse << json << null;
    QTest::newRow("junk control bytes")
        << QByteArray("\x00\x01\x02\x03", 4) << parse << json << null;
    QTest::newRow("junk high bytes") << QByteArray("\xff\xfe\xfd\x00", 4) << parse << utf8 << null;
    QTest::newRow("text") << QByteArray("hello") << parse << json << null;
    QTest::newRow("truncated") << QByteArray("{\"jsonrpc\":\"2.0\",") << parse << json << null;
    QTest::newRow("trailing garbage")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"a\"} x") << parse << json << null;
    QTest::newRow("two objects") << QByteArray("{}{}") << parse << json << null;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << parse << json << null;
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << parse << json << null;
    QTest::newRow("raw newline in string")
        << QByteArray("{\"a\":\"x\ny\"}") << parse << json << null;
    QTest::newRow("raw tab in string") << withMethod("a\tb") << parse << json << null;
    QTest::newRow("raw NUL in string")
        << withMethod(QByteArray("a\0b", 3)) << parse << json << null;
    QTest::newRow("NUL after object") << QByteArray("{}\0", 3) << parse << json << null;

    QTest::newRow("utf8 lone continuation") << withMethod("a\x80") << parse << utf8 << null;
    QTest::newRow("utf8 overlong 2") << withMethod("\xc0\xaf") << parse << utf8 << null;
    QTest::newRow("utf8 overlong 3") << withMethod("\xe0\x80\xaf") << parse << utf8 << null;
    QTest::newRow("utf8 overlong 4") << withMethod("\xf0\x80\x80\xaf") << parse << utf8 << null;
    QTest::newRow("utf8 surrogate") << withMethod("\xed\xa0\x80") << parse << utf8 << null;
    QTest::newRow("utf8 above U+10FFFF") << withMethod("\xf4\x90\x80\x80") << parse << utf8 << null;
    QTest::newRow("utf8 lead f5") << withMethod("\xf5\x80\x80\x80") << parse << utf8 << null;
    QTest::newRow("utf8 truncated inside") << withMethod("\xe2\x82z") << parse << utf8 << null;
    QTest::newRow("utf8 truncated at end") << QByteArray("{}\xe2\x82") << parse << utf8 << null;
    QTest::newRow("utf8 latin-1 text") << withMethod("caf\xe9") << parse << utf8 << null;

    QTest::newRow("200000 open brackets") << repeated("[", 200000) << invalid << deep << null;
    QTest::newRow("200000 balanced")
        << repeated("[", 200000) + repeated("]", 200000) << invalid << deep << null;
    QTest::newRow("200000 objects") << repeated("{\"a\":", 200000) << invalid << deep << null;
    QTest::newRow("depth 65") << requestWithDepth(65) << invalid << deep << null;

    QTest::newRow("array") << QByteArray("[]") << invalid << notObject << null;
    QTest::newRow("batch") << QByteArray("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\"}]")
                           << invalid << notObject << null;
    QTest::newRow("number") << QByteArray("42") << invalid << notObject << null;
    QTest::newRow("string") << QByteArray("\"hello\"") << invalid << notObject << null;
    QTest::newRow("null") << QByteArray("null") << invalid << notObject << null;
    QTest::newRow("true") << QByteArray(" true ") << invalid << notObject << null;

    QTest::newRow("empty object") << QByteArray("{}") << invalid << QStringLiteral("bad_version")
                                  << null;
    QTest::newRow("no jsonrpc") << QByteArray("{\"id\":3,\"method\":\"a\"}") << invalid
                                << QStringLiteral("bad_version") << QJsonValue(3);
    QTest::newRow("jsonrpc 1.0") << QByteArray(
        "{\"jsonrpc\":\"1.0\",\"id\":\"abc\",\"method\":\"a\"}")
                                 << invalid << QStringLiteral("bad_version")
                                 << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("jsonrpc as number") << QByteArray("{\"jsonrpc\":2.0,\"id\":4,\"method\":\"a\"}")
                                       << invalid << QStringLiteral("bad_version") << QJsonValue(4);
    QTest::newRow("method number") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":5}")
                                   << invalid << QStringLiteral("bad_method") << QJsonValue(7);
    QTest::newRow("method null") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":null}")
                                 << invalid << QStringLiteral("bad_method") << QJsonValue(7);
    QTest::newRow("method object") << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":{}}") << invalid
                                   << QStringLiteral("bad_method") << null;
    QTest::newRow("id object") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"a\"}")
                               << invalid << QStringLiteral("bad_id") << null;
    QTest::newRow("id bool") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"a\"}")
                             << invalid << QStringLiteral("bad_id") << null;
    QTest::newRow("id array") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"a\"}")
                              << invalid << QStringLiteral("bad_id") << null;
    QTest::newRow("params string")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"a\",\"params\":\"x\"}") << invalid
        << QStringLiteral("bad_params") << QJsonValue(5);
    QTest::newRow("params number")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"a\",\"params\":1}") << invalid
        << QStringLiteral("bad_params") << QJsonValue(QStringLiteral("q"));
    QTest::newRow("params null") << QByteArray(
        "{\"jsonrpc\":\"2.0\",\"method\":\"a\",\"params\":null}")
                                 << invalid << QStringLiteral("bad_params") << null;
    QTest::newRow("no method, no result") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1}") << invalid
                                          << QStringLiteral("bad_message") << QJsonValue(1);
    QTest::newRow("result and error") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":1,"
                                                    "\"error\":{\"code\":1,\"message\":\"m\"}}")
                                      << invalid << QStringLiteral("bad_message") << QJsonValue(2);
    QTest::newRow("response without id") << QByteArray("{\"jsonrpc\":\"2.0\",\"result\":{}}")
                                         << invalid << QStringLiteral("bad_id") << null;
    QTest::newRow("error is string") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"x\"}")
                                     << invalid << QStringLiteral("bad_error") << QJsonValue(1);
    QTest::newRow("error without code")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"message\":\"m\"}}") << invalid
        << QStringLiteral("bad_error") << QJsonValue(1);
    QTest::newRow("error code fraction")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1.5,\"message\":\"m\"}}")
        << invalid << QStringLiteral("bad_error") << QJsonValue(1);
    QTest::newRow("error without message")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1}}") << invalid
        << QStringLiteral("bad_error") << QJsonValue(1);
}

void TestJsonRpc::decodeErrors()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QJsonValue, errorId);

    const Decoded decoded = rpc::decode(frame);
    QVERIFY(!decoded.message);
    QVERIFY(decoded.error);
    QCOMPARE(decoded.error->code, code);
    QCOMPARE(reasonOf(*decoded.error), reason);
    QVERIFY(!decoded.error->message.isEmpty());
    QCOMPARE(decoded.errorId, errorId);

    // The error must itself be sendable: a well-formed error response.
    const Decoded reply
        = rpc::decode(encodeFrame(rpc::makeError(errorId, *decoded.error)).chopped(1));
    QVERIFY(reply.message);
    QCOMPARE(reply.message->kind, Kind::Response);
    QCOMPARE(reply.message->error->code, code);
}

void TestJsonRpc::decodeValid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonValue>("params");
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<int>("errorCode"); // 0: no error

    const int request = int(Kind::Request);
    const int notification = int(Kind::Notification);
    const int response = int(Kind::Response);
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue undefined(QJsonValue::Undefined);
    const QJsonObject ticket42 { { QStringLiteral("id"), 42 } };

    QTest::newRow("request") << QByteArray(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ticket.get\",\"params\":{\"id\":42}}")
                             << request << QJsonValue(7) << QStringLiteral("ticket.get")
                             << QJsonValue(ticket42) << undefined << 0;
    QTest::newRow("string id, array params")
        << QByteArray("{\"method\":\"m\",\"params\":[1,\"a\"],\"id\":\"x-1\",\"jsonrpc\":\"2.0\"}")
        << request << QJsonValue(QStringLiteral("x-1")) << QStringLiteral("m")
        << QJsonValue(QJsonArray { 1, QStringLiteral("a") }) << undefined << 0;
    QTest::newRow("no params") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"hello\"}")
                               << request << QJsonValue(1) << QStringLiteral("hello") << undefined
                               << undefined << 0;
    QTest::newRow("null id is a request")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"a\",\"params\":{}}") << request
        << null << QStringLiteral("a") << QJsonValue(QJsonObject()) << undefined << 0;
    QTest::newRow("fractional id")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"a\"}") << request
        << QJsonValue(1.5) << QStringLiteral("a") << undefined << undefined << 0;
    QTest::newRow("notification") << QByteArray(
        "{\"jsonrpc\":\"2.0\",\"method\":\"ticket.changed\",\"params\":{\"id\":42}}")
                                  << notification << null << QStringLiteral("ticket.changed")
                                  << QJsonValue(ticket42) << undefined << 0;
    QTest::newRow("unknown fields ignored")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"a\",\"extra\":[{}],\"x\":null}")
        << request << QJsonValue(2) << QStringLiteral("a") << undefined << undefined << 0;
    QTest::newRow("surrounding whitespace")
        << QByteArray(" \t{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"a\"} ") << request
        << QJsonValue(3) << QStringLiteral("a") << undefined << undefined << 0;
    QTest::newRow("utf-8 and escapes")
        << QByteArray(
               "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"\xd1\x8f\\u00e9\xf0\x9f\x98\x80\\\"[\"}")
        << request << QJsonValue(4) << QStringLiteral("\u044f\u00e9\U0001F600\"[") << undefined
        << undefined << 0;
    QTest::newRow("escaped control characters")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"a\\t\\n\\u0001\"}") << request
        << QJsonValue(4) << QStringLiteral("a\t\n\u0001") << undefined << undefined << 0;
    QTest::newRow("raw tab outside strings")
        << QByteArray("{\t\"jsonrpc\":\"2.0\",\r\"id\":4,\"method\":\"a\"}") << request
        << QJsonValue(4) << QStringLiteral("a") << undefined << undefined << 0;
    QTest::newRow("depth 64")
        << requestWithDepth(64) << request << QJsonValue(1) << QStringLiteral("m")
        << QJsonDocument::fromJson(requestWithDepth(64)).object().value(QLatin1String("params"))
        << undefined << 0;
    QTest::newRow("deep brackets inside a string")
        << "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"" + repeated("[", 200000) + "\"}" << request
        << QJsonValue(5) << QString::fromLatin1(repeated("[", 200000)) << undefined << undefined
        << 0;
    QTest::newRow("result object")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"id\":42}}") << response
        << QJsonValue(7) << QString() << undefined << QJsonValue(ticket42) << 0;
    QTest::newRow("result null") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":8,\"result\":null}")
                                 << response << QJsonValue(8) << QString() << undefined << null
                                 << 0;
    QTest::newRow("error with data")
        << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":9,\"error\":{\"code\":1004,"
                      "\"message\":\"ticket 42 not found\",\"data\":{\"x\":1}}}")
        << response << QJsonValue(9) << QString() << undefined << undefined << 1004;
    QTest::newRow("error for unknown id")
        << QByteArray(
               "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"p\"}}")
        << response << null << QString() << undefined << undefined << -32700;
}

void TestJsonRpc::decodeValid()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, kind);
    QFETCH(QJsonValue, id);
    QFETCH(QString, method);
    QFETCH(QJsonValue, params);
    QFETCH(QJsonValue, result);
    QFETCH(int, errorCode);

    const Decoded decoded = rpc::decode(frame);
    if (decoded.error)
        QFAIL(qPrintable(decoded.error->message));
    QVERIFY(decoded.message);
    const rpc::Message& message = *decoded.message;
    QCOMPARE(int(message.kind), kind);
    QCOMPARE(message.id, id);
    QCOMPARE(message.method, method);
    QCOMPARE(message.params, params);
    QCOMPARE(message.result, result);
    QCOMPARE(message.error.has_value(), errorCode != 0);
    if (message.error)
        QCOMPARE(message.error->code, errorCode);
}

void TestJsonRpc::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<int>("kind");

    const QJsonObject params { { QStringLiteral("subject"),
                                   QStringLiteral("Printer \"on fire\"\n") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("hw") } } };
    Error withData = Error::validation(QStringLiteral("subject"), QStringLiteral("empty"));
    Error plain { rpc::Conflict, QStringLiteral("version mismatch"), QJsonValue::Undefined };

    QTest::newRow("request") << rpc::makeRequest(11, QStringLiteral("ticket.create"), params)
                             << int(Kind::Request);
    QTest::newRow("request string id")
        << rpc::makeRequest(QStringLiteral("r1"), QStringLiteral("a"), {}) << int(Kind::Request);
    QTest::newRow("notification") << rpc::makeNotification(QStringLiteral("message.added"), params)
                                  << int(Kind::Notification);
    QTest::newRow("result") << rpc::makeResult(12, params) << int(Kind::Response);
    QTest::newRow("error with data") << rpc::makeError(13, withData) << int(Kind::Response);
    QTest::newRow("error without data")
        << rpc::makeError(QJsonValue::Null, plain) << int(Kind::Response);
}

void TestJsonRpc::roundTrip()
{
    QFETCH(QJsonObject, object);
    QFETCH(int, kind);

    const QByteArray frame = encodeFrame(object);
    QVERIFY(frame.endsWith('\n'));
    const Decoded decoded = rpc::decode(frame.chopped(1));
    QVERIFY(decoded.message);
    const rpc::Message& message = *decoded.message;
    QCOMPARE(int(message.kind), kind);
    QCOMPARE(message.id,
        object.contains(QLatin1String("id")) ? object.value(QLatin1String("id"))
                                             : QJsonValue(QJsonValue::Null));
    QCOMPARE(message.method, object.value(QLatin1String("method")).toString());
    QCOMPARE(message.params, object.value(QLatin1String("params")));
    QCOMPARE(message.result, object.value(QLatin1String("result")));
    if (object.contains(QLatin1String("error"))) {
        QVERIFY(message.error);
        QCOMPARE(message.error->toJson(), object.value(QLatin1String("error")).toObject());
    } else {
        QVERIFY(!message.error);
    }
}

void TestJsonRpc::makeResultNeverDropsResult()
{
    const QJsonObject object = rpc::makeResult(1, QJsonValue::Undefined);
    QVERIFY(object.contains(QLatin1String("result")));
    QVERIFY(object.value(QLatin1String("result")).isNull());
    QCOMPARE(object.value(QLatin1String("jsonrpc")).toString(), QStringLiteral("2.0"));
}

void TestJsonRpc::errorToJson_data()
{
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("undefined data omitted")
        << QJsonValue(QJsonValue::Undefined) << QByteArray("{\"code\":1004,\"message\":\"m\"}");
    QTest::newRow("null data kept") << QJsonValue(
        QJsonValue::Null) << QByteArray("{\"code\":1004,\"data\":null,\"message\":\"m\"}");
    QTest::newRow("object data") << QJsonValue(QJsonObject { { QStringLiteral("retryAfterMs"),
        500 } }) << QByteArray("{\"code\":1004,\"data\":{\"retryAfterMs\":500},\"message\":\"m\"}");
}

void TestJsonRpc::errorToJson()
{
    QFETCH(QJsonValue, data);
    QFETCH(QByteArray, expected);

    const Error error { rpc::NotFound, QStringLiteral("m"), data };
    QCOMPARE(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact), expected);
    const std::optional<Error> back = Error::fromJson(error.toJson());
    QVERIFY(back);
    QCOMPARE(back->code, error.code);
    QCOMPARE(back->message, error.message);
    QCOMPARE(back->data, error.data);
}

void TestJsonRpc::errorFromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("code string") << QByteArray("{\"code\":\"1004\",\"message\":\"m\"}");
    QTest::newRow("code fraction") << QByteArray("{\"code\":1004.5,\"message\":\"m\"}");
    QTest::newRow("code too big") << QByteArray("{\"code\":4294967296,\"message\":\"m\"}");
    QTest::newRow("message number") << QByteArray("{\"code\":1004,\"message\":1}");
    QTest::newRow("message missing") << QByteArray("{\"code\":1004}");
}

void TestJsonRpc::errorFromJsonRejects()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Error::fromJson(QJsonDocument::fromJson(json).object()));
}

void TestJsonRpc::errorShorthands()
{
    const QJsonObject fields { { QStringLiteral("fields"),
        QJsonObject { { QStringLiteral("limit"), QStringLiteral("must be at most 500") } } } };
    const Error params
        = Error::invalidParams(QStringLiteral("limit"), QStringLiteral("must be at most 500"));
    QCOMPARE(params.code, int(rpc::InvalidParams));
    QCOMPARE(params.data, QJsonValue(fields));
    QVERIFY(params.message.contains(QLatin1String("limit")));

    const Error validation
        = Error::validation(QStringLiteral("limit"), QStringLiteral("must be at most 500"));
    QCOMPARE(validation.code, int(rpc::ValidationFailed));
    QCOMPARE(validation.data, QJsonValue(fields));

    const Error notFound = Error::notFound(QStringLiteral("ticket 42"));
    QCOMPARE(notFound.code, int(rpc::NotFound));
    QCOMPARE(notFound.message, QStringLiteral("ticket 42 not found"));
    QVERIFY(!notFound.toJson().contains(QLatin1String("data")));

    const Error forbidden = Error::forbidden(QStringLiteral("changing the queue"));
    QCOMPARE(forbidden.code, int(rpc::Forbidden));
    QVERIFY(forbidden.message.contains(QLatin1String("changing the queue")));
    QVERIFY(!forbidden.toJson().contains(QLatin1String("data")));
}

void TestJsonRpc::errorCodeNames_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("-32700") << int(rpc::ParseError) << QStringLiteral("parse_error");
    QTest::newRow("-32600") << int(rpc::InvalidRequest) << QStringLiteral("invalid_request");
    QTest::newRow("-32601") << int(rpc::MethodNotFound) << QStringLiteral("method_not_found");
    QTest::newRow("-32602") << int(rpc::InvalidParams) << QStringLiteral("invalid_params");
    QTest::newRow("-32603") << int(rpc::InternalError) << QStringLiteral("internal_error");
    QTest::newRow("1001") << 1001 << QStringLiteral("unauthenticated");
    QTest::newRow("1003") << 1003 << QStringLiteral("forbidden");
    QTest::newRow("1004") << 1004 << QStringLiteral("not_found");
    QTest::newRow("1009") << 1009 << QStringLiteral("conflict");
    QTest::newRow("1013") << 1013 << QStringLiteral("rate_limited");
    QTest::newRow("1022") << 1022 << QStringLiteral("validation_failed");
    QTest::newRow("1026") << 1026 << QStringLiteral("unsupported_protocol");
    QTest::newRow("unknown") << 1234 << QString();
    QTest::newRow("zero") << 0 << QString();
}

void TestJsonRpc::errorCodeNames()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QCOMPARE(rpc::errorCodeName(code), name);
}

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
