// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

namespace helpdesk::test {

constexpr int kTimeoutMs = 20'000;

// A blocking JSON-RPC client over a real QTcpSocket, for scripted conversations: send a
// request, wait for the response with that id. Pushed notifications are collected aside.
// No event loop is needed (waitForReadyRead loops).
class TestClient
{
public:
    explicit TestClient(quint16 port);

    // Connects, says hello and logs in; nullptr when any step fails.
    static std::unique_ptr<TestClient> loggedIn(quint16 port, const QString& login);

    bool isConnected() const;
    // Whether the server has closed the connection within the timeout.
    bool waitForDisconnected(int timeoutMs = kTimeoutMs);

    // Sends a request with a fresh numeric id and returns the id; does not wait.
    QJsonValue send(const QString& method, const QJsonValue& params = QJsonObject());
    void sendObject(const QJsonObject& message);
    void sendRaw(const QByteArray& bytes);
    // Writes `total` bytes made of `chunk` repeated, reading replies meanwhile; stops early
    // when the server closes. Returns the bytes written.
    qint64 stream(const QByteArray& chunk, qint64 total);

    // The response with this id (taken from the inbox); an empty object on timeout.
    QJsonObject waitForResponse(const QJsonValue& id, int timeoutMs = kTimeoutMs);
    bool hasResponse(const QJsonValue& id) const;
    // Every response collected so far (in no particular order), taken from the inbox.
    QList<QJsonObject> takeResponses();
    int pendingResponses() const;
    QJsonObject call(const QString& method, const QJsonValue& params = QJsonObject(),
        int timeoutMs = kTimeoutMs);

    QJsonObject hello();
    // auth.login; on success remembers the token and the user.
    QJsonObject login(const QString& login, const QString& password);
    QString token() const { return m_token; }
    QJsonObject user() const { return m_user; }
    qint64 userId() const;

    // The first collected notification of this method (and matching `match`), taken from
    // the inbox; an empty object on timeout.
    QJsonObject waitForNotification(const QString& method,
        const std::function<bool(const QJsonObject&)>& match = {}, int timeoutMs = kTimeoutMs);
    QList<QJsonObject> notifications() const { return m_notifications; }
    void clearNotifications() { m_notifications.clear(); }
    // A round trip (any answer): afterwards every push the server queued for us before it is
    // collected.
    bool sync();

    // Reads whatever arrives within timeoutMs; true when something did.
    bool pump(int timeoutMs);
    int unparsableFrames() const { return m_unparsable; }

private:
    bool readAvailable();
    static QString keyOf(const QJsonValue& id);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QHash<QString, QList<QJsonObject>> m_responses;
    QList<QJsonObject> m_notifications;
    qint64 m_nextId = 1;
    int m_unparsable = 0;
    QString m_token;
    QJsonObject m_user;
};

// 0 for a result, the error code for an error, -1 when there is no response at all.
int errorCode(const QJsonObject& response);
QJsonObject resultOf(const QJsonObject& response);
QJsonObject errorData(const QJsonObject& response);
// The response as compact JSON (shortened), for failure messages.
QByteArray describe(const QJsonObject& response);
// A single-row params object, e.g. params("id", 5).
QJsonObject params(const QString& key, const QJsonValue& value);
qint64 idOf(const QJsonValue& object);

} // namespace helpdesk::test

// Expectations on a response; usable in test functions (they return on failure). The
// response expression is evaluated once.
#define HD_EXPECT_OK(response)                                                                     \
    do {                                                                                           \
        const QJsonObject hdResponse_ = (response);                                                \
        QVERIFY2(helpdesk::test::errorCode(hdResponse_) == 0,                                      \
            helpdesk::test::describe(hdResponse_).constData());                                    \
    } while (false)
#define HD_EXPECT_ERROR(response, code)                                                            \
    do {                                                                                           \
        const QJsonObject hdResponse_ = (response);                                                \
        QVERIFY2(helpdesk::test::errorCode(hdResponse_) == (code),                                 \
            (QByteArray("expected error ") + QByteArray::number(code) + ", got "                   \
                + helpdesk::test::describe(hdResponse_))                                           \
                .constData());                                                                     \
    } while (false)
