// SPDX-License-Identifier: GPL-3.0-or-later
// The quick search (Ctrl+K; issue 14) in the real client (offscreen) against the real server
// with the demo data: an agent finds a ticket, a contact, an organisation, an article and a
// canned response in one list with the matched words marked, and Enter opens each where it
// belongs; a customer's list never holds another organisation's tickets, contacts or name,
// internal notes, internal or draft articles, or canned responses; words without letters
// send nothing.
#include "cannedbook.h"
#include "clientharness.h"
#include "composer.h"
#include "connection.h"
#include "everywheremodel.h"
#include "kbwindow.h"
#include "mainwindow.h"
#include "quicksearchdialog.h"
#include "rawclient.h"
#include "savedviewspanel.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {
constexpr int kTimeout = 5000;
constexpr int kColumn = SearchResultsModel::SubjectColumn;

// Every text the list shows: titles and snippets.
QString shownText(const EverywhereModel& model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, kColumn);
        texts << index.data().toString() << index.data(SearchResultsModel::SnippetRole).toString();
    }
    return texts.join(QLatin1Char('\n'));
}

// The row of the first item of this kind, -1 when there is none.
int rowOf(const EverywhereModel& model, const QString& kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, kColumn).data(EverywhereModel::KindRole).toString() == kind)
            return row;
    }
    return -1;
}

QStringList headings(const EverywhereModel& model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, kColumn);
        if (index.data(EverywhereModel::KindRole).toString().isEmpty())
            titles << index.data().toString();
    }
    return titles;
}
} // namespace

class TestQuickSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentFindsEveryKindAndOpensIt();
    void customerFindsOnlyItsOwn();
    void wordlessInputSendsNothing();

private:
    RawClient& user(const QString& login);
    // Ctrl+K in `window` (the first time), the words typed, the answer shown.
    QuickSearchDialog* search(MainWindow& window, const QString& words);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection; // Sam, an agent
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, std::unique_ptr<RawClient>> m_users;
    qint64 m_ticket = 0; // Piotr's (Kowalski Web)
    qint64 m_foreignTicket = 0; // Oliver's (Nordwind Hosting)
};

RawClient& TestQuickSearch::user(const QString& login)
{
    auto& client = m_users[login];
    if (!client) {
        client = std::make_unique<RawClient>();
        client->connectAndLogin(m_server.port(), login, kDemoPassword);
    }
    return *client;
}

void TestQuickSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const auto ticket = [this](const QString& login, const QString& subject) {
        return user(login)
            .result(QStringLiteral("ticket.create"),
                { { QStringLiteral("subject"), subject },
                    { QStringLiteral("body"), QStringLiteral("The zebrafish page is blank") } })
            .value(QStringLiteral("id"))
            .toInteger();
    };
    m_ticket = ticket(QStringLiteral("piotr"), QStringLiteral("Zebrafish shop down"));
    m_foreignTicket = ticket(QStringLiteral("oliver"), QStringLiteral("Zebrafish at Nordwind"));
    user(QStringLiteral("sam"))
        .result(QStringLiteral("message.add"),
            { { QStringLiteral("ticketId"), m_ticket },
                { QStringLiteral("body"), QStringLiteral("zebrafish: staff-only hunch") },
                { QStringLiteral("internal"), true } });
    const auto article
        = [this](const QString& title, const QString& visibility, const QString& state) {
              user(QStringLiteral("lead"))
                  .result(QStringLiteral("kb.articleSave"),
                      { { QStringLiteral("language"), QStringLiteral("en") },
                          { QStringLiteral("title"), title },
                          { QStringLiteral("body"), QStringLiteral("All about the zebrafish.") },
                          { QStringLiteral("visibility"), visibility },
                          { QStringLiteral("state"), state } });
          };
    article(
        QStringLiteral("Zebrafish guide"), QStringLiteral("public"), QStringLiteral("published"));
    article(QStringLiteral("Zebrafish runbook"), QStringLiteral("internal"),
        QStringLiteral("published"));
    article(
        QStringLiteral("Zebrafish unfinished"), QStringLiteral("public"), QStringLiteral("draft"));
    const auto contact = [this](const QString& owner, const QString& login, const QString& name) {
        user(owner).result(QStringLiteral("user.create"),
            { { QStringLiteral("login"), login }, { QStringLiteral("name"), name },
                { QStringLiteral("role"), QStringLiteral("customer") },
                { QStringLiteral("password"), kDemoPassword },
                { QStringLiteral("contactRole"), QStringLiteral("technical") } });
    };
    contact(QStringLiteral("piotr"), QStringLiteral("zed"), QStringLiteral("Zed Zebrafish"));
    contact(QStringLiteral("oliver"), QStringLiteral("zelda"), QStringLiteral("Zelda Zebrafish"));
    user(QStringLiteral("admin"))
        .result(QStringLiteral("customer.create"),
            { { QStringLiteral("name"), QStringLiteral("Zebrafish Ltd") } });
    user(QStringLiteral("sam"))
        .result(QStringLiteral("canned.save"),
            { { QStringLiteral("name"), QStringLiteral("zebrafish-hello") },
                { QStringLiteral("texts"),
                    QJsonObject { { QStringLiteral("en"),
                        QStringLiteral("Hello from the zebrafish desk") } } } });
    QVERIFY(m_ticket > 0 && m_foreignTicket > 0);

    m_connection = connectAs(m_server.port(), QStringLiteral("sam"));
    QVERIFY(m_connection);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticketPane()->cannedBook()->isLoaded(), kTimeout);
}

