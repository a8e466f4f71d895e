// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input: bad JSON and UTF-8, oversized frames, deep nesting, wrong types for
// every registered method, out-of-range values, SQL and HTML stored verbatim. After every test
// the server must still answer a fresh client.
#include "api/methodregistry.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace helpdesk::test;
using helpdesk::server::methodRegistry;

namespace {

constexpr qint64 kSmallFrame = 65536;

QJsonValue fromJsonText(const QByteArray& text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

QByteArray nested(const QByteArray& open, const QByteArray& close, int depth)
{
    return R"({"jsonrpc":"2.0","id":1,"method":"hello","params":)" + open.repeated(depth)
        + close.repeated(depth) + "}";
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void brokenFrames_data();
    void brokenFrames();
    void deepNesting_data();
    void deepNesting();
    void oversizedFrames_data();
    void oversizedFrames();
    void seventeenMegabytesWithoutNewline();
    void wrongParamTypes_data();
    void wrongParamTypes();
    void mailParams_data();
    void similarParams_data();
    void similarParams() { mailParams(); }
    void mailParams();
    void attachmentValues_data();
    void attachmentValues();
    void reportParams_data();
    void reportParams();
    void requestParams_data();
    void requestParams();
    void unknownMethod_data();
    void unknownMethod();
    void methodBeforeHello_data();
    void methodBeforeHello();
    void tokenAfterLogout();
    void subjects_data();
    void subjects();
    void listLimits_data();
    void listLimits();
    void storedVerbatim_data();
    void storedVerbatim();
    void announcementInput_data();
    void announcementInput();
    void alertInput_data();
    void alertInput();

private:
    void fieldError();

    TestServer m_server; // default frame cap (16 MiB)
    TestServer m_smallFrames; // --max-frame-bytes 65536
    std::unique_ptr<TestClient> m_admin;
    qint64 m_ticket = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    TestServer::Options small;
    small.populate = false;
    small.maxFrameBytes = kSmallFrame;
    QVERIFY2(m_smallFrames.start(small), qPrintable(m_smallFrames.errorString()));
    m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    QVERIFY(m_admin);
    const QJsonObject created = m_admin->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Fixture") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("customerId"), kAcme } });
    HD_EXPECT_OK(created);
    m_ticket = idOf(resultOf(created));
}

// Whatever a test did, both servers still serve a new client.
void TestBadInput::cleanup()
{
    for (TestServer* server : { &m_server, &m_smallFrames }) {
        QVERIFY2(server->isRunning(), server->log().right(2000).constData());
        TestClient fresh(server->port());
        QVERIFY(fresh.isConnected());
        HD_EXPECT_OK(fresh.hello());
    }
    if (!m_admin->isConnected())
        m_admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
}

// Lines that are no JSON (or no UTF-8) get -32700 and the connection stays open.
void TestBadInput::brokenFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    const QByteArray prefix
        = R"({"jsonrpc":"2.0","id":1,"method":"hello","params":{"protocol":1,"client":")";
    QTest::newRow("invalid UTF-8 byte") << prefix + "\xff\xfe" + "\"}}";
    QTest::newRow("overlong slash") << prefix + "\xc0\xaf" + "\"}}";
    QTest::newRow("UTF-16 surrogate") << prefix + "\xed\xa0\x80" + "\"}}";
    QTest::newRow("truncated sequence") << prefix + "\xe2\x82" + "\"}}";
    QTest::newRow("above U+10FFFF") << prefix + "\xf4\x90\x80\x80" + "\"}}";
    QTest::newRow("raw control char") << prefix + "a\x01z" + "\"}}";
    QTest::newRow("NUL bytes") << QByteArray(32, '\0');
    QTest::newRow("half a request") << QByteArray(R"({"jsonrpc":"2.0","id":1,"meth)");
    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261126);
    for (char& c : junk) {
        c = char(generator.bounded(256));
        if (c == '\n')
            c = 'n';
    }
    QTest::newRow("64 KiB of binary junk") << junk;
}

void TestBadInput::brokenFrames()
{
    QFETCH(QByteArray, frame);
    TestClient client(m_server.port());
    client.sendRaw(frame + '\n');
    HD_EXPECT_ERROR(client.waitForResponse(QJsonValue::Null), -32700);
    QVERIFY(client.isConnected());
    HD_EXPECT_OK(client.hello());
}

void TestBadInput::deepNesting_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("200000 arrays") << nested("[", "]", 200'000) << -32600 << QByteArray("null");
    QTest::newRow("200000 objects")
        << nested(R"({"a":)", "}", 200'000) << -32600 << QByteArray("null");
    QTest::newRow("200000 unclosed") << nested("[", "", 200'000) << -32600 << QByteArray("null");
    // Brackets inside a string are no nesting: it parses and the long client name is refused.
    QTest::newRow("brackets in a string")
        << R"({"jsonrpc":"2.0","id":2,"method":"hello","params":{"protocol":1,"client":")"
            + QByteArray(200'000, '[') + "\"}}"
        << 1022 << QByteArray("2");
}

void TestBadInput::deepNesting()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, code);
    QFETCH(QByteArray, id);
    // Logged in: these frames are longer than the 64 KiB allowed before login.
    auto logged = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(logged);
    TestClient& client = *logged;
    client.sendRaw(frame + '\n');
    HD_EXPECT_ERROR(client.waitForResponse(fromJsonText(id)), code);
    QVERIFY(client.isConnected());
    HD_EXPECT_OK(client.hello());
}

// On the server with a 64 KiB cap: a longer line gets frame_too_large and the connection
// closes, whether or not its newline ever comes and whatever came before it. `first` is
// written (and its answer awaited) before `bytes`; a login in `first` holds the connection
// while `bytes` arrive, so they are read in one piece: good frame and oversized tail together.
void TestBadInput::oversizedFrames_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("helloFirst"); // `bytes` start with a hello request with id "h"
    const QByteArray hello
        = R"({"jsonrpc":"2.0","id":"h","method":"hello","params":{"protocol":1}})"
          "\n";
    const QByteArray login = hello
        + R"({"jsonrpc":"2.0","id":"l","method":"auth.login","params":{"login":"x","password":"y"}})"
          "\n";
    const QByteArray tail(2 * kSmallFrame, 'a');
    QTest::newRow("one byte over") << QByteArray() << QByteArray(kSmallFrame + 1, 'a') + '\n'
                                   << false;
    QTest::newRow("no newline") << QByteArray() << QByteArray(3 * kSmallFrame, 'a') << false;
    QTest::newRow("after a good frame") << QByteArray() << hello + tail << true;
    QTest::newRow("after a good frame, with newline") << QByteArray() << hello + tail + '\n'
                                                      << true;
    QTest::newRow("read together with a good frame") << login << hello + tail << true;
    QTest::newRow("read together, with newline") << login << hello + tail + '\n' << true;
}

