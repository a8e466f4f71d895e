// SPDX-License-Identifier: GPL-3.0-or-later
// Monitoring alerts through API tokens (docs/protocol.md: auth.token, apiToken.*, alert.fire):
// a firing key opens one incident ticket linked to the organisation of its host, repeats are
// counted and noted at most once per interval, a resolved alert resolves the ticket, firing
// again re-opens it; a token may call only its scopes, a revoked one is refused and its live
// sessions end; two servers on one PostgreSQL database open one ticket for one key.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace helpdesk::test;

namespace {

QJsonObject alert(const QString& key, const QString& status, const QString& summary = {})
{
    QJsonObject a { { QStringLiteral("key"), key }, { QStringLiteral("status"), status } };
    if (!summary.isEmpty())
        a.insert(QStringLiteral("summary"), summary);
    return a;
}

QString action(const QJsonObject& response)
{
    return resultOf(response).value(QLatin1String("action")).toString();
}

qint64 ticketOf(const QJsonObject& response)
{
    return resultOf(response).value(QLatin1String("ticketId")).toInteger();
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokensAreShownOnceAndListed();
    void firingOpensOneTicketPerKey();
    void repeatsAreCountedThenNoted();
    void resolvedResolvesAndFiringReopens();
    void closedIncidentOpensANewTicket();
    void tokenStaysInItsScopes();
    void revokedTokenIsRefusedAndSessionsEnd();
    void badTokensAreAudited();
    void twoServersOpenOneTicket();

private:
    // A new token with these scopes: {secret, id}.
    std::pair<QString, qint64> newToken(const QString& name, const QStringList& scopes = { QStringLiteral("alerts") });
    std::unique_ptr<TestClient> signedIn(quint16 port, const QString& secret);
    QJsonObject ticket(qint64 id);
    QJsonArray messages(qint64 id);

    TestServer m_server;
    std::unique_ptr<TestClient> m_admin;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_monitor; // signed in with an "alerts" token
    QString m_secret;
};

std::pair<QString, qint64> TestAlerts::newToken(const QString& name, const QStringList& scopes)
{
    const QJsonObject created = resultOf(m_admin->call(QStringLiteral("apiToken.create"),
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) } }));
    return { created.value(QLatin1String("token")).toString(),
        idOf(created.value(QLatin1String("apiToken"))) };
}

std::unique_ptr<TestClient> TestAlerts::signedIn(quint16 port, const QString& secret)
{
    auto client = std::make_unique<TestClient>(port);
    if (!client->isConnected() || errorCode(client->hello()) != 0)
        return nullptr;
    if (errorCode(client->call(QStringLiteral("auth.token"), params(QStringLiteral("token"), secret))) != 0)
        return nullptr;
    return client;
}

QJsonObject TestAlerts::ticket(qint64 id)
{
    return resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
}

QJsonArray TestAlerts::messages(qint64 id)
{
    return ticket(id).value(QLatin1String("messages")).toArray();
}

void TestAlerts::initTestCase()
{
    TestServer::Options options;
    // Repeats within 2 s are counted only; later ones become a note.
    options.extraArguments << QStringLiteral("--alert-note-interval-s") << QStringLiteral("2")
                           << QStringLiteral("--alert-queue") << QStringLiteral("Abuse");
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_admin && m_agent);
    // Acme hosts web-01: alerts about it belong to Acme.
    HD_EXPECT_OK(m_admin->call(QStringLiteral("customer.update"),
        QJsonObject { { QStringLiteral("id"), kAcme },
            { QStringLiteral("services"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("hosting") },
                    { QStringLiteral("name"), QStringLiteral("web-01.example.net") } } } } }));
    m_secret = newToken(QStringLiteral("Prometheus")).first;
    QCOMPARE(m_secret.size(), 43);
    m_monitor = signedIn(m_server.port(), m_secret);
    QVERIFY(m_monitor);
}

