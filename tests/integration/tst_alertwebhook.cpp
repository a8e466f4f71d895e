// SPDX-License-Identifier: GPL-3.0-or-later
// The Alertmanager webhook (serve --alert-webhook; docs/admin.md, "Monitoring alerts"): real
// HTTP/1.1 requests on a real socket. A version 4 body opens and resolves incidents as
// alert.fire does; a missing or bad token is 401, bad JSON 400, a body over the limit 413
// before it is read, hostile requests get their error and the server keeps serving.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr qint64 kMaxBody = 4096;

struct HttpReply
{
    int status = 0; // 0: no answer (the server closed or timed out)
    QByteArray headers;
    QJsonObject body;
};

// Sends raw bytes and reads the answer until the server closes.
HttpReply exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(kTimeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(kTimeoutMs))
        answer += socket.readAll();
    answer += socket.readAll();
    HttpReply reply;
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 ") || end < 0)
        return reply;
    reply.status = answer.mid(9, 3).toInt();
    reply.headers = answer.left(end);
    reply.body = QJsonDocument::fromJson(answer.mid(end + 4)).object();
    return reply;
}

QByteArray post(const QByteArray& body, const QByteArray& token,
    const QByteArray& path = "/alertmanager")
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: helpdesk\r\n"
                         "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    return request + "\r\n" + body;
}

// An Alertmanager version 4 body, as its webhook sends it.
QByteArray alertmanagerBody(const QString& status, const QString& fingerprint,
    const QString& alertname, const QString& instance, const QString& severity)
{
    const QJsonObject alert { { QStringLiteral("status"), status },
        { QStringLiteral("labels"),
            QJsonObject { { QStringLiteral("alertname"), alertname },
                { QStringLiteral("instance"), instance }, { QStringLiteral("job"), QStringLiteral("node") },
                { QStringLiteral("severity"), severity } } },
        { QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("summary"), alertname + QStringLiteral(" on ") + instance },
                { QStringLiteral("description"), QStringLiteral("Seen by Prometheus") } } },
        { QStringLiteral("startsAt"), QStringLiteral("2026-12-05T01:00:00.000Z") },
        { QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z") },
        { QStringLiteral("generatorURL"), QStringLiteral("http://prometheus:9090/graph") },
        { QStringLiteral("fingerprint"), fingerprint } };
    const QJsonObject root { { QStringLiteral("version"), QStringLiteral("4") },
        { QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"x\"}") },
        { QStringLiteral("truncatedAlerts"), 0 }, { QStringLiteral("status"), status },
        { QStringLiteral("receiver"), QStringLiteral("helpdesk") },
        { QStringLiteral("groupLabels"), QJsonObject() }, { QStringLiteral("commonLabels"), QJsonObject() },
        { QStringLiteral("commonAnnotations"), QJsonObject() },
        { QStringLiteral("externalURL"), QStringLiteral("http://alertmanager:9093") },
        { QStringLiteral("alerts"), QJsonArray { alert } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAlertWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firingAndResolved();
    void hostileRequests_data();
    void hostileRequests();
    void oversizedBodyIsRefusedUnread();
    void revokedTokenIsRefused();

private:
    TestServer m_server;
    quint16 m_webhookPort = 0;
    std::unique_ptr<TestClient> m_admin;
    QByteArray m_token;
};