void TestBadInput::oversizedFrames()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, helloFirst);
    TestClient client(m_smallFrames.port());
    client.sendRaw(first);
    client.sendRaw(bytes);
    if (!first.isEmpty())
        HD_EXPECT_ERROR(client.waitForResponse(QStringLiteral("l")), 1001);
    if (helloFirst)
        HD_EXPECT_OK(client.waitForResponse(QStringLiteral("h")));
    const QJsonObject response = client.waitForResponse(QJsonValue::Null);
    HD_EXPECT_ERROR(response, -32600);
    QCOMPARE(errorData(response).value(QLatin1String("reason")).toString(),
        QStringLiteral("frame_too_large"));
    QVERIFY(client.waitForDisconnected());
}

// At the default 16 MiB cap, 17 MiB without a newline: the server must answer and close once
// the cap is passed instead of waiting (and buffering) for the end of the line. Logged in: before
// login the cap is 64 KiB (tst_listener).
void TestBadInput::seventeenMegabytesWithoutNewline()
{
    auto logged = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(logged);
    TestClient& client = *logged;
    const qint64 total = 17LL * 1024 * 1024;
    const qint64 sent = client.stream(QByteArray(1024 * 1024, 'z'), total);
    QVERIFY(sent > 16LL * 1024 * 1024);
    const QJsonObject response = client.waitForResponse(QJsonValue::Null);
    HD_EXPECT_ERROR(response, -32600);
    QCOMPARE(errorData(response).value(QLatin1String("reason")).toString(),
        QStringLiteral("frame_too_large"));
    QVERIFY(client.waitForDisconnected());
}

// For every method in the registry, params of the wrong JSON type give -32602. The generic
// row (params that are no object) applies to all; the per-method rows name a field.
void TestBadInput::wrongParamTypes_data()
{
    static const QHash<QString, QByteArray> kWrongField {
        { QStringLiteral("hello"), R"({"protocol":"1"})" },
        { QStringLiteral("auth.login"), R"({"login":7,"password":"x"})" },
        { QStringLiteral("auth.resume"), R"({"token":["t"]})" },
        { QStringLiteral("auth.logout"), "" }, // takes no params: only the generic row applies
        { QStringLiteral("ticket.create"), R"({"subject":{"s":1},"body":"b"})" },
        { QStringLiteral("ticket.get"), R"({"id":"1"})" },
        { QStringLiteral("ticket.list"), R"({"filter":{"status":"open"}})" },
        { QStringLiteral("ticket.update"), R"({"id":%t%,"version":"1","changes":{}})" },
        { QStringLiteral("message.add"), R"({"ticketId":%t%,"body":"b","internal":"yes"})" },
        { QStringLiteral("search"), R"({"query":42})" },
        { QStringLiteral("search.everywhere"), R"({"query":"dns","kinds":"tickets"})" },
        { QStringLiteral("customer.create"), R"({"name":null})" },
        { QStringLiteral("customer.list"), R"({"limit":"10"})" },
        { QStringLiteral("queue.list"), "" }, // takes no params
        { QStringLiteral("user.list"), R"({"customerId":1.5})" },
        { QStringLiteral("user.setLocale"), R"({"locale":["ru"]})" },
        { QStringLiteral("user.create"),
            R"({"login":"x","name":"x","role":"agent","password":12345678})" },
        { QStringLiteral("user.update"), R"({"id":1,"enabled":"no"})" },
        { QStringLiteral("user.setPassword"), R"({"password":12345678})" },
        { QStringLiteral("audit.list"), R"({"limit":"10"})" },
        { QStringLiteral("customer.get"), R"({"id":"1"})" },
        { QStringLiteral("ticket.link"), R"({"id":%t%,"otherId":"2"})" },
        { QStringLiteral("ticket.unlink"), R"({"id":%t%,"otherId":[2]})" },
        { QStringLiteral("ticket.merge"), R"({"id":%t%,"intoId":true})" },
        { QStringLiteral("ticket.similar"), R"({"id":%t%,"limit":"5"})" },
        { QStringLiteral("message.ccCandidates"), R"({"ticketId":"%t%"})" },
        { QStringLiteral("customer.update"), R"({"id":1,"services":"hosting"})" },
        { QStringLiteral("signature.list"), R"({"locale":"en"})" }, // takes no params
        { QStringLiteral("signature.set"), R"({"text":["Regards"]})" },
        { QStringLiteral("kb.categoryList"), R"({"language":5})" },
        { QStringLiteral("kb.categorySave"), R"({"names":{"en":7}})" },
        { QStringLiteral("kb.articleList"), R"({"categoryId":"1"})" },
        { QStringLiteral("kb.articleGet"), R"({"id":"1"})" },
        { QStringLiteral("kb.articleSave"), R"({"language":"en","title":"t","body":["b"]})" },
        { QStringLiteral("kb.articleHistory"), R"({"id":1,"limit":"5"})" },
        { QStringLiteral("kb.suggest"), R"({"text":{"t":1}})" },
        { QStringLiteral("kb.feedback"), R"({"id":1,"helpful":"yes"})" },
        { QStringLiteral("canned.list"), R"({"query":3})" },
        { QStringLiteral("canned.save"), R"({"name":"n","texts":{"en":["t"]}})" },
        { QStringLiteral("canned.delete"), R"({"id":"1"})" },
        { QStringLiteral("canned.render"), R"({"id":1,"ticketId":"%t%"})" },
        { QStringLiteral("macro.apply"), R"({"id":1,"ticketId":%t%,"version":"1"})" },
        { QStringLiteral("calendar.list"), R"({"all":true})" }, // takes no params
        { QStringLiteral("calendar.save"), R"({"name":"x","timeZone":"UTC","hours":"mon"})" },
        { QStringLiteral("slaPolicy.list"), R"({"queueId":1})" }, // takes no params
        { QStringLiteral("slaPolicy.save"), R"({"name":"x","firstResponseMinutes":"60"})" },
        { QStringLiteral("rota.list"), R"({"queueId":"1"})" },
        { QStringLiteral("rota.save"), R"({"queueId":1,"shifts":{"userId":1}})" },
        { QStringLiteral("timeSpent.settings"), R"({"queueId":1})" }, // takes no params
        { QStringLiteral("timeSpent.configure"), R"({"queueId":1,"required":"yes"})" },
        { QStringLiteral("timeSpent.report"), R"({"since":1,"until":"2026-12-01T00:00:00Z"})" },
        { QStringLiteral("queue.create"), R"({"name":"Q","kind":1})" },
        { QStringLiteral("queue.update"), R"({"id":1,"archived":"yes"})" },
        { QStringLiteral("queue.setMembers"), R"({"id":1,"members":{"userId":3}})" },
        { QStringLiteral("presence.set"), R"({"status":1})" },
        { QStringLiteral("presence.list"), "" }, // takes no params
        { QStringLiteral("ticket.setActivity"), R"({"ticketId":%t%,"state":2})" },
        { QStringLiteral("view.list"), "" }, // takes no params
        { QStringLiteral("view.save"), R"({"name":"V","filter":{"status":"open"}})" },
        { QStringLiteral("view.delete"), R"({"id":"1"})" },
        { QStringLiteral("user.getNotifications"), R"({"mail":true})" }, // takes no params
        { QStringLiteral("user.setNotifications"), R"({"mail":"no"})" },
        { QStringLiteral("message.mailOriginal"), R"({"messageId":"1"})" },
        { QStringLiteral("announcement.list"), R"({"filter":{"state":"current"}})" },
        { QStringLiteral("announcement.get"), R"({"id":"1"})" },
        { QStringLiteral("announcement.save"), R"({"kind":"maintenance","audience":"all","startsAt":1,"endsAt":"2030-01-01T00:00:00Z","texts":[]})" },
        { QStringLiteral("announcement.withdraw"), R"({"id":1,"version":"1"})" },
        { QStringLiteral("requestType.list"), R"({"includeArchived":"yes"})" },
        { QStringLiteral("requestType.save"), R"({"key":"k","names":{"en":"x"},"fields":{"key":"a"}})" },
        { QStringLiteral("requestType.archive"), R"({"id":1,"version":"1"})" },
        { QStringLiteral("ticket.approve"), R"({"id":"1"})" },
        { QStringLiteral("ticket.refuse"), R"({"id":1,"comment":5})" },
        { QStringLiteral("attachment.begin"), R"({"name":"a.txt","size":"10"})" },
        { QStringLiteral("attachment.chunk"), R"({"uploadId":"x","offset":"0","data":"YWJj"})" },
        { QStringLiteral("attachment.status"), R"({"uploadId":5})" },
        { QStringLiteral("attachment.cancel"), R"({"uploadId":["x"]})" },
        { QStringLiteral("attachment.get"), R"({"id":"1"})" },
        { QStringLiteral("auth.token"), R"({"token":5})" },
        { QStringLiteral("apiToken.create"), R"({"name":"N","scopes":"alerts"})" },
        { QStringLiteral("apiToken.list"), R"({"includeRevoked":"yes"})" },
        { QStringLiteral("apiToken.revoke"), R"({"id":"1"})" },
        { QStringLiteral("alert.fire"), R"({"key":"k","status":"firing","summary":5})" },
        { QStringLiteral("csat.get"), R"({"ticketId":"1"})" },
        { QStringLiteral("csat.rate"), R"({"ticketId":%t%,"rating":1})" },
        { QStringLiteral("csat.rateByToken"), R"({"token":1,"rating":"good"})" },
        { QStringLiteral("report.summary"), R"({"since":"2026-01-01T00:00:00Z","until":"2026-02-01T00:00:00Z","queueId":"1"})" },
        { QStringLiteral("report.agents"), R"({"since":"2026-01-01T00:00:00Z","until":2})" },
    };
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    for (const auto& spec : methodRegistry()) {
        const QByteArray name = spec.name.toUtf8();
        QTest::newRow((name + " / array params").constData()) << spec.name << QByteArray("[{}]");
        QVERIFY2(kWrongField.contains(spec.name),
            qPrintable(QStringLiteral("no wrong-type row for %1: add one").arg(spec.name)));
        const QByteArray field = kWrongField.value(spec.name);
        if (!field.isEmpty())
            QTest::newRow((name + " / wrong field type").constData()) << spec.name << field;
    }
    // Found by fuzz_handlers: an id far beyond 2^53 was converted to an integer (undefined).
    QTest::newRow("ticket.create / attachment id 2e110") << QStringLiteral("ticket.create")
        << QByteArray(R"({"subject":"s","body":"b","attachmentIds":[2.2e110]})");
    QTest::newRow("message.add / attachment id 2^63") << QStringLiteral("message.add")
        << QByteArray(R"({"ticketId":%t%,"body":"b","attachmentIds":[9223372036854775808]})");
}