void TestAlerts::tokensAreShownOnceAndListed()
{
    const QJsonArray items = resultOf(m_admin->call(QStringLiteral("apiToken.list")))
                                 .value(QLatin1String("items"))
                                 .toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Prometheus"));
    QCOMPARE(first.value(QLatin1String("scopes")).toArray(), QJsonArray { QStringLiteral("alerts") });
    QVERIFY(!first.contains(QLatin1String("token")));
    QVERIFY(!first.value(QLatin1String("lastUsedAt")).isNull()); // auth.token used it
    // Only the digest is stored.
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?"),
                 { m_secret.toUtf8() }).toInt(),
        0);
    const QJsonObject audit = resultOf(m_admin->call(QStringLiteral("audit.list"),
        params(QStringLiteral("action"), QStringLiteral("apiToken.create"))));
    QVERIFY(!audit.value(QLatin1String("items")).toArray().isEmpty());
    // Staff other than admins cannot see or make tokens.
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("apiToken.list")), 1003);
}

void TestAlerts::firingOpensOneTicketPerKey()
{
    QJsonObject fire = alert(QStringLiteral("HostDown/web-01"), QStringLiteral("firing"),
        QStringLiteral("web-01 is down"));
    fire.insert(QStringLiteral("severity"), QStringLiteral("critical"));
    fire.insert(QStringLiteral("host"), QStringLiteral("WEB-01.example.net"));
    fire.insert(QStringLiteral("description"), QStringLiteral("No answer to ping for 5 minutes"));
    fire.insert(QStringLiteral("labels"), QJsonObject { { QStringLiteral("job"), QStringLiteral("node") } });
    m_agent->clearNotifications();
    const QJsonObject opened = m_monitor->call(QStringLiteral("alert.fire"), fire);
    HD_EXPECT_OK(opened);
    QCOMPARE(action(opened), QStringLiteral("opened"));
    const qint64 id = ticketOf(opened);
    const QJsonObject t = ticket(id).value(QLatin1String("ticket")).toObject();
    QCOMPARE(t.value(QLatin1String("subject")).toString(), QStringLiteral("web-01 is down"));
    QCOMPARE(t.value(QLatin1String("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(t.value(QLatin1String("customerId")).toInteger(), kAcme);
    QCOMPARE(t.value(QLatin1String("channel")).toString(), QStringLiteral("alert"));
    QCOMPARE(t.value(QLatin1String("queueId")).toInteger(),
        m_server.queryScalar(QStringLiteral("SELECT id FROM queues WHERE name = 'Abuse'")).toLongLong());
    const QJsonArray thread = messages(id);
    QCOMPARE(thread.size(), 1);
    const QJsonObject first = thread.first().toObject();
    QVERIFY(first.value(QLatin1String("internal")).toBool());
    QVERIFY(first.value(QLatin1String("body")).toString().contains(QStringLiteral("No answer to ping")));
    QVERIFY(first.value(QLatin1String("body")).toString().contains(QStringLiteral("Label job: node")));
    // Open clients hear of it as of any new ticket.
    QVERIFY(!m_agent->waitForNotification(QStringLiteral("ticket.changed"), [id](const QJsonObject& n) {
        return n.value(QLatin1String("ticket")).toObject().value(QLatin1String("id")).toInteger()
            == id;
    }).isEmpty());
    // Another key is another incident; a host nobody has leaves the organisation empty.
    QJsonObject other = alert(QStringLiteral("DiskFull/db-9"), QStringLiteral("firing"), QStringLiteral("db-9 disk full"));
    other.insert(QStringLiteral("host"), QStringLiteral("db-9"));
    const QJsonObject second = m_monitor->call(QStringLiteral("alert.fire"), other);
    QCOMPARE(action(second), QStringLiteral("opened"));
    QVERIFY(ticketOf(second) != id);
    QVERIFY(ticket(ticketOf(second)).value(QLatin1String("ticket")).toObject().value(QLatin1String("customerId")).isNull());
}

void TestAlerts::repeatsAreCountedThenNoted()
{
    const QString key = QStringLiteral("Load/web-02");
    const QJsonObject opened = m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("web-02 load high")));
    const qint64 id = ticketOf(opened);
    QVERIFY(id > 0);
    // Many repeats within the interval: counted, not one note each.
    for (int i = 0; i < 20; ++i) {
        const QJsonObject repeat = m_monitor->call(QStringLiteral("alert.fire"),
            alert(key, QStringLiteral("firing"), QStringLiteral("web-02 load high")));
        QCOMPARE(action(repeat), QStringLiteral("counted"));
        QCOMPARE(ticketOf(repeat), id);
    }
    QCOMPARE(messages(id).size(), 1);
    QTest::qWait(2100); // past --alert-note-interval-s
    const QJsonObject noted = m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("web-02 load high")));
    QCOMPARE(action(noted), QStringLiteral("noted"));
    const QJsonArray thread = messages(id);
    QCOMPARE(thread.size(), 2);
    const QString body = thread.last().toObject().value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(QStringLiteral("21 repeats since the last note (22 firings in all)")),
        qPrintable(body));
    QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = ?"),
                 { QStringLiteral("web-02 load high") }).toInt(),
        1);
}

