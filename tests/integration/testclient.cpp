// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include "testserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>

namespace helpdesk::test {

namespace {
constexpr qint64 kStreamBacklog = 4 * 1024 * 1024;
} // namespace

TestClient::TestClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(kTimeoutMs);
}

std::unique_ptr<TestClient> TestClient::loggedIn(quint16 port, const QString& login)
{
    auto client = std::make_unique<TestClient>(port);
    if (!client->isConnected() || errorCode(client->hello()) != 0)
        return nullptr;
    if (errorCode(client->login(login, kPassword)) != 0)
        return nullptr;
    return client;
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (timer.hasExpired(timeoutMs))
            return false;
        // waitForReadyRead also notices the close; received data is kept for later reads.
        m_socket.waitForReadyRead(50);
        readAvailable();
    }
    readAvailable();
    return true;
}

QJsonValue TestClient::send(const QString& method, const QJsonValue& params)
{
    const QJsonValue id(double(m_nextId++));
    sendObject(QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } });
    return id;
}

void TestClient::sendObject(const QJsonObject& message)
{
    sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void TestClient::sendRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

qint64 TestClient::stream(const QByteArray& chunk, qint64 total)
{
    qint64 sent = 0;
    QElapsedTimer timer;
    timer.start();
    while (sent < total && isConnected() && !timer.hasExpired(4 * kTimeoutMs)) {
        if (m_socket.bytesToWrite() < kStreamBacklog) {
            const QByteArray piece = chunk.left(int(qMin<qint64>(chunk.size(), total - sent)));
            m_socket.write(piece);
            sent += piece.size();
        }
        m_socket.waitForBytesWritten(20);
        readAvailable();
    }
    return sent;
}

QString TestClient::keyOf(const QJsonValue& id)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { id }).toJson(QJsonDocument::Compact));
}

bool TestClient::readAvailable()
{
    const QByteArray data = m_socket.readAll();
    if (data.isEmpty())
        return false;
    m_buffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++m_unparsable;
            continue;
        }
        const QJsonObject object = document.object();
        if (object.contains(QLatin1String("method")) && !object.contains(QLatin1String("id")))
            m_notifications << object;
        else
            m_responses[keyOf(object.value(QLatin1String("id")))] << object;
    }
    m_buffer.remove(0, start);
    return true;
}

bool TestClient::pump(int timeoutMs)
{
    if (readAvailable())
        return true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return false;
    m_socket.waitForReadyRead(timeoutMs);
    return readAvailable();
}

bool TestClient::hasResponse(const QJsonValue& id) const
{
    return !m_responses.value(keyOf(id)).isEmpty();
}

QList<QJsonObject> TestClient::takeResponses()
{
    QList<QJsonObject> all;
    for (const QList<QJsonObject>& list : qAsConst(m_responses))
        all << list;
    m_responses.clear();
    return all;
}

int TestClient::pendingResponses() const
{
    int count = 0;
    for (const QList<QJsonObject>& list : m_responses)
        count += int(list.size());
    return count;
}

QJsonObject TestClient::waitForResponse(const QJsonValue& id, int timeoutMs)
{
    const QString key = keyOf(id);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto it = m_responses.find(key);
        if (it != m_responses.end() && !it->isEmpty()) {
            const QJsonObject response = it->takeFirst();
            if (it->isEmpty())
                m_responses.erase(it);
            return response;
        }
        if (timer.hasExpired(timeoutMs))
            return {};
        if (!pump(50) && m_socket.state() == QAbstractSocket::UnconnectedState && !readAvailable())
            return {};
    }
}

QJsonObject TestClient::call(const QString& method, const QJsonValue& params, int timeoutMs)
{
    return waitForResponse(send(method, params), timeoutMs);
}

QJsonObject TestClient::hello()
{
    return call(QStringLiteral("hello"),
        QJsonObject { { QStringLiteral("protocol"), 1 },
            { QStringLiteral("client"), QStringLiteral("helpdesk-tests/1") },
            { QStringLiteral("locale"), QStringLiteral("en_GB") } });
}

QJsonObject TestClient::login(const QString& login, const QString& password)
{
    const QJsonObject response = call(QStringLiteral("auth.login"),
        QJsonObject {
            { QStringLiteral("login"), login }, { QStringLiteral("password"), password } });
    if (errorCode(response) == 0) {
        m_token = resultOf(response).value(QLatin1String("token")).toString();
        m_user = resultOf(response).value(QLatin1String("user")).toObject();
    }
    return response;
}

qint64 TestClient::userId() const
{
    return idOf(m_user);
}

QJsonObject TestClient::waitForNotification(
    const QString& method, const std::function<bool(const QJsonObject&)>& match, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        for (qsizetype i = 0; i < m_notifications.size(); ++i) {
            const QJsonObject& n = m_notifications.at(i);
            if (n.value(QLatin1String("method")).toString() != method)
                continue;
            const QJsonObject params = n.value(QLatin1String("params")).toObject();
            if (!match || match(params)) {
                m_notifications.removeAt(i);
                return params;
            }
        }
        if (timer.hasExpired(timeoutMs))
            return {};
        if (!pump(50) && m_socket.state() == QAbstractSocket::UnconnectedState)
            return {};
    }
}

bool TestClient::sync()
{
    // Any answer will do (a session not logged in gets an error): it is the round trip that counts.
    return !call(QStringLiteral("ticket.list"), QJsonObject { { QStringLiteral("limit"), 1 } })
                .isEmpty();
}

int errorCode(const QJsonObject& response)
{
    if (response.contains(QLatin1String("result")))
        return 0;
    if (response.contains(QLatin1String("error")))
        return response.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toInt();
    return -1;
}

QJsonObject resultOf(const QJsonObject& response)
{
    return response.value(QLatin1String("result")).toObject();
}

QJsonObject errorData(const QJsonObject& response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("data"))
        .toObject();
}

QByteArray describe(const QJsonObject& response)
{
    if (response.isEmpty())
        return "no response";
    QByteArray text = QJsonDocument(response).toJson(QJsonDocument::Compact);
    if (text.size() > 600)
        text = text.left(600) + "...";
    return text;
}

QJsonObject params(const QString& key, const QJsonValue& value)
{
    return QJsonObject { { key, value } };
}

qint64 idOf(const QJsonValue& object)
{
    return object.toObject().value(QLatin1String("id")).toInteger();
}

} // namespace helpdesk::test
