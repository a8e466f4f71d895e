// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search in Cyrillic, Polish and Croatian: the same answers on SQLite (FTS5,
// unicode61 remove_diacritics 2) and PostgreSQL (tsvector, simple + unaccent). Words are
// AND-ed, the last one is a prefix, case and accents are ignored, newest first.
#include "testclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

#include <iterator>

using namespace helpdesk::test;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWords_data();
    void findsWords();
    void foldsLettersLikeUnaccent_data();
    void foldsLettersLikeUnaccent();
    void snippetShowsTextAsWritten();
    void newestFirstWithSnippets();
    void limitTakesTheNewest();
    void customerSeesOwnPublicTextOnly();

private:
    // The subjects or bodies of the hits for this query, in the order returned.
    QStringList hits(const QString& query);

    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    QHash<qint64, QString> m_textByMessage; // message id → body
    QHash<qint64, QString> m_subjectByTicket;
};

namespace {
const char* const kSubjects[] = {
    "Ключ не работает после обновления", // Russian
    "Zażółć gęślą jaźń", // Polish
    "Ćevapi i šešir za žabu", // Croatian
    // Letters without a Unicode decomposition, which unaccent folds (schema step 6 on SQLite)
    "Złoty Łańcuch", // Polish ł Ł
    "Đurđevac i Ðakovo", // Croatian Đ đ, and Ð (eth) typed for Đ
    "Straße nach Øresund", // ß, Ø
    "Ёлка в офисе", // Russian Ё
    "Œuvre de Cæsar", // Œ, æ
    "Їжак на ґанку", // Ukrainian ї ґ: not folded on either backend
};
const char* const kBodies[] = {
    "Сервер перезагружен, резервная копия готова", "Proszę sprawdzić połączenie z bazą danych",
    "Ključ od poslužitelja je kod kvačice", "Płatność odrzucona", "Račun od đaka",
    "Grüße aus Søndergaard",
    "Ёжик съел йогурт", // ё folded, й kept
    "Sœur et ex æquo",
    "Єнот шукає ґудзик", // Ukrainian є ґ: not folded
};
constexpr int kTexts = int(std::size(kSubjects));
static_assert(std::size(kBodies) == std::size(kSubjects));
} // namespace

void TestSearch::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = TestClient::loggedIn(m_server.port(), QStringLiteral("agent"));
    QVERIFY(m_agent);
    for (int i = 0; i < kTexts; ++i) {
        const QJsonObject ticket = m_agent->call(QStringLiteral("ticket.create"),
            QJsonObject { { QStringLiteral("subject"), QString::fromUtf8(kSubjects[i]) },
                { QStringLiteral("body"), QStringLiteral("first") } });
        HD_EXPECT_OK(ticket);
        const qint64 id = idOf(resultOf(ticket));
        m_subjectByTicket.insert(id, QString::fromUtf8(kSubjects[i]));
        const QJsonObject message = m_agent->call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), id },
                { QStringLiteral("body"), QString::fromUtf8(kBodies[i]) } });
        HD_EXPECT_OK(message);
        m_textByMessage.insert(idOf(resultOf(message)), QString::fromUtf8(kBodies[i]));
    }
}

QStringList TestSearch::hits(const QString& query)
{
    const QJsonObject response = m_agent->call(QStringLiteral("search"),
        QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("limit"), 50 } });
    if (errorCode(response) != 0)
        return { QStringLiteral("error: ") + QString::fromUtf8(describe(response)) };
    QStringList texts;
    for (const QJsonValue& value : resultOf(response).value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        texts << (item.contains(QLatin1String("messageId"))
                ? m_textByMessage.value(
                    item.value(QLatin1String("messageId")).toInteger(), QStringLiteral("?"))
                : m_subjectByTicket.value(
                    item.value(QLatin1String("ticketId")).toInteger(), QStringLiteral("?")));
    }
    return texts;
}

