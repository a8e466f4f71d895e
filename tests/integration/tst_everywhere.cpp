// SPDX-License-Identifier: GPL-3.0-or-later
// search.everywhere (docs/protocol.md; issue 14, Ctrl+K): tickets, contacts, organisations,
// articles and canned responses in one call, grouped by kind, each group with exactly what
// the caller could read through that kind's own methods: a customer never finds another
// organisation's tickets or contacts, internal notes, internal or draft articles, other
// organisations or canned responses; a technical contact only the tickets of its kind.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace helpdesk::test;

namespace {
constexpr qint64 kTechnicalQueue = 1;
constexpr qint64 kBillingQueue = 2;

QJsonObject find(TestClient& client, const QJsonObject& params)
{
    const QJsonObject response = client.call(QStringLiteral("search.everywhere"), params);
    if (errorCode(response) != 0)
        qWarning() << describe(response);
    return resultOf(response);
}

QJsonObject find(TestClient& client, const QString& query)
{
    return find(client, params(QStringLiteral("query"), query));
}

QStringList kindsOf(const QJsonObject& result)
{
    QStringList kinds;
    for (const QJsonValue& group : result.value(QLatin1String("groups")).toArray())
        kinds << group.toObject().value(QLatin1String("kind")).toString();
    return kinds;
}

QJsonObject groupOf(const QJsonObject& result, const QString& kind)
{
    for (const QJsonValue& group : result.value(QLatin1String("groups")).toArray()) {
        if (group.toObject().value(QLatin1String("kind")) == kind)
            return group.toObject();
    }
    return {};
}

// The values of `field` of one group's items.
QSet<qint64> idsIn(const QJsonObject& result, const QString& kind, const QString& field)
{
    QSet<qint64> ids;
    for (const QJsonValue& item : groupOf(result, kind).value(QLatin1String("items")).toArray())
        ids.insert(item.toObject().value(field).toInteger());
    return ids;
}

// Every highlight range of the item's title and snippet covers a word starting with `word`.
void checkHighlights(const QJsonObject& item, const QString& word)
{
    bool any = false;
    for (const auto& [text, ranges] :
        { std::pair { QStringLiteral("title"), QStringLiteral("titleHighlights") },
            std::pair { QStringLiteral("snippet"), QStringLiteral("highlights") } }) {
        const QString shown = item.value(text).toString();
        for (const QJsonValue& range : item.value(ranges).toArray()) {
            const QJsonArray pair = range.toArray();
            const QString marked = shown.mid(pair.at(0).toInt(), pair.at(1).toInt());
            QVERIFY2(marked.startsWith(word, Qt::CaseInsensitive), qPrintable(marked));
            any = true;
        }
    }
    QVERIFY2(any, QJsonDocument(item).toJson().constData());
}
} // namespace

class TestEverywhere : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staffFindEveryKind();
    void customerFindsOnlyItsOwn();
    void technicalContactFindsItsKind();
    void articlesInEveryLanguageFolded();
    void limitsAndKinds();
    void searchKeepsItsContract();
    void badInput_data();
    void badInput();

private:
    TestClient& as(const QString& login);
    qint64 ticket(const QString& subject, qint64 customer, qint64 queue);
    qint64 article(const QString& language, const QString& title, const QString& body,
        const QString& visibility, const QString& state);

    TestServer m_server;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
    qint64 m_acmeSupport = 0;
    qint64 m_acmeBilling = 0;
    qint64 m_globex = 0;
    qint64 m_note = 0;
    qint64 m_public = 0;
    qint64 m_internal = 0;
    qint64 m_draft = 0;
    qint64 m_croatian = 0;
    qint64 m_russian = 0;
    qint64 m_acmeContact = 0;
    qint64 m_globexContact = 0;
    qint64 m_organisation = 0;
    qint64 m_canned = 0;
};

TestClient& TestEverywhere::as(const QString& login)
{
    auto& slot = m_clients[login];
    if (!slot)
        slot = TestClient::loggedIn(m_server.port(), login);
    return *slot;
}

qint64 TestEverywhere::ticket(const QString& subject, qint64 customer, qint64 queue)
{
    return idOf(resultOf(
        as(QStringLiteral("agent"))
            .call(QStringLiteral("ticket.create"),
                QJsonObject { { QStringLiteral("subject"), subject },
                    { QStringLiteral("body"), subject + QStringLiteral(": details follow") },
                    { QStringLiteral("customerId"), customer },
                    { QStringLiteral("queueId"), queue } })));
}

