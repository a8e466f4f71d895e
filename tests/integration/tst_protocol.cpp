// SPDX-License-Identifier: GPL-3.0-or-later
// The wire contract of docs/protocol.md against the real server: the ticket, message, customer,
// user and search methods, every error code, history events and idempotent message.add.
// Session methods (hello, auth.*) are in tst_session.
#include "testclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace helpdesk::test;

namespace {

constexpr qint64 kMaxFrame = 65536;

// Looks up "a/b" in an object; undefined when absent.
QJsonValue valueAt(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& key : path.split(QLatin1Char('/')))
        value = value.toObject().value(key);
    return value;
}

bool isWireTime(const QJsonValue& value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    return pattern.match(value.toString()).hasMatch();
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorCodes_data();
    void errorCodes();
    void parseErrorKeepsConnection_data();
    void parseErrorKeepsConnection();
    void invalidRequest_data();
    void invalidRequest();
    void frameTooLargeCloses();
    void ticketLifecycle();
    void historyEvents();
    void ticketListFilters_data();
    void ticketListFilters();
    void conflictCarriesCurrent();
    void customerAndUserCreate();
    void searchFindsSubjectsAndMessages();
    void idempotentMessageAdd();

private:
    TestClient* as(const QString& actor);
    QJsonObject createTicket(const QString& actor, const QJsonObject& params);

    TestServer m_server;
    QHash<QString, std::shared_ptr<TestClient>> m_clients;
    std::vector<std::unique_ptr<TestClient>> m_scratch;
    qint64 m_acmeTicket = 0;
    qint64 m_globexTicket = 0;
};

// "none": a fresh connection without hello; "anon": hello only; otherwise a cached client
// logged in as that user.
TestClient* TestProtocol::as(const QString& actor)
{
    if (actor == QLatin1String("none") || actor == QLatin1String("anon")) {
        m_scratch.push_back(std::make_unique<TestClient>(m_server.port()));
        TestClient* client = m_scratch.back().get();
        if (actor == QLatin1String("anon") && errorCode(client->hello()) != 0)
            return nullptr;
        return client;
    }
    auto& cached = m_clients[actor];
    if (!cached || !cached->isConnected())
        cached = TestClient::loggedIn(m_server.port(), actor);
    return cached.get();
}

QJsonObject TestProtocol::createTicket(const QString& actor, const QJsonObject& params)
{
    TestClient* client = as(actor);
    return client ? resultOf(client->call(QStringLiteral("ticket.create"), params)) : QJsonObject();
}

void TestProtocol::initTestCase()
{
    TestServer::Options options;
    options.maxFrameBytes = kMaxFrame;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_acmeTicket = idOf(createTicket(QStringLiteral("agent"),
        { { QStringLiteral("subject"), QStringLiteral("Acme printer") },
            { QStringLiteral("body"), QStringLiteral("It is on fire") },
            { QStringLiteral("customerId"), kAcme } }));
    m_globexTicket = idOf(createTicket(QStringLiteral("agent"),
        { { QStringLiteral("subject"), QStringLiteral("Globex VPN") },
            { QStringLiteral("body"), QStringLiteral("VPN drops hourly") },
            { QStringLiteral("customerId"), kGlobex } }));
    QVERIFY(m_acmeTicket > 0);
    QVERIFY(m_globexTicket > 0);

    // For ticketListFilters: one open Acme ticket with a tag, one pending Globex ticket in queue 2.
    TestClient* lead = as(QStringLiteral("lead"));
    QVERIFY(lead);
    const qint64 open = idOf(createTicket(QStringLiteral("lead"),
        { { QStringLiteral("subject"), QStringLiteral("Listed open") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("customerId"), kAcme },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("listed-tag") } } }));
    const qint64 pending = idOf(createTicket(QStringLiteral("lead"),
        { { QStringLiteral("subject"), QStringLiteral("Listed pending") },
            { QStringLiteral("body"), QStringLiteral("b") }, { QStringLiteral("queueId"), 2 },
            { QStringLiteral("customerId"), kGlobex } }));
    const QPair<qint64, QString> moves[]
        = { { open, QStringLiteral("open") }, { pending, QStringLiteral("pending") } };
    for (const auto& [id, status] : moves) {
        HD_EXPECT_OK(lead->call(QStringLiteral("ticket.update"),
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
                { QStringLiteral("changes"), params(QStringLiteral("status"), status) } }));
    }
}

