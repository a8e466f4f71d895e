// SPDX-License-Identifier: GPL-3.0-or-later
// What users type must never reach FTS5 as syntax: every word is quoted.
#include "search/searchservice.h"

#include <QTest>

using namespace helpdesk::server;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void quotesWords_data();
    void quotesWords();
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

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