void TestBadInput::wrongParamTypes()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    params.replace("%t%", QByteArray::number(m_ticket));
    const QJsonValue value = fromJsonText(params);
    QVERIFY2(!value.isUndefined(), params.constData());
    // A method admins may not call (kb.feedback: customers only) is tried by a customer.
    std::unique_ptr<TestClient> customer;
    if (!helpdesk::server::findMethod(method)->allows(helpdesk::Role::Admin))
        customer = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    const QJsonObject response = (customer ? *customer : *m_admin).call(method, value);
    HD_EXPECT_ERROR(response, -32602);
    QVERIFY(m_admin->isConnected());
    QCOMPARE(m_admin->user().value(QLatin1String("login")).toString(), QStringLiteral("admin"));
    HD_EXPECT_OK(m_admin->call(QStringLiteral("queue.list")));
}

// Issue 13: message.add sendMail, user.setNotifications, message.mailOriginal.
void TestBadInput::mailParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    const QString add = QStringLiteral("message.add");
    QTest::newRow("sendMail on an internal note")
        << add << QByteArray(R"({"ticketId":%t%,"body":"b","internal":true,"sendMail":true})") << 1022;
    QTest::newRow("sendMail not a boolean")
        << add << QByteArray(R"({"ticketId":%t%,"body":"b","sendMail":1})") << -32602;
    // cc (CC of other contacts): shapes -32602, rules 1022 (tst_cc checks each refusal's reason).
    QTest::newRow("cc not an array") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":6})") << -32602;
    QTest::newRow("cc id as text") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":["6"]})") << -32602;
    QTest::newRow("cc id 0") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[0]})") << -32602;
    QTest::newRow("cc id 1.5") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[1.5]})") << -32602;
    QTest::newRow("cc object") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[{"id":6}]})") << -32602;
    QTest::newRow("cc twice") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[6,6]})") << 1022;
    QTest::newRow("cc 21 ids") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21]})") << 1022;
    QTest::newRow("cc on an internal note") << add << QByteArray(R"({"ticketId":%t%,"body":"b","internal":true,"cc":[6]})") << 1022;
    QTest::newRow("cc with sendMail false") << add << QByteArray(R"({"ticketId":%t%,"body":"b","sendMail":false,"cc":[6]})") << 1022;
    QTest::newRow("cc of no such user") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[987654]})") << 1022;
    QTest::newRow("cc of staff") << add << QByteArray(R"({"ticketId":%t%,"body":"b","cc":[3]})") << 1022;
    const QString candidates = QStringLiteral("message.ccCandidates");
    QTest::newRow("candidates: ticketId missing") << candidates << QByteArray("{}") << -32602;
    QTest::newRow("candidates: unknown param") << candidates << QByteArray(R"({"ticketId":%t%,"all":true})") << -32602;
    QTest::newRow("candidates: no such ticket") << candidates << QByteArray(R"({"ticketId":987654})") << 1004;
    const QString set = QStringLiteral("user.setNotifications");
    QTest::newRow("mail missing") << set << QByteArray("{}") << -32602;
    QTest::newRow("mail null") << set << QByteArray(R"({"mail":null})") << -32602;
    QTest::newRow("unknown param") << set << QByteArray(R"({"mail":true,"sms":true})") << -32602;
    const QString original = QStringLiteral("message.mailOriginal");
    QTest::newRow("messageId 0") << original << QByteArray(R"({"messageId":0})") << -32602;
    QTest::newRow("messageId missing") << original << QByteArray("{}") << -32602;
    QTest::newRow("not a mail") << original << QByteArray(R"({"messageId":1})") << 1004;
}