// One scripted exchange per row: who sends which request, which error comes back, and which
// path inside error.data must be present. %acme% / %globex% stand for the fixture tickets.
void TestProtocol::errorCodes_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("dataPath");

    auto row = [](const char* name, const char* actor, const char* method, const char* params,
                   int code, const char* dataPath = "") {
        QTest::newRow(name) << QString::fromLatin1(actor) << QString::fromLatin1(method)
                            << QByteArray(params) << code << QString::fromLatin1(dataPath);
    };
    row("list before hello", "none", "ticket.list", "{}", 1001);
    row("login before hello", "none", "auth.login", R"({"login":"admin","password":"x"})", 1001);
    row("get before login", "anon", "ticket.get", R"({"id":%acme%})", 1001);
    row("logout before login", "anon", "auth.logout", "{}", 1001);
    row("wrong password", "anon", "auth.login", R"({"login":"lead","password":"wrong-one"})", 1001,
        "reason");
    row("unknown login", "anon", "auth.login", R"({"login":"nobody","password":"wrong-one"})", 1001,
        "reason");
    row("unknown token", "anon", "auth.resume", R"({"token":"not-a-real-token"})", 1001, "reason");
    row("protocol 2", "anon", "hello", R"({"protocol":2,"client":"x/1","locale":"en_GB"})", 1026,
        "supported");
    row("customer creates customer", "alice", "customer.create", R"({"name":"Evil"})", 1003);
    row("agent creates user", "agent", "user.create",
        R"({"login":"x1","name":"X","role":"agent","password":"long-enough"})", 1003);
    row("foreign ticket", "alice", "ticket.get", R"({"id":%globex%})", 1004);
    row("missing ticket", "agent", "ticket.get", R"({"id":987654})", 1004);
    row("reply to missing ticket", "agent", "message.add", R"({"ticketId":987654,"body":"hi"})",
        1004);
    row("stale version", "agent", "ticket.update",
        R"({"id":%acme%,"version":0,"changes":{"priority":"low"}})", 1009, "current");
    row("empty subject", "agent", "ticket.create", R"({"subject":"","body":"b"})", 1022,
        "fields/subject");
    row("blank body", "agent", "ticket.create", R"({"subject":"s","body":"  \n "})", 1022,
        "fields/body");
    row("unknown priority", "agent", "ticket.create",
        R"({"subject":"s","body":"b","priority":"meh"})", 1022, "fields/priority");
    row("unknown queue", "agent", "ticket.create", R"({"subject":"s","body":"b","queueId":999})",
        1022, "fields/queueId");
    row("limit 501", "agent", "ticket.list", R"({"limit":501})", 1022, "fields/limit");
    row("limit 0", "agent", "ticket.list", R"({"limit":0})", 1022, "fields/limit");
    row("bad status change", "agent", "ticket.update",
        R"({"id":%acme%,"version":1,"changes":{"status":"exploded"}})", 1022,
        "fields/changes.status");
    row("short password", "admin", "user.create",
        R"({"login":"shorty","name":"S","role":"agent","password":"short"})", 1022,
        "fields/password");
    row("unknown method", "agent", "ticket.explode", "{}", -32601);
    row("id as string", "agent", "ticket.get", R"({"id":"1"})", -32602, "fields/id");
    row("body missing", "agent", "message.add", R"({"ticketId":%acme%})", -32602, "fields/body");
    row("params array", "agent", "ticket.list", "[1,2]", -32602);
    row("unknown field", "agent", "ticket.create", R"({"subject":"s","body":"b","colour":"red"})",
        -32602, "fields/colour");
}

