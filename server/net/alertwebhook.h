// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace helpdesk::server {

class RateLimiter;
class Storage;
struct ServerConfig;

// The Prometheus Alertmanager webhook (serve --alert-webhook HOST:PORT; docs/admin.md,
// "Monitoring alerts"): a minimal HTTP/1.1 listener for `POST /alertmanager` with
// `Authorization: Bearer <API token with the scope alerts>` and a version 4 body, each alert
// filed as alert.fire. One request per connection; the body's size is checked from its
// Content-Length before any of it is read (QHttpServer of Qt 6.4 buffers a whole body
// without a limit, which is why this is not built on it).
class AlertWebhook : public QObject
{
    Q_OBJECT
public:
    AlertWebhook(const ServerConfig& config, Storage& storage, RateLimiter& limiter,
        std::function<void(const EventList&)> publish, QObject* parent = nullptr);

    bool listen(QString* error);
    QString address() const; // "HOST:PORT" actually bound
    void close();

private:
    struct Request
    {
        QByteArray buffer;
        bool headersDone = false;
        qint64 contentLength = 0;
        QString bearer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Reads the request line and headers; false when it answered an error already.
    bool parseHeaders(QTcpSocket* socket, Request& request, qsizetype end);
    void handle(QTcpSocket* socket, const Request& request);
    void reply(QTcpSocket* socket, int status, const QJsonObject& body,
        const QByteArray& extraHeaders = {});

    const ServerConfig& m_config;
    Storage& m_storage;
    RateLimiter& m_limiter;
    std::function<void(const EventList&)> m_publish;
    QTcpServer m_server;
    QHash<QTcpSocket*, Request> m_requests;
};

} // namespace helpdesk::server