// Issue 11: ticket.similar takes an existing ticket and a limit of 1 to 5 (mailParams runs it).
void TestBadInput::similarParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    const QString similar = QStringLiteral("ticket.similar");
    QTest::newRow("id missing") << similar << QByteArray(R"({"limit":5})") << -32602;
    QTest::newRow("id not a number") << similar << QByteArray(R"({"id":"%t%"})") << -32602;
    QTest::newRow("id 0") << similar << QByteArray(R"({"id":0})") << -32602;
    QTest::newRow("unknown param") << similar << QByteArray(R"({"id":%t%,"text":"x"})") << -32602;
    QTest::newRow("limit 0") << similar << QByteArray(R"({"id":%t%,"limit":0})") << 1022;
    QTest::newRow("limit 6") << similar << QByteArray(R"({"id":%t%,"limit":6})") << 1022;
    QTest::newRow("limit -1") << similar << QByteArray(R"({"id":%t%,"limit":-1})") << 1022;
    QTest::newRow("limit 2.5") << similar << QByteArray(R"({"id":%t%,"limit":2.5})") << -32602;
    QTest::newRow("no such ticket") << similar << QByteArray(R"({"id":987654})") << 1004;
}

void TestBadInput::mailParams()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    params.replace("%t%", QByteArray::number(m_ticket));
    HD_EXPECT_ERROR(m_admin->call(method, fromJsonText(params)), code);
}

// Issue 15: ratings and reports. Ratings as the customer alice (staff may not rate).
void TestBadInput::reportParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    const QString summary = QStringLiteral("report.summary");
    QTest::newRow("since missing") << summary << QByteArray(R"({"until":"2026-02-01T00:00:00Z"})") << -32602;
    QTest::newRow("until before since")
        << summary << QByteArray(R"({"since":"2026-02-01T00:00:00Z","until":"2026-01-01T00:00:00Z"})") << 1022;
    QTest::newRow("not a time") << summary << QByteArray(R"({"since":"yesterday","until":"2026-01-01T00:00:00Z"})") << 1022;
    QTest::newRow("over ten years")
        << summary << QByteArray(R"({"since":"2010-01-01T00:00:00Z","until":"2026-01-01T00:00:00Z"})") << 1022;
    QTest::newRow("unknown filter")
        << QStringLiteral("report.agents")
        << QByteArray(R"({"since":"2026-01-01T00:00:00Z","until":"2026-02-01T00:00:00Z","team":1})") << -32602;
    QTest::newRow("no such agent")
        << QStringLiteral("report.agents")
        << QByteArray(R"({"since":"2026-01-01T00:00:00Z","until":"2026-02-01T00:00:00Z","agentId":987654})") << 1004;
    const QString rate = QStringLiteral("csat.rate");
    QTest::newRow("rating not good or bad") << rate << QByteArray(R"({"ticketId":%t%,"rating":"meh"})") << 1022;
    QTest::newRow("rating missing") << rate << QByteArray(R"({"ticketId":%t%})") << -32602;
    QTest::newRow("comment too long")
        << rate << QByteArray(R"({"ticketId":%t%,"rating":"good","comment":")" + QByteArray(2001, 'x') + R"("})") << 1022;
    QTest::newRow("ticket not resolved") << rate << QByteArray(R"({"ticketId":%t%,"rating":"good"})") << 1022;
    const QString byToken = QStringLiteral("csat.rateByToken");
    QTest::newRow("token malformed") << byToken << QByteArray(R"({"token":"abc","rating":"good"})") << 1022;
    QTest::newRow("token empty") << byToken << QByteArray(R"({"token":"","rating":"good"})") << 1022;
    QTest::newRow("token unknown param") << byToken << QByteArray(R"({"token":"1.1.x","rating":"good","as":1})") << -32602;
}

void TestBadInput::reportParams()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    params.replace("%t%", QByteArray::number(m_ticket));
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    QVERIFY(alice);
    TestClient& client = method == QLatin1String("csat.rate") ? *alice : *m_admin;
    HD_EXPECT_ERROR(client.call(method, fromJsonText(params)), code);
}

