// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts (docs/protocol.md: user.update, user.setPassword, audit.list, session.ended): a
// disabled user's live sessions end at once (on every server of the database) and it cannot
// log in or resume; passwords change with the old one or by an admin; everything is in the
// audit log with the client's address.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

namespace {

QString reasonOf(const QJsonObject& response)
{
    return response.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("reason"))
        .toString();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void disablingEndsLiveSessions();
    void ownerManagesOwnContacts();
    void noOneDisablesThemselves();
    void changeOwnPassword();
    void adminResetsPassword();
    void auditLogRecordsWhoWhatWhere();
    void disablingReachesOtherServers();

private:
    qint64 idOf(const QString& login);
    QJsonObject update(TestClient& client, const QJsonObject& params);
    QJsonArray audit(const QJsonObject& params);

    TestServer m_server;
    std::unique_ptr<TestClient> m_admin;
    QHash<QString, qint64> m_ids;
};

void TestAccounts::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_admin);
    const QJsonArray users = resultOf(m_admin->call(QStringLiteral("user.list")))
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue& user : users)
        m_ids.insert(user.toObject().value(QLatin1String("login")).toString(),
            user.toObject().value(QLatin1String("id")).toInteger());
}

qint64 TestAccounts::idOf(const QString& login)
{
    return m_ids.value(login);
}

QJsonObject TestAccounts::update(TestClient& client, const QJsonObject& params)
{
    return client.call(QStringLiteral("user.update"), params);
}

QJsonArray TestAccounts::audit(const QJsonObject& params)
{
    return resultOf(m_admin->call(QStringLiteral("audit.list"), params))
        .value(QLatin1String("items"))
        .toArray();
}

// agent2 is disabled while logged in twice: both sessions get session.ended, are logged out
// (1001 on the next call, no more pushes), the token no longer resumes, the password no longer
// logs in. Enabled again, it logs in.
void TestAccounts::disablingEndsLiveSessions()
{
    auto first = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    auto second = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    auto bystander = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(first && second && bystander);

    const QJsonObject disabled = update(*m_admin,
        { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
            { QStringLiteral("enabled"), false } });
    HD_EXPECT_OK(disabled);
    QCOMPARE(resultOf(disabled).value(QLatin1String("enabled")).toBool(), false);
    for (TestClient* client : { first.get(), second.get() }) {
        const QJsonObject ended = client->waitForNotification(QStringLiteral("session.ended"));
        QCOMPARE(ended.value(QLatin1String("reason")).toString(), QStringLiteral("disabled"));
        HD_EXPECT_ERROR(client->call(QStringLiteral("ticket.list")), 1001);
        QVERIFY(client->isConnected());
    }
    QVERIFY(bystander->sync());
    // Only agent2 heard of it (staff may hear that agent2 went offline: presence.changed).
    for (const QJsonObject& n : bystander->notifications())
        QVERIFY(n.value(QLatin1String("method")) != QLatin1String("session.ended"));

    // No pushes any more: a new ticket reaches the bystander, not them.
    first->clearNotifications();
    HD_EXPECT_OK(m_admin->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("After the disable") },
            { QStringLiteral("body"), QStringLiteral("x") } }));
    QVERIFY(!bystander->waitForNotification(QStringLiteral("ticket.changed")).isEmpty());
    first->pump(300);
    QVERIFY(first->notifications().isEmpty());

    TestClient resumer(m_server.port());
    HD_EXPECT_OK(resumer.hello());
    const QJsonObject resumed = resumer.call(
        QStringLiteral("auth.resume"), QJsonObject { { QStringLiteral("token"), second->token() } });
    HD_EXPECT_ERROR(resumed, 1001);
    QCOMPARE(reasonOf(resumed), QStringLiteral("bad_token"));
    const QJsonObject login = resumer.login(QStringLiteral("agent2"), kPassword);
    HD_EXPECT_ERROR(login, 1001);
    QCOMPARE(reasonOf(login), QStringLiteral("disabled"));
    const QJsonObject wrong = resumer.login(QStringLiteral("agent2"), QStringLiteral("not it"));
    QCOMPARE(reasonOf(wrong), QStringLiteral("bad_credentials"));

    HD_EXPECT_OK(update(*m_admin,
        { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
            { QStringLiteral("enabled"), true } }));
    QVERIFY(TestClient::loggedIn(m_server.port(), QStringLiteral("agent2")));
}

