// SPDX-License-Identifier: GPL-3.0-or-later
// The mail library's pieces without a server: quoted history and signatures cut (and kept when
// unsure), HTML-only mail as text, the notification texts complete in all ten languages with
// their placeholders, the language chosen for a recipient, and mail built without header
// injection.
#include "mail/htmltext.h"
#include "mail/mailcomposer.h"
#include "mail/mailparser.h"
#include "mail/mailtemplates.h"
#include "mail/quotestrip.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace helpdesk::server::mail;

class TestMailTexts : public QObject
{
    Q_OBJECT

private slots:
    void stripsQuotes_data();
    void stripsQuotes();
    void htmlAsText();
    void everyLanguageHasEveryText();
    void languageOfARecipient_data();
    void languageOfARecipient();
    void placeholdersAreFilledOnce();
    void composedMailHasNoInjectedHeaders();
    void composedMailParsesBack();
};

void TestMailTexts::stripsQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing to cut")
        << QStringLiteral("Hello.\nSecond line.") << QStringLiteral("Hello.\nSecond line.");
    QTest::newRow("signature") << QStringLiteral("Thanks!\n\n-- \nAna\nKovač d.o.o.")
                               << QStringLiteral("Thanks!");
    QTest::newRow("quoted tail with attribution") << QStringLiteral(
        "Works now.\n\nOn Mon, 2 Mar 2026, Support wrote:\n> Try again.\n>\n> Bye")
                                                  << QStringLiteral("Works now.");
    QTest::newRow("wrapped attribution") << QStringLiteral(
        "Yes.\n\nOn Mon, 2 Mar 2026 at 10:00, Support <s@example.com>\nwrote:\n> Q?")
                                         << QStringLiteral("Yes.");
    QTest::newRow("Russian attribution")
        << QStringLiteral("Спасибо.\n\n2 марта 2026 г., Поддержка пишет:\n> Перезагрузите.")
        << QStringLiteral("Спасибо.");
    QTest::newRow("Polish attribution")
        << QStringLiteral("Dzięki.\n\nW dniu 2.03.2026 Pomoc napisał:\n> Proszę.")
        << QStringLiteral("Dzięki.");
    QTest::newRow("Outlook separator")
        << QStringLiteral("Danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Support\nText")
        << QStringLiteral("Danke.");
    QTest::newRow("signature below the quote")
        << QStringLiteral("OK.\n\n> old\n\n-- \nJane") << QStringLiteral("OK.");
    QTest::newRow("inline answers are kept")
        << QStringLiteral("> Which server?\nweb3\n> Since when?\nMonday")
        << QStringLiteral("> Which server?\nweb3\n> Since when?\nMonday");
    QTest::newRow("only a quote: kept whole")
        << QStringLiteral("> forwarded words") << QStringLiteral("> forwarded words");
    QTest::newRow("long tail after -- is not a signature")
        << QStringLiteral("Log:\n--\n") + QStringLiteral("line\n").repeated(30)
        << (QStringLiteral("Log:\n--\n") + QStringLiteral("line\n").repeated(30)).trimmed();
}

void TestMailTexts::stripsQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(stripQuotedHistory(text), expected);
}