// Issue 11: request types and the answers of a guided request.
void TestBadInput::requestParams_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    const QString save = QStringLiteral("requestType.save");
    auto field = [](const char* json) {
        return QByteArray(R"({"key":"bad_type","names":{"en":"Bad"},"fields":[)") + json + "]}";
    };
    QTest::newRow("key with spaces") << save << QByteArray(R"({"key":"Bad Key","names":{"en":"x"}})") << 1022;
    QTest::newRow("names without en") << save << QByteArray(R"({"key":"k1","names":{"de":"x"}})") << 1022;
    QTest::newRow("names not an object") << save << QByteArray(R"({"key":"k1","names":"x"})") << -32602;
    QTest::newRow("name not a string") << save << QByteArray(R"({"key":"k1","names":{"en":1}})") << -32602;
    QTest::newRow("names missing") << save << QByteArray(R"({"key":"k1"})") << -32602;
    QTest::newRow("key taken") << save << QByteArray(R"({"key":"question","names":{"en":"x"}})") << 1022;
    QTest::newRow("no such queue") << save << QByteArray(R"({"key":"k1","names":{"en":"x"},"queueId":99999})") << 1022;
    QTest::newRow("version missing") << save << QByteArray(R"({"id":1,"position":2})") << -32602;
    QTest::newRow("no such type") << save << QByteArray(R"({"id":99999,"version":1})") << 1004;
    QTest::newRow("common key") << save << field(R"({"key":"error","kind":"text","labels":{"en":"E"}})") << 1022;
    QTest::newRow("unknown kind") << save << field(R"({"key":"n","kind":"number","labels":{"en":"N"}})") << 1022;
    QTest::newRow("choice without choices") << save << field(R"({"key":"c","kind":"choice","labels":{"en":"C"}})") << 1022;
    QTest::newRow("choices on text") << save << field(R"({"key":"t","kind":"text","labels":{"en":"T"},"choices":["a"]})") << 1022;
    QTest::newRow("field key twice") << save << field(R"({"key":"t","kind":"text","labels":{"en":"T"}},{"key":"t","kind":"date","labels":{"en":"D"}})") << 1022;
    QTest::newRow("field not an object") << save << field(R"("site")") << -32602;
    QTest::newRow("field unknown param") << save << field(R"({"key":"t","kind":"text","labels":{"en":"T"},"hint":"x"})") << -32602;
    QTest::newRow("field labels missing") << save << field(R"({"key":"t","kind":"text"})") << -32602;
    const QString archive = QStringLiteral("requestType.archive");
    QTest::newRow("archive without version") << archive << QByteArray(R"({"id":1})") << -32602;
    QTest::newRow("archive missing") << archive << QByteArray(R"({"id":99999,"version":1})") << 1004;
    QTest::newRow("archive stale") << archive << QByteArray(R"({"id":1,"version":99})") << 1009;
    const QString create = QStringLiteral("ticket.create");
    QTest::newRow("requestTypeId not an id") << create << QByteArray(R"({"subject":"s","body":"b","requestTypeId":"1"})") << -32602;
    QTest::newRow("no such request type") << create << QByteArray(R"({"subject":"s","body":"b","requestTypeId":99999})") << 1022;
    QTest::newRow("fields not an object") << create << QByteArray(R"({"subject":"s","body":"b","requestTypeId":1,"fields":[]})") << -32602;
    QTest::newRow("fields without a type") << create << QByteArray(R"({"subject":"s","body":"b","fields":{"error":"x"}})") << 1022;
    QTest::newRow("unknown answer") << create << QByteArray(R"({"subject":"s","body":"b","requestTypeId":1,"fields":{"colour":"red"}})") << 1022;
    QTest::newRow("approve: id missing") << QStringLiteral("ticket.approve") << QByteArray("{}") << -32602;
    QTest::newRow("refuse: unknown param") << QStringLiteral("ticket.refuse") << QByteArray(R"({"id":%t%,"reason":"x"})") << -32602;
}

void TestBadInput::requestParams()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    params.replace("%t%", QByteArray::number(m_ticket));
    std::unique_ptr<TestClient> customer; // ticket.approve/refuse: customers only
    if (!helpdesk::server::findMethod(method)->allows(helpdesk::Role::Admin))
        customer = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    HD_EXPECT_ERROR((customer ? *customer : *m_admin).call(method, fromJsonText(params)), code);
}

void TestBadInput::unknownMethod_data()
{
    QTest::addColumn<QString>("method");
    for (const char* name : { "", "ticket", "ticket.", "TICKET.GET", "ticket.get ", "rpc.discover",
             "__proto__", "constructor" })
        QTest::newRow(name[0] ? name : "empty") << QString::fromUtf8(name);
    // Long, but within the 64 KiB a frame may have before login.
    QTest::newRow("long") << QString(60'000, QLatin1Char('m'));
}

void TestBadInput::unknownMethod()
{
    QFETCH(QString, method);
    HD_EXPECT_ERROR(m_admin->call(method, QJsonObject()), -32601);
    TestClient anonymous(m_server.port());
    // docs/protocol.md: before hello, any other method gets 1001, unknown ones included.
    HD_EXPECT_ERROR(anonymous.call(method, QJsonObject()), 1001);
    HD_EXPECT_OK(anonymous.hello());
    HD_EXPECT_ERROR(anonymous.call(method, QJsonObject()), -32601);
}

void TestBadInput::methodBeforeHello_data()
{
    QTest::addColumn<QString>("method");
    for (const auto& spec : methodRegistry()) {
        if (spec.name != QLatin1String("hello"))
            QTest::newRow(spec.name.toUtf8().constData()) << spec.name;
    }
}

void TestBadInput::methodBeforeHello()
{
    QFETCH(QString, method);
    TestClient client(m_server.port());
    HD_EXPECT_ERROR(client.call(method, QJsonObject()), 1001);
    HD_EXPECT_ERROR(client.call(QStringLiteral("auth.login"),
                        QJsonObject { { QStringLiteral("login"), QStringLiteral("admin") },
                            { QStringLiteral("password"), kPassword } }),
        1001);
    HD_EXPECT_OK(client.hello());
}

void TestBadInput::tokenAfterLogout()
{
    auto client = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(client);
    const QString token = client->token();
    HD_EXPECT_OK(client->call(QStringLiteral("auth.logout")));
    HD_EXPECT_ERROR(
        client->call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), token)), 1001);
    HD_EXPECT_ERROR(
        client->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)), 1001);
    HD_EXPECT_ERROR(client->call(QStringLiteral("auth.logout")), 1001);
    TestClient other(m_server.port());
    HD_EXPECT_OK(other.hello());
    HD_EXPECT_ERROR(
        other.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), token)), 1001);
    HD_EXPECT_ERROR(other.call(QStringLiteral("auth.resume"),
                        params(QStringLiteral("token"), token + QLatin1Char('x'))),
        1001);
    HD_EXPECT_ERROR(other.call(QStringLiteral("auth.resume"),
                        params(QStringLiteral("token"), QString(300, QLatin1Char('t')))),
        1022);
}

void TestBadInput::subjects_data()
{
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("code");
    for (bool update : { false, true }) {
        const QByteArray method = update ? "update: " : "create: ";
        QTest::newRow((method + "empty").constData()) << update << QString() << 1022;
        QTest::newRow((method + "blanks").constData()) << update << QStringLiteral(" \t ") << 1022;
        QTest::newRow((method + "501 chars").constData())
            << update << QString(501, QLatin1Char('s')) << 1022;
        QTest::newRow((method + "1 MiB").constData())
            << update << QString(1024 * 1024, QLatin1Char('s')) << 1022;
        QTest::newRow((method + "500 chars").constData())
            << update << QString(500, QLatin1Char('s')) << 0;
    }
}

