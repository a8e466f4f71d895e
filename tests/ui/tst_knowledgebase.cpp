// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in the real client (offscreen) against the real server with the demo data: "/"
// plus part of a name inserts a canned response with the ticket's placeholders filled (in
// Sergey's Russian), a macro replies and changes the ticket in one step, the article editor
// previews Markdown as it is typed (javascript: links inert) and never overwrites a
// colleague's save silently, a customer typing a new request is shown matching articles, and
// an agent inserts an article into the reply; the thread shows which articles a reply sent,
// and a click on one opens it (for the customer too).
#include "cannedbook.h"
#include "cannedcompleter.h"
#include "clientharness.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "conversationview.h"
#include "kbeditor.h"
#include "kbsuggestions.h"
#include "kbwindow.h"
#include "macrobutton.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "newticketdialog.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "ticketpane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 5000;
} // namespace

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void slashInsertsACannedResponse();
    void macroRepliesAndChangesTheTicket();
    void editorPreviewsAndNeverOverwritesSilently();
    void agentInsertsAnArticle();
    void customerSeesSuggestionsWhileTyping();
    void agentSeesArticlesForTheTicket();
    void threadShowsTheArticlesSent();

private:
    RawClient& user(const QString& login);
    TicketId openCustomerTicket(const QString& login, const QString& subject);
    QPlainTextEdit* editor() const { return m_window->ticketPane()->composer()->editor(); }
    qint64 publishArticle(const QString& title, const QString& body);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection; // Sam, an agent
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, std::unique_ptr<RawClient>> m_users;
};

void TestKnowledgeBase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SavedViewsPanel* views = m_window->viewsPanel();
    views->selectView(views->viewCount() - 1); // "All tickets"
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticketPane()->cannedBook()->isLoaded(), kTimeout);
}

void TestKnowledgeBase::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_users.clear();
}

RawClient& TestKnowledgeBase::user(const QString& login)
{
    auto& client = m_users[login];
    if (!client) {
        client = std::make_unique<RawClient>();
        client->connectAndLogin(m_server.port(), login, kDemoPassword);
    }
    return *client;
}

TicketId TestKnowledgeBase::openCustomerTicket(const QString& login, const QString& subject)
{
    const QJsonObject created = user(login).result(QStringLiteral("ticket.create"),
        { { QStringLiteral("subject"), subject },
            { QStringLiteral("body"), QStringLiteral("Help") } });
    const TicketId id(created.value(QStringLiteral("id")).toInteger());
    m_window->openTicket(id);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    const bool loaded = QTest::qWaitFor(
        [&] { return conversation->ticket() && conversation->ticket()->id == id; }, kTimeout);
    return loaded ? id : TicketId();
}