// Alice (Acme's owner) edits and disables Amy (Acme's technical contact); she cannot make Amy
// the owner, nor touch Globex's Bob or herself.
void TestAccounts::ownerManagesOwnContacts()
{
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    auto amy = TestClient::loggedIn(m_server.port(), QStringLiteral("amy"));
    QVERIFY(alice && amy);
    const qint64 amyId = idOf(QStringLiteral("amy"));
    const QJsonObject edited = update(*alice,
        { { QStringLiteral("id"), amyId }, { QStringLiteral("email"), QStringLiteral(" amy@acme.example ") },
            { QStringLiteral("phone"), QStringLiteral("+385 1 555 0123") },
            { QStringLiteral("contactRole"), QStringLiteral("billing") } });
    HD_EXPECT_OK(edited);
    QCOMPARE(resultOf(edited).value(QLatin1String("email")).toString(),
        QStringLiteral("amy@acme.example"));
    QCOMPARE(resultOf(edited).value(QLatin1String("contactRole")).toString(),
        QStringLiteral("billing"));
    HD_EXPECT_ERROR(update(*alice,
                        { { QStringLiteral("id"), amyId },
                            { QStringLiteral("contactRole"), QStringLiteral("owner") } }),
        1003);
    HD_EXPECT_ERROR(update(*alice,
                        { { QStringLiteral("id"), amyId },
                            { QStringLiteral("email"), QStringLiteral("not an address") } }),
        1022);
    HD_EXPECT_ERROR(update(*alice,
                        { { QStringLiteral("id"), idOf(QStringLiteral("bob")) },
                            { QStringLiteral("name"), QStringLiteral("Bob") } }),
        1004);
    HD_EXPECT_ERROR(update(*alice,
                        { { QStringLiteral("id"), idOf(QStringLiteral("alice")) },
                            { QStringLiteral("name"), QStringLiteral("Al") } }),
        1003);
    HD_EXPECT_ERROR(update(*amy,
                        { { QStringLiteral("id"), amyId },
                            { QStringLiteral("name"), QStringLiteral("Amy A.") } }),
        1003);

    HD_EXPECT_OK(update(*alice, { { QStringLiteral("id"), amyId },
                                    { QStringLiteral("enabled"), false } }));
    QCOMPARE(amy->waitForNotification(QStringLiteral("session.ended"))
                 .value(QLatin1String("reason"))
                 .toString(),
        QStringLiteral("disabled"));
    HD_EXPECT_OK(update(*alice, { { QStringLiteral("id"), amyId },
                                    { QStringLiteral("enabled"), true },
                                    { QStringLiteral("contactRole"), QStringLiteral("technical") } }));
}

void TestAccounts::noOneDisablesThemselves()
{
    HD_EXPECT_ERROR(update(*m_admin,
                        { { QStringLiteral("id"), idOf(QStringLiteral("admin")) },
                            { QStringLiteral("enabled"), false } }),
        1022);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("queue.list")));
}

// Lee changes his password: the old one is required and checked; afterwards the new one logs
// in and the old one does not, another computer's token stops resuming, and the session that
// changed it goes on.
void TestAccounts::changeOwnPassword()
{
    auto lee = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    auto otherComputer = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    QVERIFY(lee && otherComputer);
    const QString next = QStringLiteral("battery-staple-7");
    HD_EXPECT_ERROR(lee->call(QStringLiteral("user.setPassword"),
                        QJsonObject { { QStringLiteral("password"), next } }),
        1022);
    HD_EXPECT_ERROR(lee->call(QStringLiteral("user.setPassword"),
                        QJsonObject { { QStringLiteral("password"), next },
                            { QStringLiteral("oldPassword"), QStringLiteral("guess") } }),
        1022);
    HD_EXPECT_ERROR(lee->call(QStringLiteral("user.setPassword"),
                        QJsonObject { { QStringLiteral("password"), QStringLiteral("short") },
                            { QStringLiteral("oldPassword"), kPassword } }),
        1022);
    HD_EXPECT_OK(lee->call(QStringLiteral("user.setPassword"),
        QJsonObject { { QStringLiteral("password"), next },
            { QStringLiteral("oldPassword"), kPassword } }));
    HD_EXPECT_OK(lee->call(QStringLiteral("queue.list"))); // still logged in

    TestClient fresh(m_server.port());
    HD_EXPECT_OK(fresh.hello());
    HD_EXPECT_ERROR(fresh.login(QStringLiteral("lead"), kPassword), 1001);
    HD_EXPECT_ERROR(fresh.call(QStringLiteral("auth.resume"),
                        QJsonObject { { QStringLiteral("token"), otherComputer->token() } }),
        1001);
    HD_EXPECT_OK(fresh.login(QStringLiteral("lead"), next));
    HD_EXPECT_OK(fresh.call(QStringLiteral("user.setPassword"),
        QJsonObject { { QStringLiteral("password"), kPassword },
            { QStringLiteral("oldPassword"), next } }));
}