void TestBadInput::subjects()
{
    QFETCH(bool, update);
    QFETCH(QString, subject);
    QFETCH(int, code);
    QJsonObject response;
    if (update) {
        const QJsonObject ticket = resultOf(
            m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_ticket)))
                                       .value(QLatin1String("ticket"))
                                       .toObject();
        response = m_admin->call(QStringLiteral("ticket.update"),
            QJsonObject { { QStringLiteral("id"), m_ticket },
                { QStringLiteral("version"), ticket.value(QLatin1String("version")) },
                { QStringLiteral("changes"), params(QStringLiteral("subject"), subject) } });
    } else {
        response = m_admin->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), subject },
                { QStringLiteral("body"), QStringLiteral("b") } });
    }
    HD_EXPECT_ERROR(response, code);
    const QString field = update ? QStringLiteral("changes.subject") : QStringLiteral("subject");
    if (code == 1022)
        QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
            describe(response).constData());
    else
        QCOMPARE(resultOf(response).value(QLatin1String("subject")).toString(), subject);
}

void TestBadInput::listLimits_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<int>("code");
    QTest::newRow("500") << QByteArray("500") << 0;
    QTest::newRow("1") << QByteArray("1") << 0;
    QTest::newRow("501") << QByteArray("501") << 1022;
    QTest::newRow("0") << QByteArray("0") << 1022;
    QTest::newRow("-1") << QByteArray("-1") << 1022;
    QTest::newRow("2^53") << QByteArray("9007199254740993") << -32602;
    QTest::newRow("1e300") << QByteArray("1e300") << -32602;
    QTest::newRow("1.5") << QByteArray("1.5") << -32602;
    QTest::newRow("string") << QByteArray(R"("50")") << -32602;
    QTest::newRow("true") << QByteArray("true") << -32602;
}

void TestBadInput::listLimits()
{
    QFETCH(QByteArray, limit);
    QFETCH(int, code);
    const QJsonObject response = m_admin->call(
        QStringLiteral("ticket.list"), params(QStringLiteral("limit"), fromJsonText(limit)));
    HD_EXPECT_ERROR(response, code);
    if (code != 0)
        QVERIFY(errorData(response)
                    .value(QLatin1String("fields"))
                    .toObject()
                    .contains(QLatin1String("limit")));
}

void TestBadInput::storedVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asTag"); // tags refuse control characters and commas
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE tickets; --") << true;
    QTest::newRow("HTML") << QStringLiteral("<script>alert(1)</script>") << true;
    QTest::newRow("quotes and wildcards")
        << QStringLiteral("Robert'); DROP TABLE users;-- \"q\" \\ %_* ☃ 𝄞") << true;
    QTest::newRow("NUL and separators")
        << QStringLiteral("a") + QChar(0) + QStringLiteral("b\u2028c\u0007d") << false;
    QTest::newRow("FTS syntax") << QStringLiteral("NEAR(\"x\" OR y*) AND -z ^ :col") << true;
}

// Every string field stores and returns the text as sent, and nothing is interpreted.
void TestBadInput::storedVerbatim()
{
    QFETCH(QString, text);
    QFETCH(bool, asTag);
    static int s_row = 0;
    ++s_row;

    const QJsonObject customer
        = m_admin->call(QStringLiteral("customer.create"), params(QStringLiteral("name"), text));
    HD_EXPECT_OK(customer);
    QCOMPARE(resultOf(customer).value(QLatin1String("name")).toString(), text);
    const QJsonObject found = resultOf(m_admin->call(QStringLiteral("customer.list"),
        QJsonObject { { QStringLiteral("query"), text }, { QStringLiteral("limit"), 500 } }));
    QVERIFY2(found.value(QLatin1String("items")).toArray().contains(resultOf(customer)),
        QJsonDocument(found).toJson().constData());

    const QString login = QStringLiteral("verbatim%1").arg(s_row);
    const QJsonObject user = m_admin->call(QStringLiteral("user.create"),
        QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("name"), text },
            { QStringLiteral("role"), QStringLiteral("customer") },
            { QStringLiteral("password"), kPassword },
            { QStringLiteral("customerId"), idOf(resultOf(customer)) },
            { QStringLiteral("contactRole"), QStringLiteral("owner") } });
    HD_EXPECT_OK(user);
    QCOMPARE(resultOf(user).value(QLatin1String("name")).toString(), text);
    HD_EXPECT_ERROR(
        m_admin->call(QStringLiteral("user.create"),
            QJsonObject { { QStringLiteral("login"), text }, { QStringLiteral("name"), text },
                { QStringLiteral("role"), QStringLiteral("agent") },
                { QStringLiteral("password"), kPassword } }),
        1022);

    QJsonObject create { { QStringLiteral("subject"), text }, { QStringLiteral("body"), text },
        { QStringLiteral("customerId"), idOf(resultOf(customer)) } };
    if (asTag)
        create.insert(QStringLiteral("tags"), QJsonArray { text });
    const QJsonObject ticket = m_admin->call(QStringLiteral("ticket.create"), create);
    HD_EXPECT_OK(ticket);
    const qint64 id = idOf(resultOf(ticket));
    HD_EXPECT_OK(m_admin->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), text } }));
    const QJsonObject got
        = resultOf(m_admin->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
    QCOMPARE(
        got.value(QLatin1String("ticket")).toObject().value(QLatin1String("subject")).toString(),
        text);
    if (asTag)
        QCOMPARE(
            got.value(QLatin1String("ticket")).toObject().value(QLatin1String("tags")).toArray(),
            QJsonArray { text });
    const QJsonArray messages = got.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    for (const QJsonValue& message : messages)
        QCOMPARE(message.toObject().value(QLatin1String("body")).toString(), text);

    if (asTag) {
        const QJsonObject tagged = resultOf(m_admin->call(QStringLiteral("ticket.list"),
            params(QStringLiteral("filter"), params(QStringLiteral("tag"), text))));
        QCOMPARE(tagged.value(QLatin1String("total")).toInteger(), 1);
        QCOMPARE(idOf(tagged.value(QLatin1String("items")).toArray().at(0)), id);
    }
    // Search treats the text as words, never as query syntax.
    const QJsonObject search
        = m_admin->call(QStringLiteral("search"), params(QStringLiteral("query"), text));
    HD_EXPECT_OK(search);
    bool hit = false;
    for (const QJsonValue& item : resultOf(search).value(QLatin1String("items")).toArray())
        hit = hit || item.toObject().value(QLatin1String("ticketId")).toInteger() == id;
    QVERIFY2(hit, describe(search).constData());

    // A knowledge-base article keeps its text as written and finds it as words.
    const QJsonObject article = m_admin->call(QStringLiteral("kb.articleSave"),
        QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), text }, { QStringLiteral("body"), text },
            { QStringLiteral("state"), QStringLiteral("published") } });
    HD_EXPECT_OK(article);
    const QJsonObject stored = resultOf(m_admin->call(
        QStringLiteral("kb.articleGet"), params(QStringLiteral("id"), idOf(resultOf(article)))));
    QCOMPARE(stored.value(QLatin1String("title")).toString(), text.trimmed());
    QCOMPARE(stored.value(QLatin1String("body")).toString(), text);
    HD_EXPECT_OK(m_admin->call(QStringLiteral("kb.suggest"), params(QStringLiteral("text"), text)));
    HD_EXPECT_OK(
        m_admin->call(QStringLiteral("kb.articleList"), params(QStringLiteral("query"), text)));

    // The tables are all still there.
    HD_EXPECT_OK(m_admin->call(QStringLiteral("ticket.list"), params(QStringLiteral("limit"), 1)));
    HD_EXPECT_OK(m_admin->call(QStringLiteral("user.list"), params(QStringLiteral("limit"), 1)));
    QVERIFY(TestClient::loggedIn(m_server.port(), login));
}

