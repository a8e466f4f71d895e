// SPDX-License-Identifier: GPL-3.0-or-later
// What users type must never reach FTS5 as syntax: every word is quoted.
#include "search/searchindex.h"
#include "search/searchservice.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::server;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void quotesWords_data();
    void quotesWords();
    void foldsLetters_data();
    void foldsLetters();
    void triggersFoldLikeTheQuery();
};

void TestSearchQuery::quotesWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fts");
    QTest::newRow("one word") << "backup"
                              << "\"backup\"*";
    QTest::newRow("two words") << "disk full"
                               << "\"disk\" \"full\"*";
    QTest::newRow("cyrillic") << "Письма не приходят"
                              << "\"Письма\" \"не\" \"приходят\"*";
    QTest::newRow("croatian diacritics") << "sigurnosna kopija"
                                         << "\"sigurnosna\" \"kopija\"*";
    QTest::newRow("fts operators are words") << "a OR b NOT c"
                                             << "\"a\" \"OR\" \"b\" \"NOT\" \"c\"*";
    QTest::newRow("quotes and stars dropped") << "\"x\" y* (z)"
                                              << "\"x\" \"y\" \"z\"*";
    QTest::newRow("sql") << "'; DROP TABLE tickets; --"
                         << "\"DROP\" \"TABLE\" \"tickets\"*";
    QTest::newRow("letters folded as in the index") << "Złoty Đurđevac"
                                                    << "\"Zloty\" \"durdevac\"*";
    QTest::newRow("no words") << "*** --- \"\""
                              << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSearchQuery::quotesWords()
{
    QFETCH(QString, typed);
    QFETCH(QString, fts);
    QCOMPARE(search::ftsQuery(typed), fts);
}

void TestSearchQuery::foldsLetters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    const auto row = [](const char* text, const char* folded) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(folded);
    };
    row("łŁ", "ll");
    row("đĐðÐ", "dddd");
    row("ǆǅǄ ǉǈǇ ǌǋǊ", "dzdzdz ljljlj njnjnj");
    row("øØ", "oo");
    row("ßẞ", "ssss");
    row("æÆœŒ", "aeaeoeoe");
    row("ёЁ", "ее"); // Cyrillic е
    // Left to the tokenizer (decomposable) or letters of their own: unchanged
    row("ąčćęóśźżńšžéü ÀÉ", "ąčćęóśźżńšžéü ÀÉ");
    row("іїєґ ІЇЄҐ йЙ ђјљњћџ еЕ", "іїєґ ІЇЄҐ йЙ ђјљњћџ еЕ");
}

void TestSearchQuery::foldsLetters()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(search::foldLetters(text), folded);
}

// The SQLite triggers of schema step 6 are written out by hand in SQL; they must fold exactly
// as the C++ list (which folds the query words and the messages of search::syncIndex).
void TestSearchQuery::triggersFoldLikeTheQuery()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Db db(DatabaseConfig(dir.filePath(QStringLiteral("h.sqlite"))), QStringLiteral("fold"));
    migrate(db);
    const auto squeezed
        = [](QString sql) { return sql.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const struct
    {
        const char* trigger;
        QStringList operands;
    } expected[] = {
        { "tickets_fts_insert", { QStringLiteral("new.subject") } },
        { "tickets_fts_delete", { QStringLiteral("old.subject") } },
        { "tickets_fts_update", { QStringLiteral("old.subject"), QStringLiteral("new.subject") } },
        { "messages_fts_delete", { QStringLiteral("old.body") } },
        { "messages_fts_update", { QStringLiteral("old.body"), QStringLiteral("new.body") } },
    };
    for (const auto& trigger : expected) {
        Query query(db,
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "name = ?"));
        const QString sql
            = squeezed(query.bind(QString::fromUtf8(trigger.trigger)).scalar().toString());
        QVERIFY2(!sql.isEmpty(), trigger.trigger);
        for (const QString& operand : trigger.operands)
            QVERIFY2(sql.contains(squeezed(search::foldLettersSql(operand))), qPrintable(sql));
    }
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