qint64 TestEverywhere::article(const QString& language, const QString& title, const QString& body,
    const QString& visibility, const QString& state)
{
    return idOf(
        resultOf(as(QStringLiteral("lead"))
                     .call(QStringLiteral("kb.articleSave"),
                         QJsonObject { { QStringLiteral("language"), language },
                             { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
                             { QStringLiteral("visibility"), visibility },
                             { QStringLiteral("state"), state } })));
}

void TestEverywhere::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_acmeSupport = ticket(QStringLiteral("Quokka mailbox full"), kAcme, kTechnicalQueue);
    m_acmeBilling = ticket(QStringLiteral("Quokka invoice twice"), kAcme, kBillingQueue);
    m_globex = ticket(QStringLiteral("Quokka outage at Globex"), kGlobex, kTechnicalQueue);
    m_note = idOf(resultOf(
        as(QStringLiteral("agent"))
            .call(QStringLiteral("message.add"),
                QJsonObject { { QStringLiteral("ticketId"), m_acmeSupport },
                    { QStringLiteral("body"), QStringLiteral("wombat: the staff's own secret") },
                    { QStringLiteral("internal"), true } })));
    ticket(QStringLiteral("Почта не работает, ошибка квокка"), kAcme, kTechnicalQueue);
    m_public = article(QStringLiteral("en"), QStringLiteral("Quokka DNS records"),
        QStringLiteral("Point the quokka domain at our servers."), QStringLiteral("public"),
        QStringLiteral("published"));
    m_internal = article(QStringLiteral("en"), QStringLiteral("Quokka escalation (staff)"),
        QStringLiteral("Call the quokka on duty."), QStringLiteral("internal"),
        QStringLiteral("published"));
    m_draft = article(QStringLiteral("en"), QStringLiteral("Quokka draft"),
        QStringLiteral("Not ready."), QStringLiteral("public"), QStringLiteral("draft"));
    m_croatian = article(QStringLiteral("hr"), QStringLiteral("Čvor poslužitelja"),
        QStringLiteral("Kako provjeriti čvor."), QStringLiteral("public"),
        QStringLiteral("published"));
    m_russian = article(QStringLiteral("ru"), QStringLiteral("Ёлка и почта"),
        QStringLiteral("Настройка почты."), QStringLiteral("public"), QStringLiteral("published"));
    const auto contact = [this](const QString& login, const QString& name, qint64 customer) {
        return idOf(
            resultOf(as(QStringLiteral("admin"))
                         .call(QStringLiteral("user.create"),
                             QJsonObject { { QStringLiteral("login"), login },
                                 { QStringLiteral("name"), name },
                                 { QStringLiteral("role"), QStringLiteral("customer") },
                                 { QStringLiteral("password"), kPassword },
                                 { QStringLiteral("customerId"), customer },
                                 { QStringLiteral("contactRole"), QStringLiteral("billing") } })));
    };
    m_acmeContact = contact(QStringLiteral("quentin"), QStringLiteral("Quentin Quokka"), kAcme);
    m_globexContact = contact(QStringLiteral("quincy"), QStringLiteral("Quincy Quokka"), kGlobex);
    m_organisation
        = idOf(resultOf(as(QStringLiteral("admin"))
                            .call(QStringLiteral("customer.create"),
                                params(QStringLiteral("name"), QStringLiteral("Quokka Hosting")))));
    m_canned = idOf(
        resultOf(as(QStringLiteral("agent"))
                     .call(QStringLiteral("canned.save"),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("greeting") },
                             { QStringLiteral("texts"),
                                 QJsonObject { { QStringLiteral("en"),
                                     QStringLiteral("Hello from the quokka team") } } } })));
    QVERIFY(m_acmeSupport && m_acmeBilling && m_globex && m_note && m_public && m_internal
        && m_draft && m_croatian && m_russian && m_acmeContact && m_globexContact && m_organisation
        && m_canned);
}