void TestAlertWebhook::initTestCase()
{
    m_webhookPort = TestServer::freePort();
    TestServer::Options options;
    options.extraArguments << QStringLiteral("--alert-webhook")
                           << QStringLiteral("127.0.0.1:%1").arg(m_webhookPort)
                           << QStringLiteral("--alert-webhook-max-bytes") << QString::number(kMaxBody);
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_admin);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kGlobex },
            { QStringLiteral("services"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
                    { QStringLiteral("name"), QStringLiteral("db-7.globex.example") } } } } }));
    m_token = resultOf(m_admin->call(QStringLiteral("apiToken.create"),
                           QJsonObject { { QStringLiteral("name"), QStringLiteral("Alertmanager") },
                               { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } }))
                  .value(QLatin1String("token"))
                  .toString()
                  .toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestAlertWebhook::firingAndResolved()
{
    m_admin->clearNotifications();
    const HttpReply fired = exchange(m_webhookPort,
        post(alertmanagerBody(QStringLiteral("firing"), QStringLiteral("a1b2c3"),
                 QStringLiteral("MySQLDown"), QStringLiteral("db-7.globex.example:9104"),
                 QStringLiteral("critical")),
            m_token));
    QCOMPARE(fired.status, 200);
    const QJsonObject outcome = fired.body.value(QLatin1String("alerts")).toArray().first().toObject();
    QCOMPARE(outcome.value(QLatin1String("action")).toString(), QStringLiteral("opened"));
    const qint64 id = outcome.value(QLatin1String("ticketId")).toInteger();
    const QJsonObject ticket = resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    const QJsonObject t = ticket.value(QLatin1String("ticket")).toObject();
    QCOMPARE(t.value(QLatin1String("subject")).toString(), QStringLiteral("MySQLDown on db-7.globex.example:9104"));
    QCOMPARE(t.value(QLatin1String("customerId")).toInteger(), kGlobex); // instance without port
    QCOMPARE(t.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
    QVERIFY(ticket.value(QLatin1String("messages")).toArray().first().toObject()
                .value(QLatin1String("body")).toString().contains(QStringLiteral("Seen by Prometheus")));
    // The open client hears of it.
    QVERIFY(!m_admin->waitForNotification(QStringLiteral("ticket.changed")).isEmpty());
    // Alertmanager repeats the group: the same fingerprint is the same incident.
    const HttpReply repeat = exchange(m_webhookPort,
        post(alertmanagerBody(QStringLiteral("firing"), QStringLiteral("a1b2c3"), QStringLiteral("MySQLDown"),
                 QStringLiteral("db-7.globex.example:9104"), QStringLiteral("critical")),
            m_token));
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.body.value(QLatin1String("alerts")).toArray().first().toObject()
                 .value(QLatin1String("ticketId")).toInteger(), id);
    const HttpReply resolved = exchange(m_webhookPort,
        post(alertmanagerBody(QStringLiteral("resolved"), QStringLiteral("a1b2c3"), QStringLiteral("MySQLDown"),
                 QStringLiteral("db-7.globex.example:9104"), QStringLiteral("critical")),
            m_token));
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.body.value(QLatin1String("alerts")).toArray().first().toObject()
                 .value(QLatin1String("action")).toString(), QStringLiteral("resolved"));
    QCOMPARE(resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)))
                 .value(QLatin1String("ticket")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("resolved"));
}

void TestAlertWebhook::hostileRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray good = alertmanagerBody(QStringLiteral("firing"), QStringLiteral("ff"),
        QStringLiteral("X"), QStringLiteral("h:1"), QStringLiteral("warning"));
    const QByteArray token = "%token%";
    QTest::newRow("no token") << post(good, {}) << 401;
    QTest::newRow("basic auth") << QByteArray(post(good, {}).replace("Host:", "Authorization: Basic YTpi\r\nHost:")) << 401;
    QTest::newRow("wrong token") << post(good, "not-a-token") << 401;
    QTest::newRow("bad JSON") << post("{\"version\":\"4\",\"alerts\":[", token) << 400;
    QTest::newRow("not an object") << post("[1,2,3]", token) << 400;
    QTest::newRow("empty body") << post("", token) << 400;
    QTest::newRow("version 3") << post(R"({"version":"3","alerts":[]})", token) << 400;
    QTest::newRow("alerts not an array") << post(R"({"version":"4","alerts":{}})", token) << 400;
    QTest::newRow("alert status") << post(R"({"version":"4","alerts":[{"status":"burning"}]})", token) << 400;
    QTest::newRow("alert not an object") << post(R"({"version":"4","alerts":["x"]})", token) << 400;
    QTest::newRow("invalid UTF-8") << post("{\"version\":\"4\",\"alerts\":[\xff\xfe]}", token) << 400;
    QTest::newRow("no alerts") << post(R"({"version":"4","alerts":[]})", token) << 200;
    QTest::newRow("wrong path") << post(good, token, "/metrics") << 404;
    QTest::newRow("path traversal") << post(good, token, "/../alertmanager") << 404;
    QTest::newRow("GET") << QByteArray("GET /alertmanager HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer %token%\r\n\r\n") << 405;
    QTest::newRow("no length") << QByteArray("POST /alertmanager HTTP/1.1\r\nAuthorization: Bearer %token%\r\n\r\n{}") << 411;
    QTest::newRow("chunked") << QByteArray("POST /alertmanager HTTP/1.1\r\nAuthorization: Bearer %token%\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n") << 411;
    QTest::newRow("negative length") << QByteArray("POST /alertmanager HTTP/1.1\r\nAuthorization: Bearer %token%\r\nContent-Length: -5\r\n\r\n") << 411;
    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400;
    QTest::newRow("huge headers") << QByteArray("POST /alertmanager HTTP/1.1\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n") << 431;
}