void TestMailTexts::htmlAsText()
{
    QCOMPARE(htmlToText("<p>a &amp; b</p><p>c<br>d</p><script>x()</script>"),
        QStringLiteral("a & b\n\nc\nd"));
    QCOMPARE(htmlToText("<ul><li>one</li><li>two</li></ul>"), QStringLiteral("- one\n- two"));
    QCOMPARE(htmlToText("<a href=\"https://x.example/\">site</a>"),
        QStringLiteral("site <https://x.example/>"));
    QCOMPARE(
        htmlToText("<div>" + QByteArray(100'000, '<') + "</div>").size() >= 0, true); // no crash
    QByteArray deep;
    for (int i = 0; i < 20'000; ++i)
        deep += "<div>";
    deep += "deep";
    QCOMPARE(htmlToText(deep), QStringLiteral("deep")); // beyond libxml2's depth: tags stripped
}

void TestMailTexts::everyLanguageHasEveryText()
{
    const QDir dir(QStringLiteral(HELPDESK_MAIL_TEMPLATES));
    QFile englishFile(dir.filePath(QStringLiteral("en.json")));
    QVERIFY(englishFile.open(QIODevice::ReadOnly));
    const QJsonObject english = QJsonDocument::fromJson(englishFile.readAll()).object();
    QVERIFY(english.size() >= 16);
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
    for (const QString& language : templateLanguages()) {
        QFile file(dir.filePath(language + QStringLiteral(".json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(language));
        const QJsonObject texts = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(texts.keys(), english.keys());
        for (const QString& key : english.keys()) {
            QStringList ours, theirs;
            for (auto it = placeholder.globalMatch(english.value(key).toString()); it.hasNext();)
                ours << it.next().captured();
            for (auto it = placeholder.globalMatch(texts.value(key).toString()); it.hasNext();)
                theirs << it.next().captured();
            ours.sort();
            theirs.sort();
            QVERIFY2(ours == theirs, qPrintable(language + QLatin1Char(' ') + key));
            QVERIFY2(!texts.value(key).toString().isEmpty(),
                qPrintable(language + QLatin1Char(' ') + key));
            // Customers' mail ends with the footer; staff notifications (assignment, SLA
            // alerts) are not answered by mail and have none.
            if (key.endsWith(QLatin1String("Body")) && key != QLatin1String("assignedBody")
                && !key.startsWith(QLatin1String("sla")))
                QVERIFY2(texts.value(key).toString().contains(QStringLiteral("\n-- \n")),
                    qPrintable(language + QLatin1Char(' ') + key));
        }
        // The embedded copy is the file.
        QCOMPARE(templateText(language, QStringLiteral("resolved")),
            texts.value(QStringLiteral("resolved")).toString());
    }
}

void TestMailTexts::languageOfARecipient_data()
{
    QTest::addColumn<QStringList>("locales");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user") << QStringList { QStringLiteral("ru_RU"), QStringLiteral("de") }
                          << QStringLiteral("ru");
    QTest::newRow("Brazil") << QStringList { QStringLiteral("pt_BR") } << QStringLiteral("pt_BR");
    QTest::newRow("Portugal") << QStringList { QStringLiteral("pt_PT") } << QStringLiteral("pt_BR");
    QTest::newRow("organisation") << QStringList { QString(), QStringLiteral("hr") }
                                  << QStringLiteral("hr");
    QTest::newRow("unknown") << QStringList { QStringLiteral("ja_JP"), QString() }
                             << QStringLiteral("en");
}

void TestMailTexts::languageOfARecipient()
{
    QFETCH(QStringList, locales);
    QFETCH(QString, expected);
    QCOMPARE(templateLanguage(locales), expected);
}

void TestMailTexts::placeholdersAreFilledOnce()
{
    const QString text = templateText(QStringLiteral("en"), QStringLiteral("replyBody"),
        { { QStringLiteral("agent"), QStringLiteral("{tag}") },
            { QStringLiteral("text"), QStringLiteral("Hi") },
            { QStringLiteral("tag"), QStringLiteral("[#1-abcd]") } });
    QVERIFY2(text.startsWith(QStringLiteral("{tag} wrote:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("keep [#1-abcd] in the subject")));
}

void TestMailTexts::composedMailHasNoInjectedHeaders()
{
    OutgoingMail mail;
    mail.fromName = QStringLiteral("Support\r\nBcc: evil@evil.example");
    mail.fromAddress = QStringLiteral("support@example.com");
    mail.toName = QStringLiteral("Ana\nX-Injected: yes");
    mail.toAddress = QStringLiteral("ana@kovac.hr");
    mail.replyTo = QStringLiteral(
        "support@example.com\r\nCc: evil@evil.example"); // not an address: left out
    mail.subject = QStringLiteral("Hi\r\nBcc: evil@evil.example");
    mail.body = QStringLiteral("line\r\nBcc: body@evil.example");
    mail.messageId = QStringLiteral("ticket.1.abc.x@helpdesk.example.com");
    mail.references
        = { QStringLiteral("a@b>\r\nBcc: <evil@evil.example"), QStringLiteral("ok@b.example") };
    mail.autoSubmitted = QStringLiteral("auto-generated\r\nX-Injected: yes");
    const QByteArray raw = composeMail(mail);
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    for (const QByteArray& line : head.split('\n')) {
        QVERIFY2(
            !line.startsWith("Bcc") && !line.startsWith("Cc") && !line.startsWith("X-Injected"),
            line.constData());
        QVERIFY(line.endsWith('\r') || line == head.split('\n').last());
    }
    QVERIFY(!head.contains("\nReply-To"));
    QVERIFY(head.contains("In-Reply-To: <ok@b.example>"));
    QVERIFY(head.contains("Message-Id: <ticket.1.abc.x@helpdesk.example.com>")
        || head.contains("Message-ID: <ticket.1.abc.x@helpdesk.example.com>"));
    QCOMPARE(isPlainAddress(QStringLiteral("a@b.example")), true);
    QCOMPARE(isPlainAddress(QStringLiteral("a@b.example\r\n")), false);
    QCOMPARE(isPlainAddress(QStringLiteral("\"a b\"@b.example")), false);
}

void TestMailTexts::composedMailParsesBack()
{
    OutgoingMail mail;
    mail.fromName = QStringLiteral("Подршка");
    mail.fromAddress = QStringLiteral("support@example.com");
    mail.toName = QStringLiteral("Łukasz Żółw");
    mail.toAddress = QStringLiteral("lukasz@nowak.pl");
    mail.subject = QStringLiteral("Re: Żółty przycisk [#7-abcd2345]");
    mail.body = QStringLiteral("Dzień dobry,\nproszę spróbować ponownie.\n\n-- \nPodpis");
    mail.messageId = QStringLiteral("ticket.7.abcd2345.k1@helpdesk.example.com");
    mail.references = { QStringLiteral("first@nowak.pl") };
    const ParsedMail parsed = parseMail(composeMail(mail));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.subject, mail.subject);
    QCOMPARE(parsed.fromAddress, mail.fromAddress);
    QCOMPARE(parsed.fromName, mail.fromName);
    QCOMPARE(parsed.messageId, mail.messageId);
    QCOMPARE(parsed.references, QStringList { QStringLiteral("first@nowak.pl") });
    QCOMPARE(parsed.text, mail.body);
    QCOMPARE(parsed.strippedText, QStringLiteral("Dzień dobry,\nproszę spróbować ponownie."));
}

QTEST_GUILESS_MAIN(TestMailTexts)
#include "tst_mailtexts.moc"