void TestEverywhere::staffFindEveryKind()
{
    const QJsonObject result = find(as(QStringLiteral("agent")), QStringLiteral("quokka"));
    QCOMPARE(kindsOf(result),
        QStringList({ QStringLiteral("tickets"), QStringLiteral("contacts"),
            QStringLiteral("organisations"), QStringLiteral("articles"),
            QStringLiteral("canned") }));
    QVERIFY(idsIn(result, QStringLiteral("tickets"), QStringLiteral("ticketId"))
                .contains({ m_acmeSupport, m_acmeBilling, m_globex }));
    QCOMPARE(idsIn(result, QStringLiteral("contacts"), QStringLiteral("userId")),
        QSet<qint64>({ m_acmeContact, m_globexContact }));
    QCOMPARE(idsIn(result, QStringLiteral("organisations"), QStringLiteral("customerId")),
        QSet<qint64>({ m_organisation }));
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_public, m_internal, m_draft }));
    QCOMPARE(idsIn(result, QStringLiteral("canned"), QStringLiteral("cannedId")),
        QSet<qint64>({ m_canned }));
    for (const QJsonValue& group : result.value(QLatin1String("groups")).toArray()) {
        for (const QJsonValue& item : group.toObject().value(QLatin1String("items")).toArray())
            checkHighlights(item.toObject(), QStringLiteral("quokka"));
    }
    // Staff find internal notes; the canned response is only its owner's.
    QCOMPARE(idsIn(find(as(QStringLiteral("agent")), QStringLiteral("wombat")),
                 QStringLiteral("tickets"), QStringLiteral("messageId")),
        QSet<qint64>({ m_note }));
    QVERIFY(idsIn(find(as(QStringLiteral("agent2")), QStringLiteral("quokka")),
        QStringLiteral("canned"), QStringLiteral("cannedId"))
                .isEmpty());
}

void TestEverywhere::customerFindsOnlyItsOwn()
{
    TestClient& alice = as(QStringLiteral("alice"));
    const QJsonObject result = find(alice, QStringLiteral("quokka"));
    QVERIFY(!kindsOf(result).contains(QStringLiteral("canned")));
    QCOMPARE(idsIn(result, QStringLiteral("tickets"), QStringLiteral("ticketId")),
        QSet<qint64>({ m_acmeSupport, m_acmeBilling }));
    QCOMPARE(idsIn(result, QStringLiteral("contacts"), QStringLiteral("userId")),
        QSet<qint64>({ m_acmeContact }));
    QVERIFY(idsIn(result, QStringLiteral("organisations"), QStringLiteral("customerId")).isEmpty());
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_public }));
    // Internal notes are not found; its own organisation is, by name; others' are not.
    QVERIFY(groupOf(find(alice, QStringLiteral("wombat")), QStringLiteral("tickets"))
                .value(QLatin1String("items"))
                .toArray()
                .isEmpty());
    QCOMPARE(idsIn(find(alice, QStringLiteral("acme")), QStringLiteral("organisations"),
                 QStringLiteral("customerId")),
        QSet<qint64>({ kAcme }));
    QVERIFY(idsIn(find(alice, QStringLiteral("globex")), QStringLiteral("organisations"),
        QStringLiteral("customerId"))
                .isEmpty());
    // Even when asked for by kind.
    const QJsonObject canned = find(alice,
        QJsonObject { { QStringLiteral("query"), QStringLiteral("quokka") },
            { QStringLiteral("kinds"), QJsonArray { QStringLiteral("canned") } } });
    QVERIFY(kindsOf(canned).isEmpty());
    const QByteArray text = QJsonDocument(result).toJson();
    QVERIFY2(!text.contains("Globex") && !text.contains("secret"), text.constData());
}

void TestEverywhere::technicalContactFindsItsKind()
{
    const QJsonObject result = find(as(QStringLiteral("amy")), QStringLiteral("quokka"));
    QCOMPARE(idsIn(result, QStringLiteral("tickets"), QStringLiteral("ticketId")),
        QSet<qint64>({ m_acmeSupport }));
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_public }));
}