// An admin resets Andy's password: his sessions end, the new password logs in.
void TestAccounts::adminResetsPassword()
{
    auto andy = TestClient::loggedIn(m_server.port(), QStringLiteral("agent2"));
    QVERIFY(andy);
    const QString next = QStringLiteral("reset-by-admin-1");
    HD_EXPECT_OK(m_admin->call(QStringLiteral("user.setPassword"),
        QJsonObject { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
            { QStringLiteral("password"), next } }));
    QCOMPARE(andy->waitForNotification(QStringLiteral("session.ended"))
                 .value(QLatin1String("reason"))
                 .toString(),
        QStringLiteral("password-reset"));
    HD_EXPECT_ERROR(andy->call(QStringLiteral("queue.list")), 1001);
    HD_EXPECT_OK(andy->login(QStringLiteral("agent2"), next));
    HD_EXPECT_ERROR(m_admin->call(QStringLiteral("user.setPassword"),
                        QJsonObject { { QStringLiteral("id"), 999999 },
                            { QStringLiteral("password"), next } }),
        1004);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("user.setPassword"),
        QJsonObject { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
            { QStringLiteral("password"), kPassword } }));
}

void TestAccounts::auditLogRecordsWhoWhatWhere()
{
    TestClient failing(m_server.port());
    HD_EXPECT_OK(failing.hello());
    HD_EXPECT_ERROR(failing.login(QStringLiteral("bob"), QStringLiteral("wrong")), 1001);

    // Written after the answer: give the writer a moment.
    const auto bobsFailure = [&] {
        const QJsonArray failed
            = audit({ { QStringLiteral("action"), QStringLiteral("auth.loginFailed") } });
        for (const QJsonValue& entry : failed) {
            if (entry.toObject().value(QLatin1String("details")).toObject()
                    .value(QLatin1String("login")) == QLatin1String("bob"))
                return entry.toObject();
        }
        return QJsonObject();
    };
    QTRY_VERIFY(!bobsFailure().isEmpty());
    const QJsonObject last = bobsFailure();
    QVERIFY(last.value(QLatin1String("actorId")).isNull());
    QCOMPARE(last.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(last.value(QLatin1String("details")).toObject().value(QLatin1String("login")).toString(),
        QStringLiteral("bob"));

    const QJsonArray updates = audit({ { QStringLiteral("action"), QStringLiteral("user.update") },
        { QStringLiteral("objectId"), idOf(QStringLiteral("agent2")) } });
    QVERIFY(updates.size() >= 2); // disabled, enabled
    const QJsonObject enabledAgain = updates.first().toObject();
    QCOMPARE(enabledAgain.value(QLatin1String("actorId")).toInteger(), idOf(QStringLiteral("admin")));
    QCOMPARE(enabledAgain.value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("enabled"))
                 .toObject()
                 .value(QLatin1String("new"))
                 .toBool(),
        true);

    const QJsonArray passwords
        = audit({ { QStringLiteral("action"), QStringLiteral("user.setPassword") } });
    QStringList by;
    for (const QJsonValue& entry : passwords)
        by << entry.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("by")).toString();
    QVERIFY(by.contains(QStringLiteral("self")) && by.contains(QStringLiteral("admin")));
    for (const QJsonValue& entry : passwords)
        QVERIFY(!QJsonDocument(entry.toObject()).toJson().contains("reset-by-admin"));

    const QJsonArray logins = audit({ { QStringLiteral("action"), QStringLiteral("auth.login") },
        { QStringLiteral("limit"), 2 } });
    QCOMPARE(logins.size(), 2);
    const qint64 older = logins.last().toObject().value(QLatin1String("id")).toInteger();
    const QJsonArray next = audit({ { QStringLiteral("action"), QStringLiteral("auth.login") },
        { QStringLiteral("beforeId"), older }, { QStringLiteral("limit"), 1 } });
    QCOMPARE(next.size(), 1);
    QVERIFY(next.first().toObject().value(QLatin1String("id")).toInteger() < older);
    QCOMPARE(audit({ { QStringLiteral("since"), QStringLiteral("2999-01-01T00:00:00Z") } }).size(), 0);
    HD_EXPECT_ERROR(m_admin->call(QStringLiteral("audit.list"),
                        QJsonObject { { QStringLiteral("since"), QStringLiteral("soon") } }),
        1022);
}

// With several servers on one PostgreSQL database, a user disabled on one loses its session
// on the other.
void TestAccounts::disablingReachesOtherServers()
{
    if (!m_server.isPostgres())
        QSKIP("servers share a database only on PostgreSQL (run as tst_accounts_pg)");
    TestServer other;
    QVERIFY2(other.startSharing(m_server), qPrintable(other.errorString()));
    auto elsewhere = TestClient::loggedIn(other.port(), QStringLiteral("agent2"));
    QVERIFY(elsewhere);
    HD_EXPECT_OK(update(*m_admin, { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
                                      { QStringLiteral("enabled"), false } }));
    QCOMPARE(elsewhere->waitForNotification(QStringLiteral("session.ended"))
                 .value(QLatin1String("reason"))
                 .toString(),
        QStringLiteral("disabled"));
    HD_EXPECT_ERROR(elsewhere->call(QStringLiteral("queue.list")), 1001);
    HD_EXPECT_OK(update(*m_admin, { { QStringLiteral("id"), idOf(QStringLiteral("agent2")) },
                                      { QStringLiteral("enabled"), true } }));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