// announcement.*: each row changes one param of a valid request; the error names the field.
void TestBadInput::announcementInput_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QByteArray text = R"({"language":"en","title":"Maintenance","body":"Tonight"})";
    const QByteArray base = R"("kind":"maintenance","audience":"all","startsAt":"2030-01-01T00:00:00Z","endsAt":"2030-01-01T02:00:00Z")";
    auto save = [&](const QByteArray& name, const QByteArray& json, int code, const char* field) {
        QTest::newRow(name.constData()) << QStringLiteral("announcement.save") << json << code
                                        << QString::fromLatin1(field);
    };
    const QByteArray texts = R"("texts":[)" + text + "]";
    save("no kind", R"({"audience":"all","startsAt":"2030-01-01T00:00:00Z","endsAt":"2030-01-02T00:00:00Z",)" + texts + "}", -32602, "kind");
    save("no texts", "{" + base + "}", -32602, "texts");
    save("unknown field", "{" + base + "," + texts + R"(,"colour":"red"})", -32602, "colour");
    save("version without id", "{" + base + "," + texts + R"(,"version":1})", -32602, "version");
    save("id without version", R"({"id":1,"kind":"other"})", -32602, "version");
    save("kind", R"({"kind":"party",)" + base.mid(21) + "," + texts + "}", 1022, "kind");
    save("audience", "{" + QByteArray(base).replace(R"("all")", R"("nobody")") + "," + texts + "}", 1022, "audience");
    save("customers without ids", "{" + QByteArray(base).replace(R"("all")", R"("customers")") + "," + texts + "}", 1022, "customerIds");
    save("unknown customer", "{" + QByteArray(base).replace(R"("all")", R"("customers")") + "," + texts + R"(,"customerIds":[987654]})", 1022, "customerIds");
    save("customer id type", "{" + QByteArray(base).replace(R"("all")", R"("customers")") + "," + texts + R"(,"customerIds":["1"]})", -32602, "customerIds.0");
    save("service without kind", "{" + QByteArray(base).replace(R"("all")", R"("service")") + "," + texts + "}", 1022, "serviceKind");
    save("service kind", "{" + QByteArray(base).replace(R"("all")", R"("service")") + "," + texts + R"(,"serviceKind":"vps"})", 1022, "serviceKind");
    save("ends before start", "{" + QByteArray(base).replace("T02:00", "T00:00") + "," + texts + "}", 1022, "endsAt");
    save("starts not a time", "{" + QByteArray(base).replace("2030-01-01T00:00:00Z", "tomorrow") + "," + texts + "}", 1022, "startsAt");
    save("texts empty", "{" + base + R"(,"texts":[]})", 1022, "texts");
    save("texts not objects", "{" + base + R"(,"texts":["Maintenance"]})", -32602, "texts.0");
    save("texts language", "{" + base + R"(,"texts":[{"language":"English","title":"t","body":""}]})", 1022, "texts.0.language");
    save("texts twice", "{" + base + R"(,"texts":[)" + text + "," + text + "]}", 1022, "texts.1.language");
    save("title blank", "{" + base + R"(,"texts":[{"language":"en","title":"  ","body":""}]})", 1022, "texts.0.title");
    save("title long", "{" + base + R"(,"texts":[{"language":"en","title":")" + QByteArray(201, 't') + R"(","body":""}]})", 1022, "texts.0.title");
    save("body long", "{" + base + R"(,"texts":[{"language":"en","title":"t","body":")" + QByteArray(20'001, 'b') + R"("}]})", 1022, "texts.0.body");
    save("body type", "{" + base + R"(,"texts":[{"language":"en","title":"t","body":7}]})", -32602, "texts.0.body");
    auto row = [](const char* name, const char* method, const QByteArray& json, int code, const char* field) {
        QTest::newRow(name) << QString::fromLatin1(method) << json << code << QString::fromLatin1(field);
    };
    row("list state", "announcement.list", R"({"filter":{"state":["soon"]}})", 1022, "filter.state");
    row("list kind", "announcement.list", R"({"filter":{"kind":["party"]}})", 1022, "filter.kind");
    row("list filter key", "announcement.list", R"({"filter":{"audience":"all"}})", -32602, "filter.audience");
    row("list limit", "announcement.list", R"({"limit":201})", 1022, "limit");
    row("list offset", "announcement.list", R"({"offset":-1})", 1022, "offset");
    row("get id", "announcement.get", R"({"id":0})", -32602, "id");
    row("withdraw no version", "announcement.withdraw", R"({"id":1})", -32602, "version");
    row("message announcement type", "message.add", R"({"ticketId":%t%,"body":"b","announcementId":"1"})", -32602, "announcementId");
    row("message announcement missing", "message.add", R"({"ticketId":%t%,"body":"b","announcementId":987654})", 1022, "announcementId");
}

void TestBadInput::announcementInput()
{
    fieldError();
}

// A row of method, params, code and field: the admin's call fails with that code naming that
// field.
void TestBadInput::fieldError()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    QFETCH(QString, field);
    params.replace("%t%", QByteArray::number(m_ticket));
    const QJsonValue value = fromJsonText(params);
    QVERIFY2(!value.isUndefined(), params.left(200).constData());
    const QJsonObject response = m_admin->call(method, value);
    HD_EXPECT_ERROR(response, code);
    QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
        describe(response).constData());
    QCOMPARE(m_admin->user().value(QLatin1String("login")).toString(), QStringLiteral("admin"));
}