void TestAlertWebhook::hostileRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    request.replace("%token%", m_token);
    const HttpReply reply = exchange(m_webhookPort, request);
    QCOMPARE(reply.status, status);
    if (status == 401)
        QVERIFY(reply.headers.contains("WWW-Authenticate: Bearer"));
    if (status != 200)
        QVERIFY(!reply.body.value(QLatin1String("error")).toString().isEmpty());
    // Still serving, both the webhook and the protocol.
    HD_EXPECT_OK(m_admin->call(QStringLiteral("apiToken.list")));
}

void TestAlertWebhook::oversizedBodyIsRefusedUnread()
{
    // The Content-Length alone decides: the server answers before the body arrives.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_webhookPort);
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    socket.write("POST /alertmanager HTTP/1.1\r\nAuthorization: Bearer " + m_token
        + "\r\nContent-Length: " + QByteArray::number(kMaxBody + 1) + "\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(kTimeoutMs));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 413 "));
    // A body that stops half-way is dropped after the timeout, without an answer or a ticket.
    const qint64 before = m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong();
    QTcpSocket half;
    half.connectToHost(QStringLiteral("127.0.0.1"), m_webhookPort);
    QVERIFY(half.waitForConnected(kTimeoutMs));
    half.write(post(alertmanagerBody(QStringLiteral("firing"), QStringLiteral("half"), QStringLiteral("Half"),
                        QStringLiteral("h"), QString()), m_token)
            .chopped(10));
    QVERIFY(half.waitForDisconnected(kTimeoutMs));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong(), before);
}

void TestAlertWebhook::revokedTokenIsRefused()
{
    const QJsonObject created = resultOf(m_admin->call(QStringLiteral("apiToken.create"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Old Alertmanager") },
            { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } }));
    const QByteArray token = created.value(QLatin1String("token")).toString().toLatin1();
    const QByteArray body = alertmanagerBody(QStringLiteral("firing"), QStringLiteral("rev"),
        QStringLiteral("Revoked"), QStringLiteral("h"), QStringLiteral("info"));
    QCOMPARE(exchange(m_webhookPort, post(body, token)).status, 200);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("apiToken.revoke"),
        params(QStringLiteral("id"), idOf(created.value(QLatin1String("apiToken"))))));
    QCOMPARE(exchange(m_webhookPort, post(body, token)).status, 401);
    const QJsonArray failures = resultOf(m_admin->call(QStringLiteral("audit.list"),
        params(QStringLiteral("action"), QStringLiteral("auth.tokenFailed"))))
                                    .value(QLatin1String("items"))
                                    .toArray();
    QVERIFY(!failures.isEmpty());
    QCOMPARE(failures.first().toObject().value(QLatin1String("details")).toObject()
                 .value(QLatin1String("via")).toString(), QStringLiteral("webhook"));
}

QTEST_GUILESS_MAIN(TestAlertWebhook)
#include "tst_alertwebhook.moc"