void TestQuickSearch::cleanupTestCase()
{
    m_window.reset();
    m_connection.reset();
    m_users.clear();
}

QuickSearchDialog* TestQuickSearch::search(MainWindow& window, const QString& words)
{
    // The first time in a window by its key; later through the same action (offscreen, a
    // hidden dialog leaves no window active for the key to reach).
    auto* dialog = window.findChild<QuickSearchDialog*>();
    if (dialog) {
        window.openQuickSearch();
    } else {
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        dialog = window.findChild<QuickSearchDialog*>();
    }
    if (!dialog || !dialog->isVisible())
        return nullptr;
    QSignalSpy shown(dialog, &QuickSearchDialog::resultsShown);
    dialog->edit()->clear();
    QTest::keyClicks(dialog->edit(), words);
    if (!shown.wait(kTimeout))
        return nullptr;
    return dialog;
}

void TestQuickSearch::agentFindsEveryKindAndOpensIt()
{
    QuickSearchDialog* dialog = search(*m_window, QStringLiteral("zebrafish"));
    QVERIFY(dialog);
    EverywhereModel* model = dialog->model();
    QCOMPARE(headings(*model),
        QStringList({ QStringLiteral("Tickets"), QStringLiteral("Contacts"),
            QStringLiteral("Organisations"), QStringLiteral("Articles"),
            QStringLiteral("Canned responses") }));
    // Staff find everything: both organisations' tickets, internal and draft articles.
    const QString text = shownText(*model);
    for (const char* expected :
        { "Zebrafish shop down", "Zebrafish at Nordwind", "Zed Zebrafish", "Zelda Zebrafish",
            "Zebrafish Ltd", "Zebrafish runbook", "Zebrafish unfinished", "zebrafish-hello" })
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
    // The matched words are marked from the server's ranges, on plain text.
    const QModelIndex first = model->index(rowOf(*model, QStringLiteral("tickets")), kColumn);
    const QString snippet = first.data(SearchResultsModel::SnippetRole).toString();
    const QVariantList ranges = first.data(SearchResultsModel::HighlightsRole).toList();
    QVERIFY(!ranges.isEmpty());
    for (const QVariant& range : ranges) {
        const QPoint r = range.toPoint();
        QCOMPARE(snippet.mid(r.x(), r.y()).toLower(), QStringLiteral("zebrafish"));
    }
    // The first result is chosen: Enter opens the ticket in the main window.
    QCOMPARE(dialog->list()->currentIndex().row(), rowOf(*model, QStringLiteral("tickets")));
    const qint64 chosen = first.data(EverywhereModel::IdRole).toLongLong();
    QTest::keyClick(dialog->edit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->ticketPane()->ticketId().value(), chosen, kTimeout);
    QVERIFY(!dialog->isVisible());
    // Ctrl+K inside the reply box is the quick search's, not the field's "delete to the end
    // of the line": the field does not take the shortcut over (a field elsewhere does, where
    // the platform binds Ctrl+K so, as on X11 desktops; offscreen does not).
    const bool bound = QKeySequence::keyBindings(QKeySequence::DeleteEndOfLine)
                           .contains(QKeySequence(Qt::CTRL | Qt::Key_K));
    QPlainTextEdit* box = m_window->ticketPane()->composer()->editor();
    QPlainTextEdit outside;
    for (QPlainTextEdit* field : { box, &outside }) {
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_K, Qt::ControlModifier);
        QApplication::sendEvent(field, &override);
        QCOMPARE(override.isAccepted(), bound && field == &outside);
    }

    // A canned response goes into the reply of the open ticket, placeholders filled.
    dialog = search(*m_window, QStringLiteral("zebrafish desk"));
    QVERIFY(dialog);
    QPlainTextEdit* reply = m_window->ticketPane()->composer()->editor();
    reply->clear();
    dialog->activateRow(rowOf(*dialog->model(), QStringLiteral("canned")));
    QTRY_VERIFY_WITH_TIMEOUT(
        reply->toPlainText().contains(QStringLiteral("Hello from the zebrafish desk")), kTimeout);

    // An article opens in the knowledge-base window.
    dialog = search(*m_window, QStringLiteral("zebrafish guide"));
    QVERIFY(dialog);
    const int articleRow = rowOf(*dialog->model(), QStringLiteral("articles"));
    QVERIFY(articleRow >= 0);
    const qint64 article
        = dialog->model()->index(articleRow, kColumn).data(EverywhereModel::IdRole).toLongLong();
    dialog->activateRow(articleRow);
    KbWindow* kb = m_window->openKnowledgeBase();
    QTRY_COMPARE_WITH_TIMEOUT(kb->articleId(), article, kTimeout);
    kb->close();

    // A contact: the list shows the tickets that contact asked for in its organisation.
    dialog = search(*m_window, QStringLiteral("zed"));
    QVERIFY(dialog);
    const int contactRow = rowOf(*dialog->model(), QStringLiteral("contacts"));
    QVERIFY(contactRow >= 0);
    dialog->activateRow(contactRow);
    const TicketQuery query = m_window->ticketModel()->query();
    QVERIFY(query.customer.isActive());
    QVERIFY(query.requester.has_value());
}

