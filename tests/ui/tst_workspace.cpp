// SPDX-License-Identifier: GPL-3.0-or-later
// The agent workspace with the real client offscreen against the real server: search
// results as their own list (one row per ticket, matched words highlighted, filters),
// reading offline from the read cache, keyboard commands, and the list's columns (chosen,
// sized, remembered; the channel column).
#include "clientharness.h"
#include "composer.h"
#include "conversationmodel.h"
#include "mainwindow.h"
#include "quicksearchdialog.h"
#include "readcache.h"
#include "savedviewspanel.h"
#include "searchresultsmodel.h"
#include "searchresultsview.h"
#include "shortcutsdialog.h"
#include "snippetdelegate.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"
#include "tickettableview.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 15000;

bool addMessage(Connection& connection, TicketId ticket, const QString& body)
{
    return callSync(connection, QStringLiteral("message.add"),
        { { QStringLiteral("ticketId"), ticket.value() }, { QStringLiteral("body"), body } })
        .ok();
}

QAction* action(QWidget* window, const char* name)
{
    return window->findChild<QAction*>(QLatin1String(name));
}

// Pixels of this colour in a part of a widget as drawn.
int pixelsOf(QWidget* widget, const QRect& area, const QColor& colour)
{
    const QImage image = widget->grab(area).toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += QColor(image.pixel(x, y)) == colour ? 1 : 0;
    }
    return count;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchResultsAreTheirOwnList();
    void searchFiltersNarrowTheResults();
    void offlineReopeningShowsSavedCopy();
    void logoutDeletesTheReadCache();
    void keyboardCommands();
    void shortcutListAndNoClashes();
    void columnsAreChosenAndRemembered();
    void channelColumn();

private:
    std::unique_ptr<MainWindow> newWindow();

    TestServer m_server;
    std::unique_ptr<Connection> m_agent; // ana, the user of the windows
    std::unique_ptr<Connection> m_other; // ivan, a colleague making changes
    Ticket m_walrus; // the search word in its subject and two messages
    Ticket m_mention; // in one message, with markup-looking text around it
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("ticketList"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_agent = connectAs(m_server.port(), QStringLiteral("ana"));
    m_other = connectAs(m_server.port(), QStringLiteral("ivan"));
    QVERIFY(m_agent && m_other);
    m_walrus = createTicket(*m_other, QStringLiteral("Walrus invoice twice"), {},
        QStringLiteral("The walrus plan was billed twice."));
    QVERIFY(m_walrus.id.isValid());
    QVERIFY(addMessage(*m_other, m_walrus.id, QStringLiteral("Walrus refund is on its way.")));
    m_mention = createTicket(
        *m_other, QStringLiteral("Mailbox quota"), {}, QStringLiteral("Quota reached."));
    QVERIFY(m_mention.id.isValid());
    QVERIFY(addMessage(*m_other, m_mention.id,
        QStringLiteral("Our <b>walrus</b> mailbox is full & bounces <i>everything</i>.")));
}

void TestWorkspace::cleanupTestCase()
{
    m_agent.reset();
    m_other.reset();
}

std::unique_ptr<MainWindow> TestWorkspace::newWindow()
{
    auto window = std::make_unique<MainWindow>(m_agent.get());
    window->show();
    window->viewsPanel()->selectView(window->viewsPanel()->viewCount() - 1); // All tickets
    if (!QTest::qWaitFor([&] { return window->ticketModel()->rowCount() > 0; }, kTimeout))
        return nullptr;
    return window;
}