void TestAlerts::resolvedResolvesAndFiringReopens()
{
    const QString key = QStringLiteral("Cert/shop");
    const qint64 id = ticketOf(m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("shop certificate expires"))));
    QVERIFY(id > 0);
    const QJsonObject resolved = m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("resolved")));
    QCOMPARE(action(resolved), QStringLiteral("resolved"));
    QCOMPARE(ticketOf(resolved), id);
    QCOMPARE(ticket(id).value(QLatin1String("ticket")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("resolved"));
    QCOMPARE(messages(id).size(), 2);
    // Resolved twice, or a key never seen: nothing to do.
    QCOMPARE(action(m_monitor->call(QStringLiteral("alert.fire"), alert(key, QStringLiteral("resolved")))),
        QStringLiteral("ignored"));
    QCOMPARE(action(m_monitor->call(QStringLiteral("alert.fire"),
                 alert(QStringLiteral("never/seen"), QStringLiteral("resolved")))),
        QStringLiteral("ignored"));
    // Firing again re-opens the same ticket.
    const QJsonObject again = m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("shop certificate expires")));
    QCOMPARE(action(again), QStringLiteral("reopened"));
    QCOMPARE(ticketOf(again), id);
    QCOMPARE(ticket(id).value(QLatin1String("ticket")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("open"));
    QCOMPARE(messages(id).size(), 3);
}

void TestAlerts::closedIncidentOpensANewTicket()
{
    const QString key = QStringLiteral("Backup/nas");
    const qint64 id = ticketOf(m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("nas backup failed"))));
    const QJsonObject t = ticket(id).value(QLatin1String("ticket")).toObject();
    HD_EXPECT_OK(m_agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), t.value(QLatin1String("version")) },
            { QStringLiteral("changes"), params(QStringLiteral("status"), QStringLiteral("closed")) } }));
    const QJsonObject again = m_monitor->call(QStringLiteral("alert.fire"),
        alert(key, QStringLiteral("firing"), QStringLiteral("nas backup failed")));
    QCOMPARE(action(again), QStringLiteral("opened"));
    QVERIFY(ticketOf(again) != id);
}

void TestAlerts::tokenStaysInItsScopes()
{
    // Outside its scope: 1003, whatever the method.
    HD_EXPECT_ERROR(m_monitor->call(QStringLiteral("ticket.list")), 1003);
    HD_EXPECT_ERROR(m_monitor->call(QStringLiteral("apiToken.list")), 1003);
    HD_EXPECT_ERROR(m_monitor->call(QStringLiteral("ticket.create"),
                        QJsonObject { { QStringLiteral("subject"), QStringLiteral("x") },
                            { QStringLiteral("body"), QStringLiteral("y") } }),
        1003);
    // People other than admins cannot fire alerts.
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("alert.fire"),
                        alert(QStringLiteral("agent/test"), QStringLiteral("firing"), QStringLiteral("t"))),
        1003);
    // An unknown scope cannot be granted.
    HD_EXPECT_ERROR(m_admin->call(QStringLiteral("apiToken.create"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                            { QStringLiteral("scopes"), QJsonArray { QStringLiteral("admin") } } }),
        1022);
}

