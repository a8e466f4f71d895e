// SPDX-License-Identifier: GPL-3.0-or-later
// Server push: who gets ticket.changed / message.added for each kind of change, and who must
// not (another organisation's customers, customers for internal notes, sessions not logged in).
#include "testclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

namespace {

// Ticket id a notification is about.
qint64 ticketOf(const QJsonObject& params)
{
    if (params.contains(QLatin1String("ticket")))
        return idOf(params.value(QLatin1String("ticket")));
    return params.value(QLatin1String("ticketId")).toInteger();
}

} // namespace

class TestPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void delivery_data();
    void delivery();
    void pushedContentMatchesResponse();
    void loggedOutSessionGetsNothing();
    void burstArrivesInOrderNewestLast();

private:
    QJsonObject perform(const QString& action);

    TestServer m_server;
    QHash<QString, std::shared_ptr<TestClient>> m_clients; // agent, agent2, alice, amy, bob, anon
    qint64 m_ticket = 0; // fresh per test: Acme's, by agent
};

void TestPush::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const char* login : { "agent", "agent2", "alice", "amy", "bob" }) {
        m_clients[QLatin1String(login)]
            = TestClient::loggedIn(m_server.port(), QLatin1String(login));
        QVERIFY2(m_clients[QLatin1String(login)], login);
    }
    auto anon = std::make_shared<TestClient>(m_server.port());
    HD_EXPECT_OK(anon->hello());
    m_clients[QStringLiteral("anon")] = anon;
}

// A fresh Acme ticket; every listener has seen the pushes of its creation and forgets them.
void TestPush::init()
{
    const QJsonObject created
        = m_clients[QStringLiteral("agent")]->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Push me") },
                { QStringLiteral("body"), QStringLiteral("first words") },
                { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), 1 } });
    HD_EXPECT_OK(created);
    m_ticket = idOf(resultOf(created));
    for (const auto& client : qAsConst(m_clients)) {
        QVERIFY(client->sync());
        client->clearNotifications();
    }
}

QJsonObject TestPush::perform(const QString& action)
{
    TestClient* agent = m_clients[QStringLiteral("agent")].get();
    const QJsonObject reply { { QStringLiteral("ticketId"), m_ticket },
        { QStringLiteral("body"), QStringLiteral("a reply") } };
    if (action == QLatin1String("create")) {
        return agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("New one") },
                { QStringLiteral("body"), QStringLiteral("b") },
                { QStringLiteral("customerId"), kAcme }, { QStringLiteral("queueId"), 1 } });
    }
    if (action == QLatin1String("create without customer")) {
        return agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Internal work") },
                { QStringLiteral("body"), QStringLiteral("b") } });
    }
    if (action == QLatin1String("reply"))
        return agent->call(QStringLiteral("message.add"), reply);
    if (action == QLatin1String("internal note")) {
        QJsonObject note = reply;
        note.insert(QStringLiteral("internal"), true);
        return agent->call(QStringLiteral("message.add"), note);
    }
    if (action == QLatin1String("customer reply"))
        return m_clients[QStringLiteral("alice")]->call(QStringLiteral("message.add"), reply);
    if (action == QLatin1String("customer creates"))
        return m_clients[QStringLiteral("alice")]->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mine") },
                { QStringLiteral("body"), QStringLiteral("b") } });
    QJsonObject changes { { QStringLiteral("status"), QStringLiteral("open") } };
    if (action == QLatin1String("move to Globex"))
        changes = QJsonObject { { QStringLiteral("customerId"), kGlobex } };
    return agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_ticket }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"), changes } });
}