// Defect 9: the results are a list of their own in the middle, one row per ticket, matched
// words drawn highlighted from the server's ranges, the snippet as plain text.
void TestWorkspace::searchResultsAreTheirOwnList()
{
    auto window = newWindow();
    QVERIFY(window);
    QLineEdit* box = window->viewsPanel()->searchEdit();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("walrus"));
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(window->isShowingSearch());
    SearchResultsView* view = window->searchView();
    QVERIFY(view->isVisible());
    QVERIFY(!window->ticketTable()->isVisible());
    SearchResultsModel* model = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasResult(), kTimeout);
    // Three hits (a subject, two messages) on one ticket, one on the other: two rows.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(view->statusLabel()->text(), SearchResultsView::tr("%n ticket(s) found.", nullptr, 2));
    QTableView* table = view->table();
    QCOMPARE(table->model()->index(0, SearchResultsModel::SubjectColumn).data().toString(),
        m_walrus.subject);
    QVERIFY(table->model()->index(0, 0).data(SearchResultsModel::HitsRole).toInt() >= 3);
    const QModelIndex mention = table->model()->index(1, SearchResultsModel::SubjectColumn);
    QCOMPARE(mention.data().toString(), m_mention.subject);
    const QString snippet = mention.data(SearchResultsModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("<b>walrus</b>")), qPrintable(snippet));
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = table->model()->index(row, SearchResultsModel::SubjectColumn);
        const QString text = index.data(SearchResultsModel::SnippetRole).toString();
        const QVariantList ranges = index.data(SearchResultsModel::HighlightsRole).toList();
        QVERIFY(!ranges.isEmpty());
        for (const QVariant& range : ranges)
            QCOMPARE(text.mid(range.toPoint().x(), range.toPoint().y()).toLower(),
                QStringLiteral("walrus"));
        // And they are drawn: the marker colour is in the row's subject cell.
        table->clearSelection();
        const QRect cell = table->visualRect(index);
        QVERIFY2(pixelsOf(table->viewport(), cell, SnippetDelegate::markerColor()) > 20,
            "no highlighted word drawn");
    }
    // The snippet is drawn as text: the part before the match keeps its "<b>" as typed.
    const auto visible = SnippetDelegate::visiblePart(snippet,
        { QPoint(snippet.indexOf(QStringLiteral("walrus")), 6) }, table->fontMetrics(), 2000);
    QCOMPARE(visible.text, snippet);

    // A click opens the ticket beside the results.
    const QRect second = table->visualRect(mention);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QTRY_COMPARE_WITH_TIMEOUT(window->ticketPane()->ticketId(), m_mention.id, kTimeout);
    QVERIFY(window->isShowingSearch());
    // Escape goes back to the list; so does choosing a view.
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!window->isShowingSearch());
    window->showSearch(QStringLiteral("walrus"));
    QVERIFY(window->isShowingSearch());
    window->viewsPanel()->selectView(0);
    QVERIFY(!window->isShowingSearch());
}

void TestWorkspace::searchFiltersNarrowTheResults()
{
    auto window = newWindow();
    QVERIFY(window);
    QVERIFY(updateTicket(
        *m_other, m_mention.id, { { QStringLiteral("status"), QStringLiteral("resolved") } }));
    window->showSearch(QStringLiteral("walrus"));
    SearchResultsView* view = window->searchView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->hasResult() && !view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 2);
    view->setStatusFilter({ TicketStatus::Resolved });
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->ticketAt(0)->id, m_mention.id);
    view->setStatusFilter({});
    view->setDateFilter(QDate::currentDate().addDays(1), QDate());
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->statusLabel()->text(), SearchResultsView::tr("Nothing found."));
    view->setDateFilter(QDate::currentDate().addDays(-1), QDate::currentDate());
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 2);
    view->setCustomerFilter(CustomerId(1)); // tickets made here have no organisation
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 0);
    view->setCustomerFilter(std::nullopt);
    view->setQueueFilter(QueueId(1));
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 0);
    view->setQueueFilter(std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->isSearching(), kTimeout);
    QCOMPARE(view->model()->rowCount(), 2);
}