void TestProtocol::errorCodes()
{
    QFETCH(QString, actor);
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, dataPath);

    params.replace("%acme%", QByteArray::number(m_acmeTicket));
    params.replace("%globex%", QByteArray::number(m_globexTicket));
    const QJsonDocument document = QJsonDocument::fromJson(params);
    QVERIFY2(!document.isNull(), params.constData());
    const QJsonValue paramsValue
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

    TestClient* client = as(actor);
    QVERIFY(client);
    const QJsonObject response = client->call(method, paramsValue);
    HD_EXPECT_ERROR(response, code);
    QVERIFY(response.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .isString());
    if (!dataPath.isEmpty())
        QVERIFY2(
            !valueAt(errorData(response), dataPath).isUndefined(), describe(response).constData());
    // An error never ends the session.
    QVERIFY(client->isConnected());
    HD_EXPECT_OK(client->hello());
}

void TestProtocol::parseErrorKeepsConnection_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("garbage") << QByteArray("this is not json");
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"hello")");
    QTest::newRow("trailing comma") << QByteArray(R"({"jsonrpc":"2.0","id":1,})");
    QTest::newRow("mismatched") << QByteArray("{]");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"b)");
}

void TestProtocol::parseErrorKeepsConnection()
{
    QFETCH(QByteArray, frame);
    TestClient client(m_server.port());
    client.sendRaw(frame + '\n');
    const QJsonObject response = client.waitForResponse(QJsonValue::Null);
    HD_EXPECT_ERROR(response, -32700);
    QVERIFY(client.isConnected());
    // The next line is parsed afresh, and blank lines are ignored.
    client.sendRaw("\n   \r\n");
    HD_EXPECT_OK(client.hello());
    QCOMPARE(client.pendingResponses(), 0);
}

void TestProtocol::invalidRequest_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QByteArray("null");
    QTest::newRow("scalar") << QByteArray("42") << QByteArray("null");
    QTest::newRow("no jsonrpc") << QByteArray(R"({"id":3,"method":"hello"})") << QByteArray("3");
    QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":4,"method":"hello"})")
                                 << QByteArray("4");
    QTest::newRow("object id") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"hello"})")
                               << QByteArray("null");
    QTest::newRow("numeric method")
        << QByteArray(R"({"jsonrpc":"2.0","id":"m","method":5})") << QByteArray(R"("m")");
    QTest::newRow("string params")
        << QByteArray(R"({"jsonrpc":"2.0","id":6,"method":"hello","params":"x"})")
        << QByteArray("6");
}

void TestProtocol::invalidRequest()
{
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, id);
    TestClient client(m_server.port());
    client.sendRaw(frame + '\n');
    const QJsonValue expectedId = QJsonDocument::fromJson("[" + id + "]").array().at(0);
    const QJsonObject response = client.waitForResponse(expectedId);
    HD_EXPECT_ERROR(response, -32600);
    QVERIFY(client.isConnected());
    HD_EXPECT_OK(client.hello());
}

void TestProtocol::frameTooLargeCloses()
{
    TestClient client(m_server.port());
    HD_EXPECT_OK(client.hello());
    client.sendRaw(QByteArray(kMaxFrame + 100, 'x') + '\n');
    const QJsonObject response = client.waitForResponse(QJsonValue::Null);
    HD_EXPECT_ERROR(response, -32600);
    QCOMPARE(errorData(response).value(QLatin1String("reason")).toString(),
        QStringLiteral("frame_too_large"));
    QVERIFY(client.waitForDisconnected());
}