void TestQuickSearch::customerFindsOnlyItsOwn()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("piotr"));
    QVERIFY(connection);
    MainWindow window(connection.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QuickSearchDialog* dialog = search(window, QStringLiteral("zebrafish"));
    QVERIFY(dialog);
    const QString text = shownText(*dialog->model());
    QVERIFY2(text.contains(QStringLiteral("Zebrafish shop down")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Zed Zebrafish")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Zebrafish guide")), qPrintable(text));
    for (const char* hidden : { "Nordwind", "Zelda", "Zebrafish Ltd", "staff-only", "runbook",
             "unfinished", "zebrafish-hello" })
        QVERIFY2(!text.contains(QLatin1String(hidden)), qPrintable(text));
    QVERIFY(!headings(*dialog->model()).contains(QStringLiteral("Canned responses")));
    QVERIFY(!headings(*dialog->model()).contains(QStringLiteral("Organisations")));
    // Its own organisation is found by name; another is not.
    dialog = search(window, QStringLiteral("Nordwind"));
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->itemCount(), 0);
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("Nothing found."));
    dialog = search(window, QStringLiteral("Kowalski"));
    QVERIFY(dialog);
    QVERIFY(rowOf(*dialog->model(), QStringLiteral("organisations")) >= 0);
}

void TestQuickSearch::wordlessInputSendsNothing()
{
    QuickSearchDialog* dialog = m_window->openQuickSearch();
    dialog->edit()->setText(QStringLiteral("?! *** ()"));
    const int pending = m_connection->pendingCalls();
    dialog->searchNow();
    QCOMPARE(m_connection->pendingCalls(), pending);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(dialog->statusLabel()->text().isEmpty());
    // Up, Down and Enter on an empty list do nothing.
    QTest::keyClick(dialog->edit(), Qt::Key_Down);
    QTest::keyClick(dialog->edit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    dialog->hide();
}

QTEST_MAIN(TestQuickSearch)
#include "tst_quicksearch.moc"