// Defect 6: offline, a ticket opened before shows its saved copy with the time it was saved,
// not "Loading…" for ever; a ticket never opened says there is no copy; a list read before
// shows its saved first page. Back online, all of it is live again.
void TestWorkspace::offlineReopeningShowsSavedCopy()
{
    auto connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(connection);
    connection->setReconnectDelays(300, 600);
    auto window = std::make_unique<MainWindow>(connection.get());
    window->show();
    SavedViewsPanel* views = window->viewsPanel();
    views->selectView(views->viewCount() - 1); // All tickets
    TicketListModel* list = window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 2, kTimeout);
    ConversationModel* thread = window->ticketPane()->conversation();
    window->openTicket(m_walrus.id);
    QTRY_VERIFY_WITH_TIMEOUT(thread->ticket() && thread->rowCount() >= 3, kTimeout);
    const int walrusRows = thread->rowCount();
    window->openTicket(m_mention.id);
    QTRY_VERIFY_WITH_TIMEOUT(thread->ticket() && thread->ticketId() == m_mention.id, kTimeout);
    views->selectView(1); // Unassigned: read once
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowCount() > 0, kTimeout);
    const int unassigned = list->rowCount();
    views->selectView(views->viewCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowCount() > 2, kTimeout);
    const Ticket never = createTicket(*m_other, QStringLiteral("Never opened here"));
    QVERIFY(never.id.isValid());

    auto* listNotice = window->findChild<QLabel*>(QStringLiteral("listOfflineNotice"));
    auto* ticketNotice = window->findChild<QLabel*>(QStringLiteral("ticketOfflineNotice"));
    auto* subject = window->ticketPane()->findChild<QLabel*>(QStringLiteral("ticketSubject"));
    QVERIFY(listNotice && ticketNotice && subject);
    QVERIFY(listNotice->isHidden() && ticketNotice->isHidden());

    m_server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isReady(), kTimeout);
    QVERIFY(listNotice->isVisible()); // the rows still shown are as they were at the drop

    // Reopened offline: the saved thread, marked with the time it was saved.
    window->openTicket(m_walrus.id);
    QCOMPARE(thread->ticketId(), m_walrus.id);
    QCOMPARE(thread->rowCount(), walrusRows);
    QCOMPARE(subject->text(), m_walrus.subject);
    QVERIFY(ticketNotice->isVisible());
    const auto copy = window->readCache()->ticket(m_walrus.id);
    QVERIFY(copy);
    const QString savedAt = QLocale().toString(copy->savedAt.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(ticketNotice->text().contains(savedAt), qPrintable(ticketNotice->text()));

    // Never opened: said so, rather than "Loading…" with no explanation.
    window->openTicket(never.id);
    QCOMPARE(thread->rowCount(), 0);
    QVERIFY(ticketNotice->isVisible());
    QVERIFY(!ticketNotice->text().contains(savedAt));

    // A list read before: its saved first page, marked.
    views->selectView(1);
    QCOMPARE(list->rowCount(), unassigned);
    QVERIFY(list->savedCopyTime().isValid());
    QVERIFY2(listNotice->text().contains(
                 QLocale().toString(list->savedCopyTime().toLocalTime(), QLocale::ShortFormat)),
        qPrintable(listNotice->text()));
    // A list never read: empty, and said so.
    views->selectView(2);
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(listNotice->isVisible());

    // Back online: live again, notices gone, the never-opened ticket loads.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(connection->isReady(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(thread->ticket() && thread->rowCount() > 0, kTimeout);
    QCOMPARE(subject->text(), never.subject);
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0 && !list->savedCopyTime().isValid(), kTimeout);
    QVERIFY(listNotice->isHidden());
    QVERIFY(ticketNotice->isHidden());
    window.reset();
    // The server restarted: the other test connections resume by themselves.
    QVERIFY(waitForState(*m_agent, Connection::State::Ready));
    QVERIFY(waitForState(*m_other, Connection::State::Ready));
}

// Privacy: what a user read is deleted at logout, and another user has a directory of its own.
void TestWorkspace::logoutDeletesTheReadCache()
{
    auto window = newWindow();
    QVERIFY(window);
    window->openTicket(m_walrus.id);
    QTRY_VERIFY_WITH_TIMEOUT(window->ticketPane()->conversation()->ticket(), kTimeout);
    ReadCache* cache = window->readCache();
    QVERIFY(cache);
    QTRY_VERIFY(cache->ticket(m_walrus.id));
    const QString directory = cache->directory();
    QVERIFY(QDir(directory).exists());
    QVERIFY(directory.contains(QStringLiteral("ana")));
    QVERIFY(directory.endsWith(QStringLiteral("/%1").arg(m_agent->currentUser()->id.value())));
    auto ivan = std::make_unique<MainWindow>(m_other.get());
    QVERIFY(ivan->readCache()->directory() != directory);
    QVERIFY(!ivan->readCache()->ticket(m_walrus.id));

    QSignalSpy logout(window.get(), &MainWindow::logoutRequested);
    action(window.get(), "logoutAction")->trigger();
    QCOMPARE(logout.size(), 1);
    QVERIFY(!QDir(directory).exists());
}