void TestProtocol::ticketLifecycle()
{
    TestClient* agent = as(QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject created = agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Mail bounces") },
            { QStringLiteral("body"), QStringLiteral("Every mail to example.org bounces.") },
            { QStringLiteral("priority"), QStringLiteral("high") },
            { QStringLiteral("queueId"), 1 }, { QStringLiteral("customerId"), kAcme },
            { QStringLiteral("tags"),
                QJsonArray { QStringLiteral("mail"), QStringLiteral("dns") } } });
    HD_EXPECT_OK(created);
    const QJsonObject ticket = resultOf(created);
    const qint64 id = idOf(ticket);
    QVERIFY(id > 0);
    QCOMPARE(ticket.value(QLatin1String("subject")).toString(), QStringLiteral("Mail bounces"));
    QCOMPARE(ticket.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(ticket.value(QLatin1String("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(ticket.value(QLatin1String("queueId")).toInteger(), 1);
    QVERIFY(ticket.value(QLatin1String("assigneeId")).isNull());
    QCOMPARE(ticket.value(QLatin1String("customerId")).toInteger(), kAcme);
    QCOMPARE(ticket.value(QLatin1String("requesterId")).toInteger(), agent->userId());
    QCOMPARE(ticket.value(QLatin1String("tags")).toArray(),
        (QJsonArray { QStringLiteral("mail"), QStringLiteral("dns") }));
    QCOMPARE(ticket.value(QLatin1String("version")).toInteger(), 1);
    QVERIFY(isWireTime(ticket.value(QLatin1String("createdAt"))));
    QVERIFY(isWireTime(ticket.value(QLatin1String("updatedAt"))));

    const QJsonObject updated = agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("open") },
                    { QStringLiteral("assigneeId"), agent->userId() } } } });
    HD_EXPECT_OK(updated);
    QCOMPARE(resultOf(updated).value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(resultOf(updated).value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(resultOf(updated).value(QLatin1String("assigneeId")).toInteger(), agent->userId());

    const QJsonObject reply = agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("Checking MX") } });
    HD_EXPECT_OK(reply);
    const QJsonObject message = resultOf(reply);
    QCOMPARE(message.value(QLatin1String("ticketId")).toInteger(), id);
    QCOMPARE(message.value(QLatin1String("authorId")).toInteger(), agent->userId());
    QCOMPARE(message.value(QLatin1String("internal")).toBool(), false);
    QVERIFY(isWireTime(message.value(QLatin1String("createdAt"))));
    const QJsonObject note = agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("MX is wrong") },
            { QStringLiteral("internal"), true } });
    HD_EXPECT_OK(note);
    QCOMPARE(resultOf(note).value(QLatin1String("internal")).toBool(), true);

    const QJsonObject got
        = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    QCOMPARE(idOf(got.value(QLatin1String("ticket"))), id);
    const QJsonArray messages = got.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("body")).toString(),
        QStringLiteral("Every mail to example.org bounces."));
    QCOMPARE(messages.at(1).toObject(), message);
    QCOMPARE(messages.at(2).toObject(), resultOf(note));
    QVERIFY(
        idOf(messages.at(0)) < idOf(messages.at(1)) && idOf(messages.at(1)) < idOf(messages.at(2)));
}

void TestProtocol::historyEvents()
{
    TestClient* agent = as(QStringLiteral("agent"));
    QVERIFY(agent);
    const qint64 id = idOf(createTicket(QStringLiteral("agent"),
        { { QStringLiteral("subject"), QStringLiteral("History") },
            { QStringLiteral("body"), QStringLiteral("b") } }));
    QVERIFY(id > 0);
    HD_EXPECT_OK(agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("pending") },
                    { QStringLiteral("priority"), QStringLiteral("urgent") } } } }));
    const QJsonObject got
        = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    const QJsonArray events = got.value(QLatin1String("events")).toArray();
    QHash<QString, QJsonObject> byField;
    for (const QJsonValue& event : events)
        byField.insert(event.toObject().value(QLatin1String("field")).toString(), event.toObject());
    QVERIFY2(
        byField.contains(QStringLiteral("created")), QJsonDocument(events).toJson().constData());
    const QJsonObject status = byField.value(QStringLiteral("status"));
    QCOMPARE(status.value(QLatin1String("old")).toString(), QStringLiteral("new"));
    QCOMPARE(status.value(QLatin1String("new")).toString(), QStringLiteral("pending"));
    QCOMPARE(status.value(QLatin1String("actorId")).toInteger(), agent->userId());
    QVERIFY(isWireTime(status.value(QLatin1String("createdAt"))));
    const QJsonObject priority = byField.value(QStringLiteral("priority"));
    QCOMPARE(priority.value(QLatin1String("old")).toString(), QStringLiteral("normal"));
    QCOMPARE(priority.value(QLatin1String("new")).toString(), QStringLiteral("urgent"));
}

