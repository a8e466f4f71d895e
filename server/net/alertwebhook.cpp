// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertwebhook.h"

#include "alerts/alertmanager.h"
#include "alerts/alertservice.h"
#include "auth/apitokenservice.h"
#include "rpc/ratelimiter.h"
#include "rpc/rpcexception.h"
#include "service/serverconfig.h"
#include "storage/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace helpdesk::server {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr int kRequestTimeoutMs = 10'000;
constexpr int kMaxConnections = 64;
const QByteArray kPath = QByteArrayLiteral("/alertmanager");

QByteArray reason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Internal Server Error");
    }
}

QJsonObject errorBody(const QString& message)
{
    return QJsonObject { { QStringLiteral("error"), message } };
}

// What the write job found: the token's principal, and each alert's outcome.
struct Filed
{
    bool tokenOk = false;
    bool scopeOk = false;
    QJsonArray outcomes;
};

} // namespace

AlertWebhook::AlertWebhook(const ServerConfig& config, Storage& storage, RateLimiter& limiter,
    std::function<void(const EventList&)> publish, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_storage(storage)
    , m_limiter(limiter)
    , m_publish(std::move(publish))
{
    connect(&m_server, &QTcpServer::newConnection, this, &AlertWebhook::onNewConnection);
}

bool AlertWebhook::listen(QString* error)
{
    QHostAddress host;
    if (!host.setAddress(m_config.alertWebhookHost))
        host = m_config.alertWebhookHost == QLatin1String("localhost") ? QHostAddress::LocalHost
                                                                       : QHostAddress::Any;
    if (m_server.listen(host, m_config.alertWebhookPort))
        return true;
    *error = m_server.errorString();
    return false;
}

QString AlertWebhook::address() const
{
    return QStringLiteral("%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
}

void AlertWebhook::close()
{
    m_server.close();
    for (QTcpSocket* socket : m_requests.keys())
        socket->abort();
}

void AlertWebhook::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_requests.remove(socket);
            socket->deleteLater();
        });
        if (m_requests.size() >= kMaxConnections) {
            m_requests.insert(socket, Request { {}, true, 0, {} });
            reply(socket, 503, errorBody(QStringLiteral("too many connections")));
            continue;
        }
        m_requests.insert(socket, Request());
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void AlertWebhook::onReadyRead(QTcpSocket* socket)
{
    auto it = m_requests.find(socket);
    if (it == m_requests.end())
        return;
    Request& request = *it;
    if (request.headersDone && request.buffer.size() >= request.contentLength)
        return; // answered or being answered: the rest is ignored
    const qsizetype room = request.headersDone
        ? request.contentLength - request.buffer.size()
        : kMaxHeaderBytes + 1 - request.buffer.size();
    request.buffer += socket->read(room);
    if (!request.headersDone) {
        const qsizetype end = request.buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (request.buffer.size() > kMaxHeaderBytes)
                reply(socket, 431, errorBody(QStringLiteral("headers too large")));
            return;
        }
        if (!parseHeaders(socket, request, end))
            return;
        if (socket->bytesAvailable() > 0)
            request.buffer += socket->read(request.contentLength - request.buffer.size());
    }
    if (request.buffer.size() >= request.contentLength)
        handle(socket, request);
}