// Rows: an action, then "login:method" pairs that must arrive and ones that must not.
void TestPush::delivery_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("delivered");
    QTest::addColumn<QStringList>("withheld");
    auto list = [](const char* text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("ticket created")
        << QStringLiteral("create")
        << list("agent2:ticket.changed agent2:message.added alice:ticket.changed "
                "alice:message.added amy:message.added")
        << list("bob:ticket.changed bob:message.added anon:ticket.changed anon:message.added");
    QTest::newRow("ticket without customer")
        << QStringLiteral("create without customer")
        << list("agent2:ticket.changed agent2:message.added")
        << list("alice:ticket.changed alice:message.added bob:ticket.changed amy:message.added");
    QTest::newRow("reply") << QStringLiteral("reply")
                           << list("agent2:message.added agent2:ticket.changed alice:message.added "
                                   "amy:message.added alice:ticket.changed")
                           << list("bob:message.added bob:ticket.changed anon:message.added");
    QTest::newRow("internal note")
        << QStringLiteral("internal note") << list("agent2:message.added")
        << list("alice:message.added amy:message.added bob:message.added bob:ticket.changed "
                "anon:message.added");
    QTest::newRow("customer reply")
        << QStringLiteral("customer reply")
        << list("agent2:message.added agent2:ticket.changed amy:message.added")
        << list("bob:message.added bob:ticket.changed");
    // The owner's own request has no queue yet: amy, a technical contact, does not see it.
    QTest::newRow("customer creates")
        << QStringLiteral("customer creates")
        << list("agent2:ticket.changed agent2:message.added alice:ticket.changed")
        << list("bob:ticket.changed bob:message.added amy:ticket.changed amy:message.added");
    QTest::newRow("status change")
        << QStringLiteral("status change")
        << list("agent2:ticket.changed alice:ticket.changed amy:ticket.changed")
        << list("bob:ticket.changed anon:ticket.changed");
    // After the move Acme may no longer read the ticket: it learns only that it left.
    QTest::newRow("moved to another organisation")
        << QStringLiteral("move to Globex")
        << list("agent2:ticket.changed bob:ticket.changed alice:ticket.removed")
        << list("alice:ticket.changed amy:ticket.changed");
}

void TestPush::delivery()
{
    QFETCH(QString, action);
    QFETCH(QStringList, delivered);
    QFETCH(QStringList, withheld);
    const QJsonObject response = perform(action);
    HD_EXPECT_OK(response);
    const QJsonObject result = resultOf(response);
    const qint64 ticket = result.contains(QLatin1String("ticketId"))
        ? result.value(QLatin1String("ticketId")).toInteger()
        : idOf(result);
    // Once the actor has its answer, every push is queued ahead of the listeners' sync reply.
    for (const auto& client : qAsConst(m_clients))
        QVERIFY(client->sync());

    for (const QString& pair : delivered) {
        const QString login = pair.section(QLatin1Char(':'), 0, 0);
        const QString method = pair.section(QLatin1Char(':'), 1);
        const QJsonObject params = m_clients[login]->waitForNotification(
            method, [ticket](const QJsonObject& p) { return ticketOf(p) == ticket; }, 2000);
        QVERIFY2(!params.isEmpty(),
            qPrintable(
                QStringLiteral("%1 got no %2 about ticket %3").arg(login, method).arg(ticket)));
    }
    for (const QString& pair : withheld) {
        const QString login = pair.section(QLatin1Char(':'), 0, 0);
        const QString method = pair.section(QLatin1Char(':'), 1);
        for (const QJsonObject& n : m_clients[login]->notifications()) {
            const QJsonObject params = n.value(QLatin1String("params")).toObject();
            QVERIFY2(
                n.value(QLatin1String("method")).toString() != method || ticketOf(params) != ticket,
                qPrintable(QStringLiteral("%1 must not get %2")
                               .arg(login, QString::fromUtf8(describe(n)))));
        }
    }
    // Nobody ever hears of an internal note unless staff.
    for (const char* customer : { "alice", "amy", "bob", "anon" }) {
        for (const QJsonObject& n : m_clients[QLatin1String(customer)]->notifications()) {
            QVERIFY2(!n.value(QLatin1String("params"))
                          .toObject()
                          .value(QLatin1String("message"))
                          .toObject()
                          .value(QLatin1String("internal"))
                          .toBool(),
                describe(n).constData());
        }
    }
}

