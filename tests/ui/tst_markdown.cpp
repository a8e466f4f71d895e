// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base's render path against a hostile corpus: raw HTML stays text, links other
// than http/https/mailto lose their link (javascript:, data:, file:, vbscript:, in every
// spelling Markdown allows), and the article view loads no resource.
#include "markdownview.h"

#include <QCoreApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

using helpdesk::client::documentLinks;
using helpdesk::client::isAllowedArticleLink;
using helpdesk::client::MarkdownView;
using helpdesk::client::setArticleMarkdown;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void hostileCorpus_data();
    void hostileCorpus();
    void allowedLinks_data();
    void allowedLinks();
    void viewLoadsNoResource();
};

void TestMarkdown::hostileCorpus_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("links"); // the links that must survive
    QTest::addColumn<QString>("shownText"); // must appear as text ("" : nothing to check)
    const QStringList none;
    QTest::newRow("script tag") << s("<script>alert(1)</script>") << none
                                << s("<script>alert(1)</script>");
    QTest::newRow("html link") << s("<a href=\"javascript:alert(1)\">x</a>") << none
                               << s("<a href=");
    QTest::newRow("img onerror") << s("<img src=x onerror=alert(1)>") << none
                                 << s("onerror=alert(1)");
    QTest::newRow("iframe") << s("<iframe src=\"https://evil.example\"></iframe>") << none
                            << s("<iframe");
    QTest::newRow("javascript link") << s("[x](javascript:alert(1))") << none << s("x");
    QTest::newRow("upper case") << s("[x](JAVASCRIPT:alert(1))") << none << s("x");
    QTest::newRow("entity") << s("[x](&#106;avascript:alert(1))") << none << s("x");
    QTest::newRow("tab inside") << s("[x](java&#x09;script:alert(1))") << none << s("");
    QTest::newRow("angle brackets") << s("[x](<javascript:alert(1)>)") << none << s("x");
    QTest::newRow("autolink") << s("<javascript:alert(1)>") << none << s("");
    QTest::newRow("reference") << s("[x][1]\n\n[1]: javascript:alert(1)") << none << s("x");
    QTest::newRow("data") << s("[x](data:text/html;base64,PHNjcmlwdD4=)") << none << s("x");
    QTest::newRow("vbscript") << s("[x](vbscript:msgbox(1))") << none << s("x");
    QTest::newRow("file") << s("[x](file:///etc/passwd)") << none << s("x");
    QTest::newRow("relative") << s("[x](/admin)") << none << s("x");
    QTest::newRow("no scheme") << s("[x](evil.example)") << none << s("x");
    QTest::newRow("image") << s("![i](file:///etc/passwd)") << none << s("");
    QTest::newRow("nested") << s("[[inner](javascript:a)](https://example.org)") << none
                            << s("inner");
    QTest::newRow("mixed") << s("- [ok](https://example.org/a?b=1)\n- [bad](javascript:x)\n- "
                                "[mail](mailto:help@example.org)")
                           << QStringList { s("https://example.org/a?b=1"),
                                  s("mailto:help@example.org") }
                           << s("bad");
    QTest::newRow("code block") << s("```\n<script>alert(1)</script>\n```") << none
                                << s("<script>alert(1)</script>");
    QTest::newRow("NUL and controls")
        << s("a") + QChar(0) + s("\u0007[x](javascript:1)") << none << s("");
}

void TestMarkdown::hostileCorpus()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, links);
    QFETCH(QString, shownText);
    QTextDocument document;
    setArticleMarkdown(&document, markdown);
    QCOMPARE(documentLinks(document), links);
    if (!shownText.isEmpty())
        QVERIFY2(document.toPlainText().contains(shownText), qPrintable(document.toPlainText()));
    const QString html = document.toHtml();
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(
        !html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive), qPrintable(html));
}

void TestMarkdown::allowedLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << s("https://example.org") << true;
    QTest::newRow("http") << s("http://example.org/x") << true;
    QTest::newRow("mailto") << s("mailto:a@example.org") << true;
    QTest::newRow("HTTPS") << s("HTTPS://example.org") << true;
    QTest::newRow("javascript") << s("javascript:alert(1)") << false;
    QTest::newRow("data") << s("data:text/html,x") << false;
    QTest::newRow("file") << s("file:///etc/passwd") << false;
    QTest::newRow("ftp") << s("ftp://example.org") << false;
    QTest::newRow("relative") << s("/x") << false;
    QTest::newRow("empty") << s("") << false;
}

void TestMarkdown::allowedLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedArticleLink(QUrl(url)), allowed);
}

void TestMarkdown::viewLoadsNoResource()
{
    MarkdownView view;
    const QUrl self = QUrl::fromLocalFile(QCoreApplication::applicationFilePath());
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, self).isValid());
    QVERIFY(!view.loadResource(QTextDocument::StyleSheetResource, self).isValid());
    view.setMarkdownText(
        QStringLiteral("![i](%1) ![j](data:image/png;base64,AAAA)").arg(self.toString()));
    int images = 0;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                ++images;
                QCOMPARE(format.toImageFormat().name(), QString()); // nothing to load
            }
        }
    }
    QCOMPARE(images, 2);
}

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