qint64 TestKnowledgeBase::publishArticle(const QString& title, const QString& body)
{
    return user(QStringLiteral("lead"))
        .result(QStringLiteral("kb.articleSave"),
            { { QStringLiteral("language"), QStringLiteral("en") },
                { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
                { QStringLiteral("visibility"), QStringLiteral("public") },
                { QStringLiteral("state"), QStringLiteral("published") } })
        .value(QStringLiteral("id"))
        .toInteger();
}

// Sergey writes Russian: "/dns" offers dns-propagation, Enter puts its Russian text in the box
// with his name and the ticket number filled in, in place of "/dns".
void TestKnowledgeBase::slashInsertsACannedResponse()
{
    const TicketId id = openCustomerTicket(QStringLiteral("sergey"), QStringLiteral("DNS"));
    QVERIFY(id.isValid());
    CannedCompleter* completer = m_window->ticketPane()->cannedCompleter();
    QSignalSpy inserted(completer, &CannedCompleter::inserted);
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("Note: /dns"));
    QAbstractItemView* popup = completer->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
    QCOMPARE(completer->completer()->currentCompletion(), QStringLiteral("dns-propagation"));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, kTimeout);
    QCOMPARE(inserted.at(0).at(0).toBool(), false);
    const QString text = editor()->toPlainText();
    QVERIFY2(
        text.startsWith(QStringLiteral("Note: Здравствуйте, Сергей Кузнецов!")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(#%1)").arg(id.value())), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("/dns")) && !text.contains(QStringLiteral("{")));
    QVERIFY(!popup->isVisible());
    editor()->clear();
}

// "ask-details" from the Macros menu: the ticket goes to Pending with the question asked.
void TestKnowledgeBase::macroRepliesAndChangesTheTicket()
{
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Mail broken"));
    QVERIFY(id.isValid());
    MacroButton* button = m_window->ticketPane()->macroButton();
    QVERIFY(button && button->isEnabled());
    QAction* askDetails = nullptr;
    for (QAction* action : button->menu()->actions()) {
        if (action->text() == QLatin1String("ask-details"))
            askDetails = action;
    }
    QVERIFY(askDetails);
    QSignalSpy applied(button, &MacroButton::applied);
    askDetails->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, kTimeout);
    ConversationModel* conversation = m_window->ticketPane()->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(conversation->ticket()->status == TicketStatus::Pending, kTimeout);
    const QJsonObject stored = user(QStringLiteral("lead"))
                                   .result(QStringLiteral("ticket.get"),
                                       { { QStringLiteral("id"), double(id.value()) } });
    const QJsonArray messages = stored.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.last()
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .startsWith(QStringLiteral("Hello Nina Patel,")));

    // A colleague changes the ticket before Sam's window hears of it: the macro is refused
    // and says why; nothing is written.
    user(QStringLiteral("lead"))
        .result(QStringLiteral("ticket.update"),
            { { QStringLiteral("id"), double(id.value()) },
                { QStringLiteral("version"),
                    stored.value(QStringLiteral("ticket"))
                        .toObject()
                        .value(QStringLiteral("version")) },
                { QStringLiteral("changes"),
                    QJsonObject { { QStringLiteral("priority"), QStringLiteral("urgent") } } } });
    QSignalSpy failed(button, &MacroButton::failed);
    askDetails->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("changed meanwhile")));
    QCOMPARE(
        user(QStringLiteral("lead"))
            .result(QStringLiteral("ticket.get"), { { QStringLiteral("id"), double(id.value()) } })
            .value(QStringLiteral("messages"))
            .toArray()
            .size(),
        2);
}

