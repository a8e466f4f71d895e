// SPDX-License-Identifier: GPL-3.0-or-later
// The session part of docs/protocol.md: hello, auth.login / auth.resume / auth.logout, rate
// limiting of wrong passwords, and requests without an id.
#include "testclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QDateTime>
#include <QTest>

using namespace helpdesk::test;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hello_data();
    void hello();
    void loginResumeLogout();
    void logoutRevokesOnlyItsToken();
    void expiredTokenIsRefused();
    void rateLimited_data();
    void rateLimited();
    void notificationGetsNoReply();

private:
    TestServer m_server;
    qint64 m_ticket = 0; // an Acme ticket
};

void TestSession::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject created = agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Session fixture") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("customerId"), kAcme },
            { QStringLiteral("queueId"), 1 } }); // technical: amy, a technical contact, sees it
    HD_EXPECT_OK(created);
    m_ticket = idOf(resultOf(created));
}

void TestSession::hello_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("dataKey"); // must be present in error.data (or "fields" key)
    QTest::newRow("full") << QByteArray(R"({"protocol":1,"client":"tests/1","locale":"ru_RU"})")
                          << 0 << QString();
    QTest::newRow("protocol only") << QByteArray(R"({"protocol":1})") << 0 << QString();
    QTest::newRow("protocol 2") << QByteArray(R"({"protocol":2})") << 1026
                                << QStringLiteral("supported");
    QTest::newRow("protocol 0") << QByteArray(R"({"protocol":0})") << 1026
                                << QStringLiteral("supported");
    QTest::newRow("no protocol") << QByteArray(R"({"client":"x"})") << -32602
                                 << QStringLiteral("protocol");
    QTest::newRow("protocol as text")
        << QByteArray(R"({"protocol":"1"})") << -32602 << QStringLiteral("protocol");
    QTest::newRow("bad locale") << QByteArray(R"({"protocol":1,"locale":"../../etc"})") << 1022
                                << QStringLiteral("locale");
    QTest::newRow("long client") << R"({"protocol":1,"client":")" + QByteArray(201, 'c') + "\"}"
                                 << 1022 << QStringLiteral("client");
}

void TestSession::hello()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, dataKey);
    TestClient client(m_server.port());
    const QJsonObject response
        = client.call(QStringLiteral("hello"), QJsonDocument::fromJson(params).object());
    HD_EXPECT_ERROR(response, code);
    if (code == 0) {
        const QJsonObject result = resultOf(response);
        QCOMPARE(result.value(QLatin1String("protocol")).toInt(), 1);
        QVERIFY(result.value(QLatin1String("server"))
                    .toString()
                    .startsWith(QLatin1String("helpdesk-server/")));
        QVERIFY(result.value(QLatin1String("features")).isArray());
        // hello may be repeated.
        HD_EXPECT_OK(client.hello());
        return;
    }
    const QJsonObject data = errorData(response);
    QVERIFY2(
        data.contains(dataKey) || data.value(QLatin1String("fields")).toObject().contains(dataKey),
        describe(response).constData());
    if (code == 1026)
        QCOMPARE(data.value(QLatin1String("supported")).toArray(), QJsonArray { 1 });
    // A failed hello leaves the connection new: other methods still need hello.
    HD_EXPECT_ERROR(client.call(QStringLiteral("auth.login"),
                        QJsonObject { { QStringLiteral("login"), QStringLiteral("agent") },
                            { QStringLiteral("password"), kPassword } }),
        1001);
    HD_EXPECT_OK(client.hello());
}

void TestSession::loginResumeLogout()
{
    TestClient first(m_server.port());
    HD_EXPECT_OK(first.hello());
    const QJsonObject login = first.login(QStringLiteral("amy"), kPassword);
    HD_EXPECT_OK(login);
    const QJsonObject user = resultOf(login).value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("login")).toString(), QStringLiteral("amy"));
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("customer"));
    QCOMPARE(user.value(QLatin1String("customerId")).toInteger(), kAcme);
    QCOMPARE(user.value(QLatin1String("contactRole")).toString(), QStringLiteral("technical"));
    QVERIFY(user.value(QLatin1String("locale")).isString());
    QVERIFY(user.value(QLatin1String("id")).toInteger() > 0);
    QVERIFY(!first.token().isEmpty());

    TestClient second(m_server.port());
    HD_EXPECT_OK(second.hello());
    const QJsonObject resumed = second.call(
        QStringLiteral("auth.resume"), params(QStringLiteral("token"), first.token()));
    HD_EXPECT_OK(resumed);
    QCOMPARE(resultOf(resumed).value(QLatin1String("user")).toObject(), user);
    HD_EXPECT_OK(second.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)));

    const QJsonObject logout = first.call(QStringLiteral("auth.logout"));
    HD_EXPECT_OK(logout);
    QCOMPARE(resultOf(logout), QJsonObject());
    HD_EXPECT_ERROR(first.call(QStringLiteral("ticket.list")), 1001);

    TestClient third(m_server.port());
    HD_EXPECT_OK(third.hello());
    HD_EXPECT_ERROR(
        third.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), first.token())),
        1001);

    auto lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    QVERIFY(lead);
    QCOMPARE(lead->user().value(QLatin1String("role")).toString(), QStringLiteral("lead"));
    QVERIFY(lead->user().value(QLatin1String("customerId")).isNull());
    QVERIFY(lead->user().value(QLatin1String("contactRole")).isNull());
}