void TestProtocol::ticketListFilters_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("mustContain"); // a subject expected among the items
    QTest::addColumn<QString>("mustNotContain");
    const QString open = QStringLiteral("Listed open");
    const QString pending = QStringLiteral("Listed pending");
    QTest::newRow("default") << QByteArray("{}") << open << QString();
    QTest::newRow("status") << QByteArray(R"({"filter":{"status":["open"]}})") << open << pending;
    QTest::newRow("two statuses") << QByteArray(R"({"filter":{"status":["open","pending"]}})")
                                  << pending << QString();
    QTest::newRow("customer") << QByteArray(R"({"filter":{"customerId":2}})") << pending << open;
    QTest::newRow("tag") << QByteArray(R"({"filter":{"tag":"listed-tag"}})") << open << pending;
    QTest::newRow("queue") << QByteArray(R"({"filter":{"queueId":2}})") << pending << open;
    QTest::newRow("sort by id asc")
        << QByteArray(R"({"sort":{"field":"id","order":"asc"},"limit":500})") << open << QString();
}

void TestProtocol::ticketListFilters()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    TestClient* lead = as(QStringLiteral("lead"));
    QVERIFY(lead);
    const QJsonObject response
        = lead->call(QStringLiteral("ticket.list"), QJsonDocument::fromJson(request).object());
    HD_EXPECT_OK(response);
    const QJsonObject result = resultOf(response);
    const QJsonArray items = result.value(QLatin1String("items")).toArray();
    QVERIFY(result.value(QLatin1String("total")).toInteger() >= items.size());
    QStringList subjects;
    for (const QJsonValue& item : items)
        subjects << item.toObject().value(QLatin1String("subject")).toString();
    QVERIFY2(subjects.contains(mustContain), qPrintable(subjects.join(QLatin1Char('|'))));
    if (!mustNotContain.isEmpty())
        QVERIFY2(!subjects.contains(mustNotContain), qPrintable(subjects.join(QLatin1Char('|'))));

    // Paging reaches the last item of the same list.
    const qint64 total = result.value(QLatin1String("total")).toInteger();
    QJsonObject page = QJsonDocument::fromJson(request).object();
    page.insert(QStringLiteral("limit"), 1);
    page.insert(QStringLiteral("offset"), double(total - 1));
    const QJsonObject last = resultOf(lead->call(QStringLiteral("ticket.list"), page));
    QCOMPARE(last.value(QLatin1String("total")).toInteger(), total);
    QCOMPARE(last.value(QLatin1String("items")).toArray().size(), 1);
}

void TestProtocol::conflictCarriesCurrent()
{
    TestClient* agent = as(QStringLiteral("agent"));
    QVERIFY(agent);
    const QJsonObject current = resultOf(
        agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acmeTicket)))
                                    .value(QLatin1String("ticket"))
                                    .toObject();
    const qint64 version = current.value(QLatin1String("version")).toInteger();
    const QJsonObject stale = agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_acmeTicket },
            { QStringLiteral("version"), version + 7 },
            { QStringLiteral("changes"),
                params(QStringLiteral("subject"), QStringLiteral("Too late")) } });
    HD_EXPECT_ERROR(stale, 1009);
    QCOMPARE(errorData(stale).value(QLatin1String("current")).toObject(), current);
}