// Issue 13, monitoring alerts: apiToken.*, auth.token and alert.fire (as an admin); each row
// breaks one param, and the error names it.
void TestBadInput::alertInput_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    auto row = [](const char* name, const char* method, const QByteArray& json, int code,
                   const char* field) {
        QTest::newRow(name) << QString::fromLatin1(method) << json << code
                            << QString::fromLatin1(field);
    };
    const char* fire = "alert.fire";
    row("alert no key", fire, R"({"status":"firing","summary":"s"})", -32602, "key");
    row("alert key blank", fire, R"({"key":"  ","status":"firing","summary":"s"})", 1022, "key");
    row("alert key long", fire, R"({"key":")" + QByteArray(201, 'k') + R"(","status":"firing","summary":"s"})", 1022, "key");
    row("alert no status", fire, R"({"key":"k","summary":"s"})", -32602, "status");
    row("alert status", fire, R"({"key":"k","status":"burning","summary":"s"})", 1022, "status");
    row("alert firing without summary", fire, R"({"key":"k","status":"firing"})", -32602, "summary");
    row("alert summary long", fire, R"({"key":"k","status":"firing","summary":")" + QByteArray(501, 's') + R"("})", 1022, "summary");
    row("alert description long", fire, R"({"key":"k","status":"firing","summary":"s","description":")" + QByteArray(10'001, 'd') + R"("})", 1022, "description");
    row("alert severity", fire, R"({"key":"k","status":"firing","summary":"s","severity":"catastrophic"})", 1022, "severity");
    row("alert host type", fire, R"({"key":"k","status":"firing","summary":"s","host":["a"]})", -32602, "host");
    row("alert labels type", fire, R"({"key":"k","status":"firing","summary":"s","labels":["a"]})", -32602, "labels");
    row("alert label value", fire, R"({"key":"k","status":"firing","summary":"s","labels":{"job":1}})", -32602, "labels.job");
    row("alert unknown field", fire, R"({"key":"k","status":"firing","summary":"s","colour":"red"})", -32602, "colour");
    const char* create = "apiToken.create";
    row("token no name", create, R"({"scopes":["alerts"]})", -32602, "name");
    row("token name blank", create, R"({"name":" ","scopes":["alerts"]})", 1022, "name");
    row("token name long", create, R"({"name":")" + QByteArray(101, 'n') + R"(","scopes":["alerts"]})", 1022, "name");
    row("token no scopes", create, R"({"name":"n"})", -32602, "scopes");
    row("token scopes empty", create, R"({"name":"n","scopes":[]})", 1022, "scopes");
    row("token scope unknown", create, R"({"name":"n","scopes":["admin"]})", 1022, "scopes");
    row("token scope type", create, R"({"name":"n","scopes":[1]})", -32602, "scopes");
    row("token unknown field", create, R"({"name":"n","scopes":["alerts"],"ttl":5})", -32602, "ttl");
    row("revoke no id", "apiToken.revoke", "{}", -32602, "id");
    row("revoke id 0", "apiToken.revoke", R"({"id":0})", -32602, "id");
    row("list unknown field", "apiToken.list", R"({"all":true})", -32602, "all");
    row("auth.token empty", "auth.token", R"({"token":""})", 1022, "token");
    row("auth.token long", "auth.token", R"({"token":")" + QByteArray(257, 't') + R"("})", 1022, "token");
    row("auth.token missing", "auth.token", "{}", -32602, "token");
}

void TestBadInput::alertInput()
{
    fieldError();
}

// Attachment params of the right type and a wrong value: 1022 naming the field.
void TestBadInput::attachmentValues_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("field");
    QTest::newRow("begin: name of dots") << "attachment.begin" << QByteArray(R"({"name":"..","size":1})") << "name";
    QTest::newRow("begin: name of slashes") << "attachment.begin" << QByteArray(R"({"name":"/../","size":1})") << "name";
    QTest::newRow("begin: negative size") << "attachment.begin" << QByteArray(R"({"name":"a","size":-5})") << "size";
    QTest::newRow("begin: too big") << "attachment.begin" << QByteArray(R"({"name":"a","size":1099511627776})") << "size";
    QTest::newRow("begin: bad sha256") << "attachment.begin" << QByteArray(R"({"name":"a","size":1,"sha256":"abc"})") << "sha256";
    QTest::newRow("chunk: not base64") << "attachment.chunk" << QByteArray(R"({"uploadId":"%u%","offset":0,"data":"*"})") << "data";
    QTest::newRow("chunk: gap") << "attachment.chunk" << QByteArray(R"({"uploadId":"%u%","offset":2,"data":"YQ=="})") << "offset";
    QTest::newRow("chunk: negative offset") << "attachment.chunk" << QByteArray(R"({"uploadId":"%u%","offset":-1,"data":"YQ=="})") << "offset";
    QTest::newRow("chunk: past the size") << "attachment.chunk" << QByteArray(R"({"uploadId":"%u%","offset":0,"data":"YWJjZGVmZ2hpamtsbW5vcA=="})") << "data";
    QTest::newRow("chunk: empty id") << "attachment.chunk" << QByteArray(R"({"uploadId":"","offset":0,"data":"YQ=="})") << "uploadId";
    QTest::newRow("status: long id") << "attachment.status" << QByteArray(R"({"uploadId":")") + QByteArray(100, 'a') + QByteArray(R"("})") << "uploadId";
    QTest::newRow("get: length 0") << "attachment.get" << QByteArray(R"({"id":1,"length":0})") << "length";
    QTest::newRow("get: length too big") << "attachment.get" << QByteArray(R"({"id":1,"length":100000000})") << "length";
    QTest::newRow("message.add: repeated ids") << "message.add" << QByteArray(R"({"ticketId":%t%,"body":"b","attachmentIds":[1,1]})") << "attachmentIds";
    QTest::newRow("message.add: 21 ids") << "message.add" << QByteArray(R"({"ticketId":%t%,"body":"b","attachmentIds":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21]})") << "attachmentIds";
}

void TestBadInput::attachmentValues()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(QString, field);
    const QString upload = resultOf(m_admin->call(QStringLiteral("attachment.begin"),
                                        QJsonObject { { QStringLiteral("name"), QStringLiteral("v.txt") },
                                            { QStringLiteral("size"), 10 } }))
                               .value(QLatin1String("uploadId"))
                               .toString();
    params.replace("%u%", upload.toLatin1()).replace("%t%", QByteArray::number(m_ticket));
    const QJsonObject response = m_admin->call(method, fromJsonText(params));
    HD_EXPECT_ERROR(response, 1022);
    QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
        describe(response).constData());
    HD_EXPECT_OK(m_admin->call(QStringLiteral("attachment.cancel"), helpdesk::test::params(QStringLiteral("uploadId"), upload)));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