void TestSearch::findsWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the subjects or bodies found
    const QString russian = QString::fromUtf8(kSubjects[0]);
    const QString polish = QString::fromUtf8(kSubjects[1]);
    const QString croatian = QString::fromUtf8(kSubjects[2]);
    const QString russianBody = QString::fromUtf8(kBodies[0]);
    const QString polishBody = QString::fromUtf8(kBodies[1]);
    const QString croatianBody = QString::fromUtf8(kBodies[2]);
    QTest::newRow("cyrillic") << QStringLiteral("ключ") << QStringList { russian };
    QTest::newRow("cyrillic upper case") << QStringLiteral("КЛЮЧ") << QStringList { russian };
    QTest::newRow("cyrillic prefix") << QStringLiteral("обновл") << QStringList { russian };
    QTest::newRow("cyrillic two words")
        << QStringLiteral("резервная копия") << QStringList { russianBody };
    QTest::newRow("cyrillic no such pair") << QStringLiteral("ключ копия") << QStringList {};
    QTest::newRow("polish as written") << QStringLiteral("gęślą") << QStringList { polish };
    QTest::newRow("polish without accents")
        << QStringLiteral("gesla jazn") << QStringList { polish };
    QTest::newRow("polish upper case") << QStringLiteral("ZAŻÓŁĆ") << QStringList { polish };
    QTest::newRow("polish body") << QStringLiteral("prosze sprawdzic")
                                 << QStringList { polishBody };
    QTest::newRow("polish prefix") << QStringLiteral("połą") << QStringList { polishBody };
    QTest::newRow("croatian as written") << QStringLiteral("ključ") << QStringList { croatianBody };
    QTest::newRow("croatian without accents")
        << QStringLiteral("kljuc kvacice") << QStringList { croatianBody };
    QTest::newRow("croatian subject")
        << QStringLiteral("cevapi sesir zabu") << QStringList { croatian };
    QTest::newRow("croatian prefix") << QStringLiteral("ŠEŠ") << QStringList { croatian };
    QTest::newRow("punctuation separates")
        << QStringLiteral("сервер, перезагружен!") << QStringList { russianBody };
    QTest::newRow("no match") << QStringLiteral("nepostojeći") << QStringList {};
}

void TestSearch::findsWords()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(hits(query), expected);
}

// ł, đ, ø, ß, ё, æ, œ (and the capitals) have no Unicode decomposition: unicode61 keeps them,
// unaccent folds them. Both backends must find them with and without the letter; Ukrainian
// і ї є ґ and Russian й are letters of their own on both.
void TestSearch::foldsLettersLikeUnaccent_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QStringList subject;
    QStringList body;
    for (int i = 0; i < kTexts; ++i) {
        subject << QString::fromUtf8(kSubjects[i]);
        body << QString::fromUtf8(kBodies[i]);
    }
    const auto row = [](const char* name, const char* query, const QStringList& expected) {
        QTest::newRow(name) << QString::fromUtf8(query) << expected;
    };
    row("ł as written", "złoty", { subject[3] });
    row("ł without", "zloty lancuch", { subject[3] });
    row("Ł upper case", "ZŁOTY ŁAŃCUCH", { subject[3] });
    row("ł prefix", "łań", { subject[3] });
    row("ł prefix without", "zlo", { subject[3] });
    row("ł in a message", "platnosc", { body[3] });
    row("ł in a message as written", "PŁATNOŚĆ", { body[3] });
    row("đ without", "durdevac", { subject[4] });
    row("Đ as written", "Đurđevac", { subject[4] });
    row("đ prefix", "DURĐ", { subject[4] });
    row("Ð for Đ", "đakovo", { subject[4] });
    row("Ð without", "dakovo", { subject[4] });
    row("đ in a message", "daka", { body[4] });
    row("đ in a message as written", "račun đaka", { body[4] });
    row("ß without", "strasse oresund", { subject[5] });
    row("ß as written", "Straße", { subject[5] });
    row("capital ẞ", "STRAẞE", { subject[5] });
    row("ß and ø in a message", "grusse sondergaard", { body[5] });
    row("ø as written", "Søndergaard", { body[5] });
    row("ё without", "елка", { subject[6] });
    row("Ё as written", "ЁЛКА", { subject[6] });
    row("ё in a message", "ежик", { body[6] });
    row("й as written", "йогурт", { body[6] });
    row("й is not и", "иогурт", {});
    row("œ æ without", "oeuvre caesar", { subject[7] });
    row("Œ as written", "Œuvre", { subject[7] });
    row("æ prefix", "cæs", { subject[7] });
    row("œ æ in a message", "soeur aequo", { body[7] });
    row("œ in a message as written", "sœur", { body[7] });
    row("ї as written", "їжак", { subject[8] });
    row("ї is not і", "іжак", {});
    row("ї is not и", "ижак", {});
    row("ґ as written", "ґанку", { subject[8] });
    row("ґ is not г", "ганку", {});
    row("є as written", "єнот", { body[8] });
    row("є is not е", "енот", {});
    row("ґ prefix", "ґудз", { body[8] });
    row("ґ prefix is not г", "гудз", {});
}