void TestPush::pushedContentMatchesResponse()
{
    TestClient* agent = m_clients[QStringLiteral("agent")].get();
    TestClient* alice = m_clients[QStringLiteral("alice")].get();
    const QJsonObject message = resultOf(agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), m_ticket },
            { QStringLiteral("body"), QStringLiteral("Pushed body\nline 2") } }));
    QVERIFY(!message.isEmpty());
    const QJsonObject added = alice->waitForNotification(QStringLiteral("message.added"),
        [this](const QJsonObject& p) { return ticketOf(p) == m_ticket; });
    QCOMPARE(added.value(QLatin1String("ticketId")).toInteger(), m_ticket);
    QCOMPARE(added.value(QLatin1String("message")).toObject(), message);

    const QJsonObject current = resultOf(
        agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)))
                                    .value(QLatin1String("ticket"))
                                    .toObject();
    const QJsonObject updated = resultOf(agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_ticket },
            { QStringLiteral("version"), current.value(QLatin1String("version")) },
            { QStringLiteral("changes"),
                params(QStringLiteral("subject"), QStringLiteral("Renamed")) } }));
    QVERIFY(!updated.isEmpty());
    const QJsonObject changed
        = alice->waitForNotification(QStringLiteral("ticket.changed"), [&](const QJsonObject& p) {
              return p.value(QLatin1String("ticket")).toObject().value(QLatin1String("version"))
                  == updated.value(QLatin1String("version"));
          });
    QCOMPARE(changed.value(QLatin1String("ticket")).toObject(), updated);
}

void TestPush::loggedOutSessionGetsNothing()
{
    auto leaver = TestClient::loggedIn(m_server.port(), QStringLiteral("amy"));
    QVERIFY(leaver);
    HD_EXPECT_OK(leaver->call(QStringLiteral("auth.logout")));
    leaver->clearNotifications();
    HD_EXPECT_OK(perform(QStringLiteral("reply")));
    QVERIFY(leaver->sync());
    QCOMPARE(leaver->notifications().size(), 0);
}

// Pushes of one turn go out together and a newer ticket.changed replaces a waiting one: a
// colleague's client still sees every message once, in order, and never an older version of
// the ticket after a newer one, ending with the ticket as it is.
void TestPush::burstArrivesInOrderNewestLast()
{
    constexpr int kReplies = 30;
    TestClient* agent = m_clients[QStringLiteral("agent")].get();
    TestClient* agent2 = m_clients[QStringLiteral("agent2")].get();
    QList<QJsonValue> ids;
    for (int i = 0; i < kReplies; ++i) // pipelined: the writer commits them in few batches
        ids << agent->send(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), m_ticket },
                { QStringLiteral("body"), QStringLiteral("burst %1").arg(i) } });
    QList<qint64> messageIds;
    for (const QJsonValue& id : ids) {
        const QJsonObject response = agent->waitForResponse(id);
        HD_EXPECT_OK(response);
        messageIds << idOf(resultOf(response));
    }
    const qint64 finalVersion = resultOf(agent->call(QStringLiteral("ticket.get"),
                                             params(QStringLiteral("id"), m_ticket)))
                                    .value(QLatin1String("ticket"))
                                    .toObject()
                                    .value(QLatin1String("version"))
                                    .toInteger();
    // Once the author has its answers, every push is queued ahead of the colleague's sync reply.
    QVERIFY(agent2->sync());
    QList<qint64> seenMessages;
    qint64 lastVersion = 0;
    int changes = 0;
    for (const QJsonObject& n : agent2->notifications()) {
        const QJsonObject p = n.value(QLatin1String("params")).toObject();
        if (ticketOf(p) != m_ticket)
            continue;
        const QString method = n.value(QLatin1String("method")).toString();
        if (method == QLatin1String("message.added")) {
            seenMessages << idOf(p.value(QLatin1String("message")));
        } else if (method == QLatin1String("ticket.changed")) {
            const qint64 version
                = p.value(QLatin1String("ticket")).toObject().value(QLatin1String("version")).toInteger();
            QVERIFY2(version > lastVersion, describe(n).constData());
            lastVersion = version;
            ++changes;
        }
    }
    QCOMPARE(seenMessages, messageIds);
    QCOMPARE(lastVersion, finalVersion);
    QVERIFY(changes >= 1 && changes <= kReplies);
    qInfo() << kReplies << "replies," << changes << "ticket.changed pushes after coalescing";
}

QTEST_GUILESS_MAIN(TestPush)
#include "tst_push.moc"
