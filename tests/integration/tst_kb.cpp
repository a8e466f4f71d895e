// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base (docs/protocol.md: kb.*): categories and articles in several languages
// with the fallback requested → organisation → English, customers never see drafts, internal
// articles or internal categories (lists, get, suggest, search), two editors never overwrite
// each other, every edit is in the history, suggestions fold diacritics like ticket search,
// customers' votes are counted.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpdesk::test;

namespace {
QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject result;
    for (const auto& field : fields)
        result.insert(field.first, field.second);
    return result;
}

QList<qint64> idsOf(const QJsonObject& result)
{
    QList<qint64> ids;
    for (const QJsonValue& item : result.value(QLatin1String("items")).toArray())
        ids << idOf(item.toObject());
    return ids;
}
} // namespace

class TestKb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void categoriesInTheReadersLanguage();
    void languageFallback();
    void customersNeverSeeDraftsOrInternal();
    void suggestFoldsDiacritics();
    void twoEditorsNeverOverwrite();
    void agentsWriteDrafts();
    void feedbackIsCounted();
    void listFilters();
    void badValues();

private:
    // kb.articleSave as the lead (or `as`); returns the article.
    QJsonObject save(const QJsonObject& params, TestClient* as = nullptr);
    qint64 article(const QString& language, const QString& title, const QString& body,
        const QString& visibility = QStringLiteral("public"),
        const QString& state = QStringLiteral("published"), qint64 category = 0);
    QJsonObject get(TestClient& client, qint64 id, const QString& language = {});

    TestServer m_server;
    std::unique_ptr<TestClient> m_lead;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_alice; // Acme: organisation language hr
    std::unique_ptr<TestClient> m_bob; // Globex: no organisation language
    qint64 m_publicCategory = 0;
    qint64 m_internalCategory = 0;
};

void TestKb::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_lead = TestClient::loggedIn(m_server.port(), QStringLiteral("lead"));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    m_alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    m_bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(m_lead && m_agent && m_alice && m_bob);
    HD_EXPECT_OK(m_lead->call(QStringLiteral("customer.update"),
        object({ { QStringLiteral("id"), kAcme },
            { QStringLiteral("language"), QStringLiteral("hr") } })));
    const QJsonObject hosting = m_lead->call(QStringLiteral("kb.categorySave"),
        object({ { QStringLiteral("names"),
            object({ { QStringLiteral("en"), QStringLiteral("Web hosting") },
                { QStringLiteral("hr"), QStringLiteral("Web hosting (hr)") },
                { QStringLiteral("ru"), QStringLiteral("Веб-хостинг") } }) } }));
    HD_EXPECT_OK(hosting);
    m_publicCategory = idOf(resultOf(hosting));
    const QJsonObject internal = m_lead->call(QStringLiteral("kb.categorySave"),
        object({ { QStringLiteral("names"),
                     object({ { QStringLiteral("en"), QStringLiteral("Escalations") } }) },
            { QStringLiteral("visibility"), QStringLiteral("internal") } }));
    HD_EXPECT_OK(internal);
    m_internalCategory = idOf(resultOf(internal));
}

QJsonObject TestKb::save(const QJsonObject& params, TestClient* as)
{
    const QJsonObject response
        = (as ? *as : *m_lead).call(QStringLiteral("kb.articleSave"), params);
    if (errorCode(response) != 0)
        qWarning() << describe(response);
    return resultOf(response);
}