void TestProtocol::customerAndUserCreate()
{
    TestClient* admin = as(QStringLiteral("admin"));
    QVERIFY(admin);
    const QJsonObject customer = admin->call(QStringLiteral("customer.create"),
        params(QStringLiteral("name"), QStringLiteral("Initech")));
    HD_EXPECT_OK(customer);
    const qint64 customerId = idOf(resultOf(customer));
    QVERIFY(customerId > kGlobex);
    QCOMPARE(resultOf(customer).value(QLatin1String("name")).toString(), QStringLiteral("Initech"));

    const QJsonObject user = admin->call(QStringLiteral("user.create"),
        QJsonObject { { QStringLiteral("login"), QStringLiteral("peter") },
            { QStringLiteral("name"), QStringLiteral("Peter") },
            { QStringLiteral("role"), QStringLiteral("customer") },
            { QStringLiteral("password"), kPassword }, { QStringLiteral("customerId"), customerId },
            { QStringLiteral("contactRole"), QStringLiteral("owner") },
            { QStringLiteral("locale"), QStringLiteral("de_DE") } });
    HD_EXPECT_OK(user);
    QCOMPARE(resultOf(user).value(QLatin1String("customerId")).toInteger(), customerId);
    QCOMPARE(resultOf(user).value(QLatin1String("locale")).toString(), QStringLiteral("de_DE"));
    QVERIFY(!resultOf(user).contains(QLatin1String("password")));
    auto peter = TestClient::loggedIn(m_server.port(), QStringLiteral("peter"));
    QVERIFY(peter);
    QCOMPARE(peter->userId(), idOf(resultOf(user)));

    HD_EXPECT_ERROR(admin->call(QStringLiteral("user.create"),
                        QJsonObject { { QStringLiteral("login"), QStringLiteral("peter") },
                            { QStringLiteral("name"), QStringLiteral("P2") },
                            { QStringLiteral("role"), QStringLiteral("agent") },
                            { QStringLiteral("password"), kPassword } }),
        1022);
}

void TestProtocol::searchFindsSubjectsAndMessages()
{
    TestClient* agent = as(QStringLiteral("agent"));
    QVERIFY(agent);
    const qint64 id = idOf(createTicket(QStringLiteral("agent"),
        { { QStringLiteral("subject"), QStringLiteral("Zanzibarian outage") },
            { QStringLiteral("body"), QStringLiteral("first") } }));
    const QJsonObject message = resultOf(agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("the quokkalicious router") } }));
    const QJsonArray bySubject
        = resultOf(agent->call(QStringLiteral("search"),
                       params(QStringLiteral("query"), QStringLiteral("zanzibarian"))))
              .value(QLatin1String("items"))
              .toArray();
    QCOMPARE(bySubject.size(), 1);
    QCOMPARE(bySubject.at(0).toObject().value(QLatin1String("ticketId")).toInteger(), id);
    QVERIFY(bySubject.at(0)
                .toObject()
                .value(QLatin1String("snippet"))
                .toString()
                .contains(QLatin1String("Zanzibarian")));
    const QJsonArray byBody
        = resultOf(agent->call(QStringLiteral("search"),
                       QJsonObject { { QStringLiteral("query"), QStringLiteral("quokkalicious") },
                           { QStringLiteral("limit"), 5 } }))
              .value(QLatin1String("items"))
              .toArray();
    QCOMPARE(byBody.size(), 1);
    QCOMPARE(byBody.at(0).toObject().value(QLatin1String("ticketId")).toInteger(), id);
    QCOMPARE(byBody.at(0).toObject().value(QLatin1String("messageId")).toInteger(), idOf(message));
}

void TestProtocol::idempotentMessageAdd()
{
    TestClient* alice = as(QStringLiteral("alice"));
    QVERIFY(alice);
    const QJsonObject add { { QStringLiteral("ticketId"), m_acmeTicket },
        { QStringLiteral("body"), QStringLiteral("sent from the outbox") },
        { QStringLiteral("idempotencyKey"), QStringLiteral("outbox-7f3a") } };
    const QJsonObject first = alice->call(QStringLiteral("message.add"), add);
    HD_EXPECT_OK(first);
    const QJsonObject second = alice->call(QStringLiteral("message.add"), add);
    HD_EXPECT_OK(second);
    QCOMPARE(resultOf(second), resultOf(first));
    // Pipelined retries land in one group commit and still store one message.
    const QJsonValue a = alice->send(QStringLiteral("message.add"), add);
    const QJsonValue b = alice->send(QStringLiteral("message.add"), add);
    QCOMPARE(resultOf(alice->waitForResponse(a)), resultOf(first));
    QCOMPARE(resultOf(alice->waitForResponse(b)), resultOf(first));

    const QJsonArray messages = resultOf(
        alice->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_acmeTicket)))
                                    .value(QLatin1String("messages"))
                                    .toArray();
    int copies = 0;
    for (const QJsonValue& m : messages)
        copies += m.toObject().value(QLatin1String("body")).toString()
            == QLatin1String("sent from the outbox");
    QCOMPARE(copies, 1);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