bool AlertWebhook::parseHeaders(QTcpSocket* socket, Request& request, qsizetype end)
{
    const QList<QByteArray> lines = request.buffer.left(end).split('\n');
    request.buffer = request.buffer.mid(end + 4);
    request.headersDone = true;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        reply(socket, 400, errorBody(QStringLiteral("not an HTTP/1.1 request")));
        return false;
    }
    if (requestLine[1].split('?').value(0) != kPath) {
        reply(socket, 404, errorBody(QStringLiteral("the webhook is POST /alertmanager")));
        return false;
    }
    if (requestLine[0] != "POST") {
        reply(socket, 405, errorBody(QStringLiteral("only POST")), "Allow: POST\r\n");
        return false;
    }
    bool hasLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            request.contentLength = value.toLongLong(&ok);
            hasLength = ok && request.contentLength >= 0 && !value.startsWith('+');
        } else if (name == "transfer-encoding") {
            hasLength = false;
            break;
        } else if (name == "authorization" && value.left(7).toLower() == "bearer ") {
            request.bearer = QString::fromLatin1(value.mid(7).trimmed());
        }
    }
    if (request.bearer.isEmpty() || request.bearer.size() > 256) {
        reply(socket, 401, errorBody(QStringLiteral("an API token is required")),
            "WWW-Authenticate: Bearer\r\n");
        return false;
    }
    if (!hasLength) {
        reply(socket, 411, errorBody(QStringLiteral("a Content-Length is required")));
        return false;
    }
    if (request.contentLength > m_config.alertWebhookMaxBytes) {
        reply(socket, 413,
            errorBody(QStringLiteral("the body may have at most %1 bytes")
                          .arg(m_config.alertWebhookMaxBytes)));
        return false;
    }
    return true;
}

void AlertWebhook::handle(QTcpSocket* socket, const Request& request)
{
    QString error;
    const QVector<QJsonObject> mapped
        = alerts::alertsFromAlertmanager(request.buffer.left(request.contentLength), &error);
    if (!error.isEmpty()) {
        reply(socket, 400, errorBody(error));
        return;
    }
    QVector<alerts::Alert> batch;
    try {
        for (const QJsonObject& params : mapped)
            batch << alerts::alertFromParams(params);
    } catch (const RpcException& e) {
        reply(socket, 400, errorBody(e.error().message));
        return;
    }
    const QString address = socket->peerAddress().toString();
    const QString limiterKey = auth::tokenLimiterKey(address);
    if (const qint64 wait = m_limiter.retryAfterMs(limiterKey, address, nowMs()); wait > 0) {
        reply(socket, 429, errorBody(QStringLiteral("too many failed sign-ins")),
            "Retry-After: " + QByteArray::number((wait + 999) / 1000) + "\r\n");
        return;
    }
    const alerts::AlertConfig config { m_config.alertQueue, m_config.alertNoteIntervalMs };
    auto filed = std::make_shared<Filed>();
    const QString secret = request.bearer;
    QPointer<QTcpSocket> guard(socket);
    m_storage.write(
        [secret, address, batch, config, filed](Db& db, EventList& events) {
            *filed = Filed(); // a job may run again (storage/writerthread.h)
            const auto principal = auth::principalOfToken(db, secret, address, QStringLiteral("webhook"));
            filed->tokenOk = principal.has_value();
            filed->scopeOk = principal && principal->scopes.contains(QStringLiteral("alerts"));
            if (!filed->scopeOk)
                return QJsonValue();
            for (const alerts::Alert& alert : batch)
                filed->outcomes << alerts::fireAlert(db, config, alert, principal->userId, events).toJson();
            return QJsonValue();
        },
        [this, guard, filed, limiterKey, address](const Outcome& outcome) {
            if (outcome.error) {
                if (guard)
                    reply(guard, 503, errorBody(outcome.error->message));
                return;
            }
            m_publish(outcome.events);
            if (!filed->tokenOk)
                m_limiter.recordFailure(limiterKey, address, nowMs());
            if (!guard)
                return;
            if (!filed->tokenOk)
                reply(guard, 401, errorBody(QStringLiteral("API token is invalid or revoked")),
                    "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n");
            else if (!filed->scopeOk)
                reply(guard, 403, errorBody(QStringLiteral("the token lacks the scope alerts")));
            else
                reply(guard, 200, QJsonObject { { QStringLiteral("alerts"), filed->outcomes } });
        });
}

void AlertWebhook::reply(
    QTcpSocket* socket, int status, const QJsonObject& body, const QByteArray& extraHeaders)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace helpdesk::server