qint64 TestKb::article(const QString& language, const QString& title, const QString& body,
    const QString& visibility, const QString& state, qint64 category)
{
    QJsonObject params { { QStringLiteral("language"), language },
        { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
        { QStringLiteral("visibility"), visibility }, { QStringLiteral("state"), state } };
    if (category)
        params.insert(QStringLiteral("categoryId"), category);
    return idOf(save(params));
}

QJsonObject TestKb::get(TestClient& client, qint64 id, const QString& language)
{
    QJsonObject params { { QStringLiteral("id"), id } };
    if (!language.isEmpty())
        params.insert(QStringLiteral("language"), language);
    return resultOf(client.call(QStringLiteral("kb.articleGet"), params));
}

void TestKb::categoriesInTheReadersLanguage()
{
    const QJsonArray seen = resultOf(m_alice->call(QStringLiteral("kb.categoryList")))
                                .value(QLatin1String("items"))
                                .toArray();
    QCOMPARE(seen.size(), 1); // not the internal one
    QCOMPARE(seen.at(0).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Web hosting (hr)")); // Acme's language
    QVERIFY(!seen.at(0).toObject().contains(QLatin1String("names")));
    const QJsonArray russian
        = resultOf(m_bob->call(QStringLiteral("kb.categoryList"),
                       params(QStringLiteral("language"), QStringLiteral("ru_RU"))))
              .value(QLatin1String("items"))
              .toArray();
    QCOMPARE(russian.at(0).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Веб-хостинг"));
    QCOMPARE(resultOf(m_agent->call(QStringLiteral("kb.categoryList")))
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
        2);
}

// Written in Croatian and Russian: Alice (Acme speaks hr) gets Croatian unless she asks for
// Russian; Bob (no organisation language) asking for German gets the first there is until an
// English text exists, then English.
void TestKb::languageFallback()
{
    const qint64 id = article(QStringLiteral("hr"), QStringLiteral("Kako promijeniti lozinku"),
        QStringLiteral("Otvorite postavke."));
    const QJsonObject ru = save(object({ { QStringLiteral("id"), id },
        { QStringLiteral("version"), get(*m_lead, id).value(QLatin1String("version")) },
        { QStringLiteral("language"), QStringLiteral("ru") },
        { QStringLiteral("title"), QStringLiteral("Как сменить пароль") },
        { QStringLiteral("body"), QStringLiteral("Откройте настройки.") } }));
    QCOMPARE(ru.value(QLatin1String("language")).toString(), QStringLiteral("ru"));
    QCOMPARE(ru.value(QLatin1String("languages")).toArray(),
        (QJsonArray { QStringLiteral("hr"), QStringLiteral("ru") }));

    QCOMPARE(get(*m_alice, id).value(QLatin1String("language")).toString(), QStringLiteral("hr"));
    QCOMPARE(get(*m_alice, id, QStringLiteral("de")).value(QLatin1String("title")).toString(),
        QStringLiteral("Kako promijeniti lozinku"));
    QCOMPARE(get(*m_alice, id, QStringLiteral("ru_RU")).value(QLatin1String("title")).toString(),
        QStringLiteral("Как сменить пароль"));
    QCOMPARE(get(*m_bob, id, QStringLiteral("de")).value(QLatin1String("language")).toString(),
        QStringLiteral("hr"));
    save(object({ { QStringLiteral("id"), id },
        { QStringLiteral("version"), get(*m_lead, id).value(QLatin1String("version")) },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("title"), QStringLiteral("Changing your password") },
        { QStringLiteral("body"), QStringLiteral("Open the settings.") } }));
    const QJsonObject english = get(*m_bob, id, QStringLiteral("de"));
    QCOMPARE(english.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    QCOMPARE(english.value(QLatin1String("body")).toString(), QStringLiteral("Open the settings."));
    QVERIFY(!english.contains(QLatin1String("helpful"))); // the counts are for staff
    QCOMPARE(get(*m_alice, id, QStringLiteral("de")).value(QLatin1String("language")).toString(),
        QStringLiteral("hr")); // the organisation's comes before English
}

void TestKb::customersNeverSeeDraftsOrInternal()
{
    const QString word = QStringLiteral("quokkaword");
    const qint64 visible = article(QStringLiteral("en"), QStringLiteral("Public ") + word,
        QStringLiteral("Everyone reads this ") + word);
    const qint64 draft = article(QStringLiteral("en"), QStringLiteral("Draft ") + word,
        QStringLiteral("Not yet ") + word, QStringLiteral("public"), QStringLiteral("draft"));
    const qint64 internal = article(QStringLiteral("en"), QStringLiteral("Internal ") + word,
        QStringLiteral("Staff only ") + word, QStringLiteral("internal"));
    const qint64 inInternalCategory = article(QStringLiteral("en"),
        QStringLiteral("Escalation ") + word, QStringLiteral("Call the boss ") + word,
        QStringLiteral("public"), QStringLiteral("published"), m_internalCategory);
    const QList<qint64> hidden { draft, internal, inInternalCategory };

    for (TestClient* customer : { m_alice.get(), m_bob.get() }) {
        for (qint64 id : hidden)
            HD_EXPECT_ERROR(
                customer->call(QStringLiteral("kb.articleGet"), params(QStringLiteral("id"), id)),
                1004);
        HD_EXPECT_OK(
            customer->call(QStringLiteral("kb.articleGet"), params(QStringLiteral("id"), visible)));
        const QJsonObject list = resultOf(customer->call(
            QStringLiteral("kb.articleList"), object({ { QStringLiteral("limit"), 100 } })));
        const QJsonObject searched = resultOf(customer->call(
            QStringLiteral("kb.articleList"), params(QStringLiteral("query"), word)));
        const QJsonObject suggested = resultOf(customer->call(QStringLiteral("kb.suggest"),
            params(
                QStringLiteral("text"), QStringLiteral("my ") + word + QStringLiteral(" broke"))));
        const QJsonObject filtered = resultOf(customer->call(QStringLiteral("kb.articleList"),
            object({ { QStringLiteral("state"), QStringLiteral("draft") } })));
        QVERIFY(idsOf(list).contains(visible));
        QCOMPARE(idsOf(searched), QList<qint64> { visible });
        QCOMPARE(idsOf(suggested), QList<qint64> { visible });
        QCOMPARE(idsOf(filtered), QList<qint64>());
        for (qint64 id : hidden)
            QVERIFY(!idsOf(list).contains(id));
        QCOMPARE(list.value(QLatin1String("total")).toInteger(), idsOf(list).size());
    }
    // Staff see all four when they search, and suggestions hold the published ones.
    QCOMPARE(idsOf(resultOf(m_agent->call(
                       QStringLiteral("kb.articleList"), params(QStringLiteral("query"), word))))
                 .size(),
        4);
    const QList<qint64> staffSuggestions = idsOf(resultOf(
        m_agent->call(QStringLiteral("kb.suggest"), params(QStringLiteral("text"), word))));
    QCOMPARE(staffSuggestions.size(), 3);
    QVERIFY(!staffSuggestions.contains(draft));
}

// Words are found in every language with accents and the letters ł, đ, ё folded, as ticket
// search does; the last word matches as a prefix (it is still being typed); any word of a
// longer sentence is enough.
void TestKb::suggestFoldsDiacritics()
{
    const qint64 croatian
        = article(QStringLiteral("hr"), QStringLiteral("Poslužitelj u Đurđevcu ne odgovara"),
            QStringLiteral("Provjerite DNS zapise domene."));
    const qint64 polish = article(QStringLiteral("pl"), QStringLiteral("Płatność w złotych"),
        QStringLiteral("Faktura w złotówkach."));
    const qint64 russian = article(QStringLiteral("ru"), QStringLiteral("Ёмкость почтового ящика"),
        QStringLiteral("Квота почты исчерпана."));
    auto suggested = [&](const QString& text) {
        return idsOf(resultOf(
            m_alice->call(QStringLiteral("kb.suggest"), params(QStringLiteral("text"), text))));
    };
    QVERIFY(suggested(QStringLiteral("durdevcu")).contains(croatian));
    QVERIFY(suggested(QStringLiteral("posluzitelj")).contains(croatian));
    QVERIFY(suggested(QStringLiteral("zlotych")).contains(polish));
    QVERIFY(suggested(QStringLiteral("емкость")).contains(russian));
    QVERIFY(suggested(QStringLiteral("Моя квот")).contains(russian)); // prefix of the last word
    QVERIFY(suggested(QStringLiteral("the server in durdevcu is down")).contains(croatian));
    QCOMPARE(suggested(QStringLiteral("a b c")), QList<qint64>()); // no word long enough
    const QJsonObject item = resultOf(m_alice->call(QStringLiteral("kb.suggest"),
                                          params(QStringLiteral("text"), QStringLiteral("zapise"))))
                                 .value(QLatin1String("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(idOf(item), croatian);
    QVERIFY2(item.value(QLatin1String("snippet")).toString().contains(QStringLiteral("DNS zapise")),
        QJsonDocument(item).toJson().constData());
}

// Two editors open version N; the first save wins, the second gets 1009 with the current
// article and changes nothing. The history keeps who changed what from what.
void TestKb::twoEditorsNeverOverwrite()
{
    const qint64 id = article(QStringLiteral("en"), QStringLiteral("SSL renewal"),
        QStringLiteral("Certificates renew by themselves."));
    const qint64 version = get(*m_lead, id).value(QLatin1String("version")).toInteger();
    auto admin = TestClient::loggedIn(m_server.port(), QStringLiteral("admin"));
    const QJsonObject first = admin->call(QStringLiteral("kb.articleSave"),
        object({ { QStringLiteral("id"), id }, { QStringLiteral("version"), version },
            { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("SSL renewal") },
            { QStringLiteral("body"), QStringLiteral("Certificates renew 30 days ahead.") } }));
    HD_EXPECT_OK(first);
    QCOMPARE(resultOf(first).value(QLatin1String("version")).toInteger(), version + 1);
    const QJsonObject second = m_lead->call(QStringLiteral("kb.articleSave"),
        object({ { QStringLiteral("id"), id }, { QStringLiteral("version"), version },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("ssl") } } }));
    HD_EXPECT_ERROR(second, 1009);
    QCOMPARE(errorData(second)
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
        QStringLiteral("Certificates renew 30 days ahead."));
    QCOMPARE(get(*m_lead, id).value(QLatin1String("tags")).toArray(), QJsonArray());

    const QJsonArray history = resultOf(
        m_agent->call(QStringLiteral("kb.articleHistory"), params(QStringLiteral("id"), id)))
                                   .value(QLatin1String("items"))
                                   .toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject edit = history.at(0).toObject(); // newest first
    QCOMPARE(edit.value(QLatin1String("editorId")).toInteger(), admin->userId());
    QCOMPARE(edit.value(QLatin1String("previousBody")).toString(),
        QStringLiteral("Certificates renew by themselves."));
    QCOMPARE(edit.value(QLatin1String("body")).toString(),
        QStringLiteral("Certificates renew 30 days ahead."));
    QCOMPARE(edit.value(QLatin1String("version")).toInteger(), version + 1);
    QCOMPARE(history.at(1).toObject().value(QLatin1String("previousBody")).toString(), QString());
    QCOMPARE(
        history.at(1).toObject().value(QLatin1String("editorId")).toInteger(), m_lead->userId());
}

void TestKb::agentsWriteDrafts()
{
    const QJsonObject draft = m_agent->call(QStringLiteral("kb.articleSave"),
        object({ { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("Agent's draft") },
            { QStringLiteral("body"), QStringLiteral("Work in progress") } }));
    HD_EXPECT_OK(draft);
    QCOMPARE(resultOf(draft).value(QLatin1String("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(
        resultOf(draft).value(QLatin1String("visibility")).toString(), QStringLiteral("internal"));
    QCOMPARE(resultOf(draft).value(QLatin1String("authorId")).toInteger(), m_agent->userId());
    const qint64 id = idOf(resultOf(draft));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("kb.articleSave"),
                        object({ { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
                            { QStringLiteral("state"), QStringLiteral("published") } })),
        1003);
    HD_EXPECT_OK(m_lead->call(QStringLiteral("kb.articleSave"),
        object({ { QStringLiteral("id"), id }, { QStringLiteral("version"), 1 },
            { QStringLiteral("state"), QStringLiteral("published") } })));
    HD_EXPECT_ERROR(m_agent->call(QStringLiteral("kb.articleSave"),
                        object({ { QStringLiteral("id"), id }, { QStringLiteral("version"), 2 },
                            { QStringLiteral("tags"), QJsonArray { QStringLiteral("x") } } })),
        1003);
}

void TestKb::feedbackIsCounted()
{
    const qint64 id = article(QStringLiteral("en"), QStringLiteral("Mailbox quota"),
        QStringLiteral("Each mailbox holds 10 GB."));
    auto amy = TestClient::loggedIn(m_server.port(), QStringLiteral("amy"));
    auto vote = [&](TestClient& client, bool helpful) {
        return client.call(QStringLiteral("kb.feedback"),
            object({ { QStringLiteral("id"), id }, { QStringLiteral("helpful"), helpful } }));
    };
    HD_EXPECT_OK(vote(*m_alice, false));
    HD_EXPECT_OK(vote(*m_alice, true)); // changes her vote
    HD_EXPECT_OK(vote(*amy, false));
    HD_EXPECT_OK(vote(*m_bob, true));
    const QJsonObject counted = get(*m_lead, id);
    QCOMPARE(counted.value(QLatin1String("helpful")).toInteger(), 2);
    QCOMPARE(counted.value(QLatin1String("notHelpful")).toInteger(), 1);
    const qint64 draft = article(QStringLiteral("en"), QStringLiteral("Hidden"),
        QStringLiteral("x"), QStringLiteral("public"), QStringLiteral("draft"));
    HD_EXPECT_ERROR(
        m_alice->call(QStringLiteral("kb.feedback"),
            object({ { QStringLiteral("id"), draft }, { QStringLiteral("helpful"), true } })),
        1004);
}

void TestKb::listFilters()
{
    const qint64 tagged = idOf(save(object({ { QStringLiteral("language"), QStringLiteral("de") },
        { QStringLiteral("title"), QStringLiteral("PHP-Version ändern") },
        { QStringLiteral("body"), QStringLiteral("Im Kundenbereich unter PHP.") },
        { QStringLiteral("tags"), QJsonArray { QStringLiteral("php"), QStringLiteral("php") } },
        { QStringLiteral("categoryId"), m_publicCategory },
        { QStringLiteral("visibility"), QStringLiteral("public") },
        { QStringLiteral("state"), QStringLiteral("published") } })));
    const QJsonObject byTag = resultOf(m_alice->call(
        QStringLiteral("kb.articleList"), params(QStringLiteral("tag"), QStringLiteral("php"))));
    QCOMPARE(idsOf(byTag), QList<qint64> { tagged });
    QCOMPARE(byTag.value(QLatin1String("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("tags"))
                 .toArray(),
        QJsonArray { QStringLiteral("php") });
    QCOMPARE(idsOf(resultOf(m_alice->call(QStringLiteral("kb.articleList"),
                 params(QStringLiteral("categoryId"), m_publicCategory)))),
        QList<qint64> { tagged });
    QCOMPARE(idsOf(resultOf(m_alice->call(QStringLiteral("kb.articleList"),
                 params(QStringLiteral("query"), QStringLiteral("andern kundenb"))))),
        QList<qint64> { tagged });
    const QJsonObject page = resultOf(m_lead->call(QStringLiteral("kb.articleList"),
        object({ { QStringLiteral("limit"), 2 }, { QStringLiteral("offset"), 1 } })));
    QCOMPARE(page.value(QLatin1String("items")).toArray().size(), 2);
    QVERIFY(page.value(QLatin1String("total")).toInteger() > 3);
}

void TestKb::badValues()
{
    const auto expect = [&](const QString& method, const QJsonObject& params,
                            const QString& field) {
        const QJsonObject response = m_lead->call(method, params);
        QVERIFY2(errorCode(response) == 1022, describe(response).constData());
        QVERIFY2(errorData(response).value(QLatin1String("fields")).toObject().contains(field),
            describe(response).constData());
    };
    const QString save = QStringLiteral("kb.articleSave");
    expect(save,
        object({ { QStringLiteral("language"), QStringLiteral("english") },
            { QStringLiteral("title"), QStringLiteral("t") },
            { QStringLiteral("body"), QStringLiteral("b") } }),
        QStringLiteral("language"));
    expect(save,
        object({ { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("  ") },
            { QStringLiteral("body"), QStringLiteral("b") } }),
        QStringLiteral("title"));
    expect(save,
        object({ { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("t") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("visibility"), QStringLiteral("secret") } }),
        QStringLiteral("visibility"));
    expect(save,
        object({ { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("t") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("state"), QStringLiteral("archived") } }),
        QStringLiteral("state"));
    expect(save,
        object({ { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("t") },
            { QStringLiteral("body"), QStringLiteral("b") },
            { QStringLiteral("categoryId"), 987654 } }),
        QStringLiteral("categoryId"));
    expect(QStringLiteral("kb.suggest"),
        object({ { QStringLiteral("text"), QStringLiteral("x") }, { QStringLiteral("limit"), 0 } }),
        QStringLiteral("limit"));
    expect(QStringLiteral("kb.categorySave"), params(QStringLiteral("names"), QJsonObject()),
        QStringLiteral("names"));
    expect(QStringLiteral("kb.categorySave"),
        params(
            QStringLiteral("names"), object({ { QStringLiteral("xx-YY"), QStringLiteral("n") } })),
        QStringLiteral("names.xx-YY"));
    HD_EXPECT_ERROR(
        m_lead->call(
            save, object({ { QStringLiteral("id"), 987654 }, { QStringLiteral("version"), 1 } })),
        1004);
    HD_EXPECT_ERROR(
        m_lead->call(save, object({ { QStringLiteral("language"), QStringLiteral("en") } })),
        -32602); // title and body go with a language
}

QTEST_GUILESS_MAIN(TestKb)
#include "tst_kb.moc"