void TestWorkspace::keyboardCommands()
{
    auto window = newWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    // Ctrl+F: the cursor in the search box.
    window->ticketTable()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->viewsPanel()->searchEdit()->hasFocus());
    // Ctrl+K: the quick search over everything (tst_quicksearch).
    window->ticketTable()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    auto* quick = window->findChild<QuickSearchDialog*>();
    QVERIFY(quick && quick->isVisible());
    quick->hide();

    // Next unread: two tickets changed by a colleague after this window started.
    TicketListModel* list = window->ticketModel();
    const Ticket first = createTicket(*m_other, QStringLiteral("Unread one"));
    const Ticket second = createTicket(*m_other, QStringLiteral("Unread two"));
    QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(first.id) >= 0 && list->rowOf(second.id) >= 0, kTimeout);
    window->ticketTable()->clearSelection();
    window->ticketTable()->setCurrentIndex(QModelIndex());
    window->ticketTable()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->ticketPane()->ticketId(), second.id, kTimeout);
    QTest::keyClick(window.get(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->ticketPane()->ticketId(), first.id, kTimeout);
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    // second was opened, so it is read now: nothing unread above
    QCOMPARE(window->ticketPane()->ticketId(), first.id);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());

    // Go to ticket #.
    action(window.get(), "goToTicketAction")->trigger();
    auto* dialog = window->findChild<QInputDialog*>(QStringLiteral("goToTicketDialog"));
    QVERIFY(dialog);
    dialog->setIntValue(int(m_walrus.id.value()));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window->ticketPane()->ticketId(), m_walrus.id, kTimeout);

    // Assign to me: the open ticket, stored on the server.
    QTRY_VERIFY_WITH_TIMEOUT(window->ticketPane()->conversation()->ticket(), kTimeout);
    QVERIFY(!window->ticketPane()->conversation()->ticket()->assigneeId);
    window->activateWindow(); // the dialog had it
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    const UserId me = m_agent->currentUser()->id;
    QTRY_VERIFY2_WITH_TIMEOUT(getTicket(*m_other, m_walrus.id)->ticket.assigneeId == me,
        qPrintable(window->statusBar()->currentMessage()), kTimeout);
}

// Help → Keyboard shortcuts lists every key, the reply box's and the ticket pane's too; no
// two commands of the window share a key, and none takes a key the reply box or the ticket
// pane binds themselves (they would all be ambiguous and none would fire).
void TestWorkspace::shortcutListAndNoClashes()
{
    auto window = newWindow();
    QVERIFY(window);
    window->openTicket(m_walrus.id); // the reply box's keys are live with a ticket open
    action(window.get(), "shortcutsAction")->trigger();
    auto* dialog = window->findChild<ShortcutsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QStringList listed;
    QTreeWidget* list = dialog->list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int i = 0; i < list->topLevelItem(group)->childCount(); ++i)
            listed << list->topLevelItem(group)->child(i)->text(0);
    }
    for (const QString& keys : { QStringLiteral("Ctrl+Enter"), QStringLiteral("Ctrl+Shift+Enter"),
             QStringLiteral("Ctrl+Alt+Enter"), QStringLiteral("Ctrl+Shift+I"),
             QStringLiteral("Ctrl+Shift+R"), QStringLiteral("Ctrl+Shift+L"),
             QStringLiteral("Ctrl+Shift+N"), QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+K"),
             QStringLiteral("Ctrl+G"), QStringLiteral("Ctrl+Shift+A"), QStringLiteral("Ctrl+Shift+K"),
             QStringLiteral("F1") })
        QVERIFY2(listed.contains(keys),
            qPrintable(keys + QStringLiteral(" not in ") + listed.join(QLatin1Char('|'))));

    // Every key of the window's actions once, and none of the keys bound by its parts.
    using Command = ShortcutsDialog::Command;
    QList<QKeySequence> documented;
    for (int command = 0; command <= int(Command::KnowledgeBase); ++command)
        documented += ShortcutsDialog::keys(Command(command));
    // The reply box takes Ctrl+Return and Ctrl+Enter alike; the list names the second.
    const auto asListed = [](const QKeySequence& key) {
        const QKeyCombination combination = key[0];
        return combination.key() == Qt::Key_Return
            ? QKeySequence(QKeyCombination(combination.keyboardModifiers(), Qt::Key_Enter))
            : key;
    };
    QList<QKeySequence> boundByParts;
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        boundByParts << shortcut->key();
        QVERIFY2(documented.contains(asListed(shortcut->key())),
            qPrintable(shortcut->key().toString() + QStringLiteral(" is not in the list")));
    }
    QVERIFY(boundByParts.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
    QHash<QKeySequence, QString> seen;
    for (QAction* each : window->findChildren<QAction*>()) {
        for (const QKeySequence& key : each->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                qPrintable(key.toString() + QStringLiteral(": ") + seen.value(key)
                    + QStringLiteral(" and ") + each->text()));
            seen.insert(key, each->text());
            QVERIFY2(!boundByParts.contains(key),
                qPrintable(each->text() + QStringLiteral(" takes the key ") + key.toString()
                    + QStringLiteral(" of the reply box or the ticket pane")));
        }
    }
}