void TestSearch::foldsLettersLikeUnaccent()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(hits(query), expected);
}

// The index holds folded text; the snippet still shows the text as written, cut at the matched
// word even when letters before it fold to two (ß → ss, Æ → ae): word positions agree.
void TestSearch::snippetShowsTextAsWritten()
{
    const QJsonObject subjectHit = m_agent->call(
        QStringLiteral("search"), params(QStringLiteral("query"), QStringLiteral("zloty")));
    HD_EXPECT_OK(subjectHit);
    const QJsonArray subjects = resultOf(subjectHit).value(QLatin1String("items")).toArray();
    QCOMPARE(subjects.size(), 1);
    QCOMPARE(subjects.at(0).toObject().value(QLatin1String("snippet")).toString(),
        QString::fromUtf8(kSubjects[3]));

    const QJsonObject ticket = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Dostava") },
            { QStringLiteral("body"), QStringLiteral("first") } });
    HD_EXPECT_OK(ticket);
    const QString longBody = QStringLiteral("Łódź Straße Æbeltoft. ").repeated(30)
        + QStringLiteral("Sprawdź żółwia w Đakovu. ") + QStringLiteral("Kraj. ").repeated(30);
    const QJsonObject message = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), idOf(resultOf(ticket)) },
            { QStringLiteral("body"), longBody } });
    HD_EXPECT_OK(message);
    const QJsonObject response = m_agent->call(
        QStringLiteral("search"), params(QStringLiteral("query"), QStringLiteral("zolwia")));
    HD_EXPECT_OK(response);
    const QJsonArray items = resultOf(response).value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("messageId")).toInteger(),
        idOf(resultOf(message)));
    const QString snippet = items.at(0).toObject().value(QLatin1String("snippet")).toString();
    QVERIFY2(snippet.contains(QStringLiteral("Sprawdź żółwia w Đakovu")), qPrintable(snippet));
    QVERIFY2(snippet.startsWith(QStringLiteral("…")), qPrintable(snippet));
    QVERIFY2(snippet.size() < longBody.size() / 2, qPrintable(snippet));
}