// Two logins of one user are two tokens; logging out one leaves the other working.
// A token past its expiry (--token-ttl-days) no longer resumes a session; another token of the
// same user still does.
void TestSession::expiredTokenIsRefused()
{
    TestClient first(m_server.port());
    HD_EXPECT_OK(first.hello());
    HD_EXPECT_OK(first.login(QStringLiteral("agent"), kPassword));
    TestClient second(m_server.port());
    HD_EXPECT_OK(second.hello());
    HD_EXPECT_OK(second.login(QStringLiteral("agent"), kPassword));
    // Made to expire a second ago, straight in the database.
    QVERIFY(m_server.queryScalar(QStringLiteral("UPDATE auth_tokens SET expires_at = ? WHERE id = "
                                                "(SELECT MAX(id) - 1 FROM auth_tokens)"),
                        { QDateTime::currentMSecsSinceEpoch() - 1000 })
            .isValid()
        || m_server.errorString().isEmpty());
    TestClient again(m_server.port());
    HD_EXPECT_OK(again.hello());
    HD_EXPECT_ERROR(
        again.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), first.token())), 1001);
    HD_EXPECT_OK(
        again.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), second.token())));
}

void TestSession::logoutRevokesOnlyItsToken()
{
    auto phone = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    auto laptop = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(phone && laptop);
    QVERIFY(phone->token() != laptop->token());
    HD_EXPECT_OK(phone->call(QStringLiteral("auth.logout")));
    HD_EXPECT_OK(
        laptop->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)));
    TestClient resumer(m_server.port());
    HD_EXPECT_OK(resumer.hello());
    HD_EXPECT_ERROR(resumer.call(QStringLiteral("auth.resume"),
                        params(QStringLiteral("token"), phone->token())),
        1001);
    HD_EXPECT_OK(resumer.call(
        QStringLiteral("auth.resume"), params(QStringLiteral("token"), laptop->token())));
}

void TestSession::rateLimited_data()
{
    QTest::addColumn<bool>("sameLogin");
    QTest::newRow("one login, wrong passwords") << true;
    QTest::newRow("30 logins from one address") << false;
}

// On a server of its own: the lockout would slow down every other test's logins.
void TestSession::rateLimited()
{
    QFETCH(bool, sameLogin);
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    TestClient client(server.port());
    HD_EXPECT_OK(client.hello());

    QJsonObject limited;
    int failures = 0;
    for (int i = 0; i < 30 && limited.isEmpty(); ++i) {
        const QString login = sameLogin ? QStringLiteral("lead") : QStringLiteral("guess%1").arg(i);
        const QJsonObject response = client.login(login, QStringLiteral("wrong-password"));
        if (errorCode(response) == 1013)
            limited = response;
        else
            HD_EXPECT_ERROR(response, 1001);
        ++failures;
    }
    if (limited.isEmpty())
        limited = client.login(QStringLiteral("lead"), QStringLiteral("wrong-password"));
    HD_EXPECT_ERROR(limited, 1013);
    QVERIFY(errorData(limited).value(QLatin1String("retryAfterMs")).toDouble() > 0);
    // While locked out even the right password is refused, so guessing gains nothing.
    HD_EXPECT_ERROR(client.login(QStringLiteral("lead"), kPassword), 1013);
    QVERIFY(client.isConnected());
    if (sameLogin)
        QVERIFY2(failures <= 10, "the per-login limit let too many guesses through");
}

// A request without an id is a notification: it is carried out, never answered.
void TestSession::notificationGetsNoReply()
{
    TestClient client(m_server.port());
    client.sendRaw(R"({"jsonrpc":"2.0","method":"hello","params":{"protocol":1}})"
                   "\n");
    HD_EXPECT_OK(client.call(QStringLiteral("auth.login"),
        QJsonObject { { QStringLiteral("login"), QStringLiteral("bob") },
            { QStringLiteral("password"), kPassword } }));
    QCOMPARE(client.pendingResponses(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