// Comfort: columns shown or hidden and sized by hand are remembered; a fresh window uses them.
void TestWorkspace::columnsAreChosenAndRemembered()
{
    QSettings().remove(QStringLiteral("ticketList"));
    {
        auto window = newWindow();
        QVERIFY(window);
        auto* table = qobject_cast<TicketTableView*>(window->ticketTable());
        QVERIFY(table);
        QAction* priority = nullptr;
        for (QAction* each : table->columnsMenu()->actions()) {
            if (each->data().toInt() == TicketListModel::PriorityColumn && each->isCheckable())
                priority = each;
        }
        QVERIFY(priority && priority->isChecked());
        priority->trigger();
        QVERIFY(table->isColumnHidden(TicketListModel::PriorityColumn));
        table->horizontalHeader()->resizeSection(TicketListModel::CustomerColumn, 211);
        QTest::qWait(700); // saved shortly after the drag
    }
    auto window = newWindow();
    QVERIFY(window);
    auto* table = qobject_cast<TicketTableView*>(window->ticketTable());
    QVERIFY(table->isColumnHidden(TicketListModel::PriorityColumn));
    QCOMPARE(table->horizontalHeader()->sectionSize(TicketListModel::CustomerColumn), 211);
    table->resetColumnWidths();
    QCOMPARE(table->horizontalHeader()->sectionSize(TicketListModel::CustomerColumn),
        table->naturalWidth(TicketListModel::CustomerColumn));
    table->setColumnShown(TicketListModel::PriorityColumn, true);
    QVERIFY(!table->isColumnHidden(TicketListModel::PriorityColumn));
    QSettings().remove(QStringLiteral("ticketList"));
}

void TestWorkspace::channelColumn()
{
    const CallResult users = callSync(*m_agent, QStringLiteral("user.list"), {});
    QVERIFY(users.ok());
    qint64 caller = 0;
    for (const QJsonValue& user : users.result[QStringLiteral("items")].toArray()) {
        if (user[QStringLiteral("role")].toString() == QLatin1String("customer"))
            caller = user[QStringLiteral("id")].toInteger();
    }
    QVERIFY(caller > 0);
    const CallResult phone = callSync(*m_agent, QStringLiteral("ticket.create"),
        { { QStringLiteral("subject"), QStringLiteral("Called about DNS") },
            { QStringLiteral("body"), QStringLiteral("Caller says DNS is slow.") },
            { QStringLiteral("requesterId"), caller },
            { QStringLiteral("call"),
                QJsonObject { { QStringLiteral("direction"), QStringLiteral("inbound") } } } });
    QVERIFY2(phone.ok(), qPrintable(phone.error ? phone.error->message : QString()));
    const TicketId id(phone.result[QStringLiteral("id")].toInteger());
    auto window = newWindow();
    QVERIFY(window);
    TicketListModel* list = window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(id) >= 0, kTimeout);
    const QModelIndex cell = list->index(list->rowOf(id), TicketListModel::ChannelColumn);
    QCOMPARE(cell.data(TicketListModel::ChannelRole).toString(), QStringLiteral("phone"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), TicketListModel::channelText(Channel::Phone));
    QCOMPARE(list->headerData(TicketListModel::ChannelColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
        TicketListModel::tr("Channel"));
    QVERIFY(!window->ticketTable()->isColumnHidden(TicketListModel::ChannelColumn));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