// Subjects first, then messages, each newest first; the snippet shows the matched word.
void TestSearch::newestFirstWithSnippets()
{
    const QJsonObject ticket = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Zajednički disk") },
            { QStringLiteral("body"), QStringLiteral("Zajednički disk je pun") } });
    HD_EXPECT_OK(ticket);
    const qint64 id = idOf(resultOf(ticket));
    const QString longBody = QStringLiteral("Uvod. ").repeated(40)
        + QStringLiteral("Treba očistiti zajednički disk danas. ")
        + QStringLiteral("Kraj. ").repeated(40);
    const QJsonObject later = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id }, { QStringLiteral("body"), longBody } });
    HD_EXPECT_OK(later);
    const QJsonObject response = m_agent->call(
        QStringLiteral("search"), params(QStringLiteral("query"), QStringLiteral("zajednicki")));
    HD_EXPECT_OK(response);
    const QJsonArray items = resultOf(response).value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    QVERIFY(!items.at(0).toObject().contains(QLatin1String("messageId")));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("ticketId")).toInteger(), id);
    const qint64 newest = items.at(1).toObject().value(QLatin1String("messageId")).toInteger();
    const qint64 older = items.at(2).toObject().value(QLatin1String("messageId")).toInteger();
    QCOMPARE(newest, idOf(resultOf(later)));
    QVERIFY(newest > older);
    const QString snippet = items.at(1).toObject().value(QLatin1String("snippet")).toString();
    QVERIFY2(snippet.contains(QStringLiteral("zajednički")), qPrintable(snippet));
    QVERIFY2(snippet.size() < longBody.size() / 2, qPrintable(snippet));
    QVERIFY2(snippet.startsWith(QStringLiteral("…")), qPrintable(snippet));
}

// Fewer hits asked for than exist: the newest ones (on PostgreSQL from the newest rows only).
void TestSearch::limitTakesTheNewest()
{
    const QJsonObject ticket = m_agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Wombat farm") },
            { QStringLiteral("body"), QStringLiteral("wombat one") } });
    HD_EXPECT_OK(ticket);
    const qint64 id = idOf(resultOf(ticket));
    QList<qint64> messages;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject message = m_agent->call(QStringLiteral("message.add"),
            QJsonObject { { QStringLiteral("ticketId"), id },
                { QStringLiteral("body"), QStringLiteral("more wombats %1").arg(i) } });
        HD_EXPECT_OK(message);
        messages << idOf(resultOf(message));
    }
    const QJsonObject response = m_agent->call(QStringLiteral("search"),
        QJsonObject {
            { QStringLiteral("query"), QStringLiteral("womb") }, { QStringLiteral("limit"), 3 } });
    HD_EXPECT_OK(response);
    const QJsonArray items = resultOf(response).value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("ticketId")).toInteger(), id);
    QVERIFY(!items.at(0).toObject().contains(QLatin1String("messageId")));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("messageId")).toInteger(), messages[3]);
    QCOMPARE(items.at(2).toObject().value(QLatin1String("messageId")).toInteger(), messages[2]);
}

// A customer finds the organisation's tickets and public messages, never internal notes or
// another organisation's tickets.
void TestSearch::customerSeesOwnPublicTextOnly()
{
    auto alice = TestClient::loggedIn(m_server.port(), QStringLiteral("alice"));
    auto bob = TestClient::loggedIn(m_server.port(), QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const QJsonObject ticket = alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Platypus mailbox full") },
            { QStringLiteral("body"), QStringLiteral("platypus quota") } });
    HD_EXPECT_OK(ticket);
    const qint64 id = idOf(resultOf(ticket));
    const QJsonObject note = m_agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), id },
            { QStringLiteral("body"), QStringLiteral("platypus internal remark") },
            { QStringLiteral("internal"), true } });
    HD_EXPECT_OK(note);
    const auto count = [](TestClient& client, const QString& query) {
        const QJsonObject response = client.call(
            QStringLiteral("search"), QJsonObject { { QStringLiteral("query"), query } });
        return resultOf(response).value(QLatin1String("items")).toArray().size();
    };
    QCOMPARE(count(*m_agent, QStringLiteral("platypus")), 3); // subject, body, note
    QCOMPARE(count(*alice, QStringLiteral("platypus")), 2); // subject, body
    QCOMPARE(count(*alice, QStringLiteral("platypus remark")), 0);
    QCOMPARE(count(*bob, QStringLiteral("platyp")), 0);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