void TestAlerts::revokedTokenIsRefusedAndSessionsEnd()
{
    const auto [secret, tokenId] = newToken(QStringLiteral("Zabbix"));
    auto live = signedIn(m_server.port(), secret);
    QVERIFY(live);
    HD_EXPECT_OK(live->call(QStringLiteral("alert.fire"),
        alert(QStringLiteral("zabbix/1"), QStringLiteral("firing"), QStringLiteral("zabbix says hi"))));
    const QJsonObject revoked = m_admin->call(QStringLiteral("apiToken.revoke"), params(QStringLiteral("id"), tokenId));
    HD_EXPECT_OK(revoked);
    QVERIFY(!resultOf(revoked).value(QLatin1String("revokedAt")).isNull());
    QVERIFY(!live->waitForNotification(QStringLiteral("session.ended")).isEmpty());
    HD_EXPECT_ERROR(live->call(QStringLiteral("alert.fire"),
                        alert(QStringLiteral("zabbix/1"), QStringLiteral("firing"), QStringLiteral("zabbix"))),
        1001);
    TestClient fresh(m_server.port());
    HD_EXPECT_OK(fresh.hello());
    HD_EXPECT_ERROR(fresh.call(QStringLiteral("auth.token"), params(QStringLiteral("token"), secret)), 1001);
    // Revoking again changes nothing; an unknown id is 1004.
    HD_EXPECT_OK(m_admin->call(QStringLiteral("apiToken.revoke"), params(QStringLiteral("id"), tokenId)));
    HD_EXPECT_ERROR(m_admin->call(QStringLiteral("apiToken.revoke"), params(QStringLiteral("id"), 987654)), 1004);
    // The list leaves it out unless asked.
    const QJsonArray live_ = resultOf(m_admin->call(QStringLiteral("apiToken.list"))).value(QLatin1String("items")).toArray();
    for (const QJsonValue& item : live_)
        QVERIFY(idOf(item) != tokenId);
    const QJsonArray all = resultOf(m_admin->call(QStringLiteral("apiToken.list"),
                                        params(QStringLiteral("includeRevoked"), true)))
                               .value(QLatin1String("items"))
                               .toArray();
    QVERIFY(std::any_of(all.begin(), all.end(), [tokenId](const QJsonValue& v) { return idOf(v) == tokenId; }));
    const QJsonObject audit = resultOf(m_admin->call(QStringLiteral("audit.list"),
        params(QStringLiteral("action"), QStringLiteral("apiToken.revoke"))));
    QCOMPARE(audit.value(QLatin1String("items")).toArray().size(), 1);
}

void TestAlerts::badTokensAreAudited()
{
    TestClient client(m_server.port());
    HD_EXPECT_OK(client.hello());
    HD_EXPECT_ERROR(client.call(QStringLiteral("auth.token"),
                        params(QStringLiteral("token"), QStringLiteral("not-a-real-token"))),
        1001);
    HD_EXPECT_ERROR(client.call(QStringLiteral("alert.fire"),
                        alert(QStringLiteral("x"), QStringLiteral("firing"), QStringLiteral("x"))),
        1001);
    const QJsonObject audit = resultOf(m_admin->call(QStringLiteral("audit.list"),
        params(QStringLiteral("action"), QStringLiteral("auth.tokenFailed"))));
    QVERIFY(!audit.value(QLatin1String("items")).toArray().isEmpty());
}

// Two servers on one PostgreSQL database receive the same new alert at the same moment: one
// ticket, both answers name it.
void TestAlerts::twoServersOpenOneTicket()
{
    if (!m_server.isPostgres())
        QSKIP("several servers share a PostgreSQL database only");
    TestServer second;
    QVERIFY2(second.startSharing(m_server), qPrintable(second.errorString()));
    auto other = signedIn(second.port(), m_secret);
    QVERIFY(other);
    for (int round = 0; round < 5; ++round) {
        const QString key = QStringLiteral("race/%1").arg(round);
        const QJsonObject a = alert(key, QStringLiteral("firing"), QStringLiteral("race %1").arg(round));
        const QJsonValue idA = m_monitor->send(QStringLiteral("alert.fire"), a);
        const QJsonValue idB = other->send(QStringLiteral("alert.fire"), a);
        const QJsonObject ra = m_monitor->waitForResponse(idA);
        const QJsonObject rb = other->waitForResponse(idB);
        HD_EXPECT_OK(ra);
        HD_EXPECT_OK(rb);
        QCOMPARE(ticketOf(ra), ticketOf(rb));
        QStringList actions { action(ra), action(rb) };
        actions.sort();
        QCOMPARE(actions, (QStringList { QStringLiteral("counted"), QStringLiteral("opened") }));
        QCOMPARE(m_server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE subject = ?"),
                     { QStringLiteral("race %1").arg(round) }).toInt(),
            1);
    }
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