void TestKnowledgeBase::editorPreviewsAndNeverOverwritesSilently()
{
    KbEditor writer(m_connection.get(), 0, QStringLiteral("en"));
    QVERIFY(!writer.stateCombo()->isEnabled()); // agents write drafts
    QTest::keyClicks(writer.titleEdit(), QStringLiteral("Renewing SSL by hand"));
    writer.bodyEdit()->setPlainText(QStringLiteral(
        "# Steps\n\n<b>raw</b> [bad](javascript:alert(1)) [good](https://example.org)"));
    writer.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(writer.bodyEdit(), QStringLiteral(" typed")); // the preview follows typing
    const QTextDocument* preview = writer.preview()->document();
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("typed")), kTimeout);
    QCOMPARE(preview->firstBlock().blockFormat().headingLevel(), 1);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("<b>raw</b>"))); // shown, not bold
    QCOMPARE(documentLinks(*preview), QStringList { QStringLiteral("https://example.org") });
    QSignalSpy saved(&writer, &KbEditor::saved);
    writer.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);
    const qint64 article = writer.articleId();
    QVERIFY(article > 0);

    KbEditor second(m_connection.get(), article, QStringLiteral("en"));
    QSignalSpy loaded(&second, &KbEditor::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    // Ana saves first.
    const QJsonObject ana
        = user(QStringLiteral("ana"))
              .result(QStringLiteral("kb.articleSave"),
                  { { QStringLiteral("id"), double(article) }, { QStringLiteral("version"), 1 },
                      { QStringLiteral("language"), QStringLiteral("en") },
                      { QStringLiteral("title"), QStringLiteral("Renewing SSL by hand") },
                      { QStringLiteral("body"), QStringLiteral("Ana's text") } });
    QCOMPARE(ana.value(QStringLiteral("version")).toInteger(), 2);
    second.bodyEdit()->setPlainText(QStringLiteral("Sam's text"));
    QSignalSpy savedAgain(&second, &KbEditor::saved);
    second.save();
    QTRY_VERIFY_WITH_TIMEOUT(!second.notice()->isHidden(), kTimeout);
    QCOMPARE(savedAgain.count(), 0);
    QCOMPARE(second.bodyEdit()->toPlainText(), QStringLiteral("Sam's text"));
    const QJsonObject stored = user(QStringLiteral("lead"))
                                   .result(QStringLiteral("kb.articleGet"),
                                       { { QStringLiteral("id"), double(article) } });
    QCOMPARE(stored.value(QStringLiteral("body")).toString(), QStringLiteral("Ana's text"));
    second.save(); // knowingly, now
    QTRY_COMPARE_WITH_TIMEOUT(savedAgain.count(), 1, kTimeout);
    // Another language: the article has no German text, so the English one stays as the
    // starting point; saved, it becomes the German text beside the English one.
    KbEditor translator(m_connection.get(), article, QStringLiteral("en"));
    QSignalSpy translatorLoaded(&translator, &KbEditor::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(translatorLoaded.count(), 1, kTimeout);
    translator.languageCombo()->setCurrentIndex(
        translator.languageCombo()->findData(QStringLiteral("de")));
    QTRY_COMPARE_WITH_TIMEOUT(translatorLoaded.count(), 2, kTimeout);
    QCOMPARE(translator.bodyEdit()->toPlainText(), QStringLiteral("Sam's text"));
    translator.bodyEdit()->setPlainText(QStringLiteral("Sams Text"));
    QSignalSpy translated(&translator, &KbEditor::saved);
    translator.save();
    QTRY_COMPARE_WITH_TIMEOUT(translated.count(), 1, kTimeout);
    const QJsonObject german = user(QStringLiteral("lead"))
                                   .result(QStringLiteral("kb.articleGet"),
                                       { { QStringLiteral("id"), double(article) },
                                           { QStringLiteral("language"), QStringLiteral("de") } });
    QCOMPARE(german.value(QStringLiteral("body")).toString(), QStringLiteral("Sams Text"));
    QCOMPARE(german.value(QStringLiteral("languages")).toArray().size(), 2);

    const QJsonObject history = user(QStringLiteral("lead"))
                                    .result(QStringLiteral("kb.articleHistory"),
                                        { { QStringLiteral("id"), double(article) } });
    QCOMPARE(history.value(QStringLiteral("items")).toArray().size(), 4);
}

void TestKnowledgeBase::agentInsertsAnArticle()
{
    const qint64 article = publishArticle(QStringLiteral("Mailbox full"),
        QStringLiteral("Delete **old** messages.\n\nOr ask us for more space."));
    QVERIFY(article > 0);
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Quota"));
    QVERIFY(id.isValid());
    KbWindow* window = m_window->openKnowledgeBase();
    QSignalSpy shown(window, &KbWindow::articleShown);
    window->showArticle(article);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1 && window->articleId() == article, kTimeout);
    editor()->clear();
    window->findChild<QPushButton*>(QStringLiteral("kbInsertLink"))->click();
    QCOMPARE(editor()->toPlainText(),
        QStringLiteral("Knowledge base article: Mailbox full [KB#%1]").arg(article));
    editor()->clear();
    window->findChild<QPushButton*>(QStringLiteral("kbInsertExcerpt"))->click();
    QCOMPARE(editor()->toPlainText(),
        QStringLiteral("Mailbox full [KB#%1]\n\nDelete old messages.\nOr ask us for more space.")
            .arg(article));
    editor()->clear();
    window->close();
}

// Nina types a subject in the new-request form; once she pauses, the public article that
// matches is listed (a draft with the same word is not).
void TestKnowledgeBase::customerSeesSuggestionsWhileTyping()
{
    const qint64 article = publishArticle(
        QStringLiteral("Webmail shows a blank page"), QStringLiteral("Clear the browser cache."));
    user(QStringLiteral("lead"))
        .result(QStringLiteral("kb.articleSave"),
            { { QStringLiteral("language"), QStringLiteral("en") },
                { QStringLiteral("title"), QStringLiteral("Webmail rewrite plans") },
                { QStringLiteral("body"), QStringLiteral("internal draft") } });
    auto nina = connectAs(m_server.port(), QStringLiteral("nina"));
    QVERIFY(nina);
    MainWindow window(nina.get());
    window.show();
    window.findChild<QAction*>(QStringLiteral("newTicketAction"))->trigger();
    NewTicketDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<NewTicketDialog*>()) != nullptr, kTimeout);
    auto* suggestions = dialog->findChild<KbSuggestions*>();
    QVERIFY(suggestions);
    QSignalSpy updated(suggestions, &KbSuggestions::updated);
    auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("subject"));
    subject->clear();
    QTest::keyClicks(subject, QStringLiteral("my webma"));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(suggestions->list()->count() == 1, kTimeout);
    QCOMPARE(suggestions->list()->item(0)->text(), QStringLiteral("Webmail shows a blank page"));
    QCOMPARE(suggestions->list()->item(0)->data(Qt::UserRole).toLongLong(), article);
    QVERIFY(suggestions->isVisible());
    dialog->reject();
}