void TestEverywhere::articlesInEveryLanguageFolded()
{
    // An English-speaking agent finds Croatian text without its diacritics, Russian with ё as е.
    TestClient& agent = as(QStringLiteral("agent"));
    QJsonObject result = find(agent, QStringLiteral("cvor"));
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_croatian }));
    const QJsonObject croatian = groupOf(result, QStringLiteral("articles"))
                                     .value(QLatin1String("items"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(croatian.value(QLatin1String("language")).toString(), QStringLiteral("hr"));
    checkHighlights(croatian, QStringLiteral("čvor"));
    result = find(agent, QStringLiteral("елка"));
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_russian }));
    // A Cyrillic word in tickets, for a customer too.
    result = find(as(QStringLiteral("alice")), QStringLiteral("почта"));
    QCOMPARE(idsIn(result, QStringLiteral("tickets"), QStringLiteral("ticketId")).size(), 1);
    QCOMPARE(idsIn(result, QStringLiteral("articles"), QStringLiteral("articleId")),
        QSet<qint64>({ m_russian }));
}

void TestEverywhere::limitsAndKinds()
{
    TestClient& admin = as(QStringLiteral("admin"));
    const QJsonObject one = find(admin,
        QJsonObject { { QStringLiteral("query"), QStringLiteral("quokka") },
            { QStringLiteral("limit"), 1 } });
    for (const QJsonValue& value : one.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        QVERIFY(group.value(QLatin1String("items")).toArray().size() <= 1);
    }
    QCOMPARE(groupOf(one, QStringLiteral("tickets")).value(QLatin1String("more")).toBool(), true);
    QCOMPARE(
        groupOf(one, QStringLiteral("organisations")).value(QLatin1String("more")).toBool(), false);
    const QJsonObject two = find(admin,
        QJsonObject { { QStringLiteral("query"), QStringLiteral("quokka") },
            { QStringLiteral("kinds"),
                QJsonArray { QStringLiteral("articles"), QStringLiteral("contacts") } } });
    QCOMPARE(kindsOf(two), QStringList({ QStringLiteral("contacts"), QStringLiteral("articles") }));
    // Two words: both required, wherever they are.
    QCOMPARE(idsIn(find(admin, QStringLiteral("quokka invoice")), QStringLiteral("tickets"),
                 QStringLiteral("ticketId")),
        QSet<qint64>({ m_acmeBilling }));
}

void TestEverywhere::searchKeepsItsContract()
{
    const QJsonObject result
        = resultOf(as(QStringLiteral("alice"))
                       .call(QStringLiteral("search"),
                           params(QStringLiteral("query"), QStringLiteral("quokka"))));
    QVERIFY(result.contains(QLatin1String("items")));
    QVERIFY(!result.contains(QLatin1String("groups")));
}

void TestEverywhere::badInput_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<int>("code");
    QTest::newRow("no query") << QByteArray("{}") << -32602;
    QTest::newRow("query a number") << QByteArray(R"({"query":42})") << -32602;
    QTest::newRow("query null") << QByteArray(R"({"query":null})") << -32602;
    QTest::newRow("unknown field") << QByteArray(R"({"query":"dns","sort":"x"})") << -32602;
    QTest::newRow("limit a string") << QByteArray(R"({"query":"dns","limit":"5"})") << -32602;
    QTest::newRow("kinds a string") << QByteArray(R"({"query":"dns","kinds":"tickets"})") << -32602;
    QTest::newRow("kinds of numbers") << QByteArray(R"({"query":"dns","kinds":[1]})") << -32602;
    QTest::newRow("empty query") << QByteArray(R"({"query":""})") << 1022;
    QTest::newRow("punctuation only") << QByteArray(R"x({"query":"?!*\"()"})x") << 1022;
    QTest::newRow("limit 0") << QByteArray(R"({"query":"dns","limit":0})") << 1022;
    QTest::newRow("limit 21") << QByteArray(R"({"query":"dns","limit":21})") << 1022;
    QTest::newRow("unknown kind") << QByteArray(R"({"query":"dns","kinds":["files"]})") << 1022;
    QTest::newRow("501 characters")
        << (QByteArray(R"({"query":")") + QByteArray(501, 'q') + QByteArray(R"("})")) << 1022;
}

void TestEverywhere::badInput()
{
    QFETCH(QByteArray, params);
    QFETCH(int, code);
    for (const QString& login : { QStringLiteral("agent"), QStringLiteral("alice") }) {
        const QJsonObject response = as(login).call(
            QStringLiteral("search.everywhere"), QJsonDocument::fromJson(params).object());
        HD_EXPECT_ERROR(response, code);
    }
    // The connection lives on.
    QVERIFY(!find(as(QStringLiteral("agent")), QStringLiteral("quokka")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEverywhere)
#include "tst_everywhere.moc"