// The open ticket's subject brings up the matching article beside it; opening it and
// "Insert link into reply" fills the reply box: a canned answer and a link in two steps.
void TestKnowledgeBase::agentSeesArticlesForTheTicket()
{
    const qint64 article = publishArticle(QStringLiteral("Restoring a deleted mailbox"),
        QStringLiteral("We keep deleted mailboxes for 30 days."));
    KbSuggestions* suggestions = m_window->ticketPane()->articleSuggestions();
    QVERIFY(suggestions);
    const TicketId id
        = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("Deleted mailbox by mistake"));
    QVERIFY(id.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(suggestions->list()->count() > 0
            && suggestions->list()->item(0)->data(Qt::UserRole).toLongLong() == article,
        kTimeout);
    QVERIFY(suggestions->isVisible());
    editor()->clear();
    emit suggestions->list()->itemActivated(suggestions->list()->item(0));
    KbWindow* window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (window = suggestions->findChild<KbWindow*>()) && window->articleId() == article, kTimeout);
    window->findChild<QPushButton*>(QStringLiteral("kbInsertLink"))->click();
    QCOMPARE(editor()->toPlainText(),
        QStringLiteral("Knowledge base article: Restoring a deleted mailbox [KB#%1]").arg(article));
    editor()->clear();
    window->close();
}

namespace {

// The hrefs of the anchors in a thread as shown.
QStringList anchorsOf(ConversationView* view)
{
    QStringList hrefs;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
        }
    }
    return hrefs;
}

} // namespace

// Sam sends an article's link: his reply in the thread says which article it sent, and the
// reference is a link that opens the article, in his client and in Nina's.
void TestKnowledgeBase::threadShowsTheArticlesSent()
{
    const qint64 article = publishArticle(QStringLiteral("Changing the PHP version"),
        QStringLiteral("Open the control panel, then Sites, then PHP."));
    const TicketId id = openCustomerTicket(QStringLiteral("nina"), QStringLiteral("PHP 8 please"));
    QVERIFY(id.isValid());
    KbWindow* window = KbWindow::openArticle(m_connection.get(), article, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(window->articleId() == article, kTimeout);
    connect(window, &KbWindow::insertRequested, editor(), &QPlainTextEdit::insertPlainText);
    editor()->setPlainText(QStringLiteral("Here is how:\n"));
    editor()->moveCursor(QTextCursor::End);
    window->findChild<QPushButton*>(QStringLiteral("kbInsertLink"))->click();
    window->close();
    m_window->ticketPane()->composer()->send();

    auto* view = m_window->ticketPane()->findChild<ConversationView*>(
        QStringLiteral("conversationView"));
    const QString href = QStringLiteral("helpdesk-kb:%1").arg(article);
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(
                                 QStringLiteral("Knowledge base articles sent: [KB#%1]").arg(article)),
        kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(anchorsOf(view).count(href), 2, kTimeout); // in the text and below
    emit view->anchorClicked(QUrl(href));
    KbWindow* opened = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((opened = m_window->ticketPane()->findChild<KbWindow*>())
            && opened->articleId() == article,
        kTimeout);
    opened->close();

    // Nina's client: the same reference opens the public article for her.
    auto nina = connectAs(m_server.port(), QStringLiteral("nina"));
    QVERIFY(nina);
    MainWindow ninaWindow(nina.get());
    ninaWindow.show();
    ninaWindow.openTicket(id);
    auto* ninaView = ninaWindow.ticketPane()->findChild<ConversationView*>(
        QStringLiteral("conversationView"));
    QTRY_VERIFY_WITH_TIMEOUT(anchorsOf(ninaView).contains(href), kTimeout);
    emit ninaView->anchorClicked(QUrl(href));
    QTRY_VERIFY_WITH_TIMEOUT((opened = ninaWindow.ticketPane()->findChild<KbWindow*>())
            && opened->articleId() == article,
        kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(opened->view()->toPlainText().contains(QStringLiteral("control panel")),
        kTimeout);
}

QTEST_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
