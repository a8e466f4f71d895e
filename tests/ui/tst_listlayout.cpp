// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket list at the default window size, in every shipped language: no column header
// is clipped or runs under the sort arrow, and no status or priority chip is elided, even on
// an unread (bold) row. Measured with the fonts and the style the list is drawn with. And
// a header the server cannot sort by draws no arrow when clicked.
#include "clientharness.h"
#include "conversationmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ticketlistmodel.h"
#include "savedviewspanel.h"
#include "ticketpane.h"
#include "tickettableview.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionHeader>
#include <QMenu>
#include <QTableView>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::client;
using namespace helpdesk::client::test;

namespace {

constexpr int kTimeout = 15000;
// The chip's geometry as ChipDelegate draws it: 8 px inside the chip either side of the
// text, 4 px between the chip and the cell's edges, text in 90 % of the row's font.
constexpr int kChipPadding = 8;
constexpr int kChipMargin = 4;

// What would be clipped in the window's list now, one line per problem.
QStringList clippedTexts(QTableView* table)
{
    QStringList problems;
    QHeaderView* header = table->horizontalHeader();
    QAbstractItemModel* model = table->model();
    QStyle* style = header->style();
    const QFontMetrics headerMetrics(header->font());
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.section = section;
        option.text = text;
        option.textAlignment = header->defaultAlignment();
        option.rect = QRect(0, 0, header->sectionSize(section), header->height());
        // Room for the arrow, which any sortable header carries once clicked.
        option.sortIndicator = QStyleOptionHeader::SortDown;
        const QRect label = style->subElementRect(QStyle::SE_HeaderLabel, &option, header);
        const QRect arrow = style->subElementRect(QStyle::SE_HeaderArrow, &option, header);
        const int width = headerMetrics.horizontalAdvance(text);
        // The label is centred in its rect; it must fit there and end before the arrow.
        const int textRight = label.left() + (label.width() + width) / 2;
        if (width > label.width() || (arrow.isValid() && textRight >= arrow.left()))
            problems << QStringLiteral(
                "header \"%1\": %2 px of text, %3 px of room before the arrow")
                            .arg(text)
                            .arg(width)
                            .arg(qMin(label.width(),
                                arrow.isValid() ? arrow.left() - label.left() : label.width()));
    }
    // Unread rows are bold, and so are their chips.
    QFont chipFont = table->font();
    chipFont.setBold(true);
    chipFont.setPointSizeF(chipFont.pointSizeF() * 0.9);
    const QFontMetrics chipMetrics(chipFont);
    const auto checkChips = [&](int column, const QStringList& texts) {
        if (header->isSectionHidden(column))
            return;
        const int room = header->sectionSize(column) - 2 * kChipMargin - 2 * kChipPadding;
        for (const QString& text : texts) {
            if (chipMetrics.horizontalAdvance(text) > room)
                problems << QStringLiteral("chip \"%1\": %2 px of text, %3 px of room")
                                .arg(text)
                                .arg(chipMetrics.horizontalAdvance(text))
                                .arg(room);
        }
    };
    QStringList statuses;
    for (TicketStatus status : { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
             TicketStatus::Resolved, TicketStatus::Closed })
        statuses << TicketListModel::statusText(status);
    QStringList priorities;
    for (Priority priority : { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent })
        priorities << TicketListModel::priorityText(priority);
    checkChips(TicketListModel::StatusColumn, statuses);
    checkChips(TicketListModel::PriorityColumn, priorities);
    return problems;
}

} // namespace

class TestListLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingClippedInAnyLanguage_data();
    void nothingClippedInAnyLanguage();
    void unsortableHeaderDrawsNoArrow();
    void groupByQueue();
    void namesShownWhole();

private:
    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window; // switched from language to language at run time
};

void TestListLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("ticketList")); // no widths a user chose
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = connectAs(m_server.port(), QStringLiteral("ana"));
    QVERIFY(m_connection);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_connection.get(), &m_languages);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticketModel()->rowCount() > 0, kTimeout);
    // With a ticket open, as people work: the ticket pane then takes all the room it needs.
    m_window->openTicket(TicketId(7));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ticketPane()->conversation()->ticket(), kTimeout);
}

void TestListLayout::cleanupTestCase()
{
    m_window.reset();
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestListLayout::nothingClippedInAnyLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const LanguageManager::Language& language : LanguageManager::languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void TestListLayout::nothingClippedInAnyLanguage()
{
    QFETCH(QString, code);
    QVERIFY(m_languages.setLanguage(code));
    QCoreApplication::processEvents();
    // Switched while running (the window keeps its size: the list may scroll sideways)...
    QStringList problems = clippedTexts(m_window->ticketTable());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    // ...and started in it, at the default size, with a ticket open: all of it in view.
    MainWindow fresh(m_connection.get(), &m_languages);
    fresh.show();
    QTRY_VERIFY_WITH_TIMEOUT(fresh.ticketModel()->rowCount() > 0, kTimeout);
    fresh.openTicket(TicketId(7));
    QTRY_VERIFY_WITH_TIMEOUT(fresh.ticketPane()->conversation()->ticket(), kTimeout);
    QCoreApplication::processEvents();
    problems = clippedTexts(fresh.ticketTable());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    QTableView* table = fresh.ticketTable();
    QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
        qPrintable(QStringLiteral("the columns need %1 px, the list shows %2 px")
                       .arg(table->horizontalHeader()->length())
                       .arg(table->viewport()->width())));
}

void TestListLayout::unsortableHeaderDrawsNoArrow()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTableView* table = m_window->ticketTable();
    QHeaderView* header = table->horizontalHeader();
    TicketListModel* model = m_window->ticketModel();
    const auto click = [&](int section) {
        const QPoint centre(
            header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::UpdatedColumn));
    // The server sorts by priority: the arrow moves there and the list is re-read in order.
    click(TicketListModel::PriorityColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::PriorityColumn));
    QVERIFY(model->query().sortField == TicketSortField::Priority);
    // By assignee: grouped by user (the server orders by the assignee's id, unassigned first).
    click(TicketListModel::AssigneeColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::AssigneeColumn));
    QVERIFY(model->query().sortField == TicketSortField::AssigneeId);
    // Not by customer: nothing changes, no arrow appears there.
    click(TicketListModel::CustomerColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::AssigneeColumn));
    QVERIFY(model->query().sortField == TicketSortField::AssigneeId);
    click(TicketListModel::UpdatedColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::UpdatedColumn));
    QVERIFY(model->query().sortField == TicketSortField::UpdatedAt);
}

// View → Group by → Queue: the queue column appears, the server orders by queue (tickets
// without one first), the menu says so; "No grouping" goes back to the newest first.
void TestListLayout::groupByQueue()
{
    auto* table = qobject_cast<TicketTableView*>(m_window->ticketTable());
    QVERIFY(table);
    TicketListModel* model = m_window->ticketModel();
    auto* views = m_window->findChild<SavedViewsPanel*>();
    QVERIFY(views);
    views->selectView(views->viewCount() - 1); // All tickets
    QVERIFY(table->isColumnHidden(TicketListModel::QueueColumn)); // extra until asked for
    QMenu* menu = table->groupMenu();
    QAction* byQueue = nullptr;
    QAction* none = nullptr;
    const auto findActions = [&] {
        byQueue = none = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == QStringLiteral("Queue"))
                byQueue = action;
            else if (action->text() == QStringLiteral("&No grouping"))
                none = action;
        }
        return byQueue && none;
    };
    // In English again after the other languages (the change reaches widgets as an event).
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY_WITH_TIMEOUT(findActions(), kTimeout);
    byQueue->trigger();
    QVERIFY(!table->isColumnHidden(TicketListModel::QueueColumn));
    QVERIFY(model->query().sortField == TicketSortField::QueueId);
    QVERIFY(model->query().sortOrder == Qt::AscendingOrder);
    QVERIFY(byQueue->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3 && !model->isLoading(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(TicketListModel::TicketRole).isValid(), kTimeout);
    qint64 previous = -1;
    QSet<qint64> groups;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TicketListModel::QueueColumn);
        if (!index.data(TicketListModel::TicketRole).isValid())
            break; // not loaded
        const qint64 queue = index.data(TicketListModel::QueueIdRole).toLongLong();
        QVERIFY2(queue >= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        QCOMPARE(index.data(TicketListModel::GroupKeyRole).toLongLong(), queue);
        if (queue > 0)
            QVERIFY(!index.data().toString().isEmpty()); // the queue's name
        previous = queue;
        groups.insert(queue);
    }
    QVERIFY(groups.size() >= 2); // the demo has tickets in several queues
    none->trigger();
    QVERIFY(model->query().sortField == TicketSortField::UpdatedAt);
    QVERIFY(model->query().sortOrder == Qt::DescendingOrder);
    QVERIFY(!model->index(0, 0).data(TicketListModel::GroupKeyRole).isValid());
}

// Assignee and customer names are not cut while the subject has room to spare (issue 10,
// defect 8: "Jadran Media d.o…" beside a half-empty subject column).
void TestListLayout::namesShownWhole()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    auto* views = m_window->findChild<SavedViewsPanel*>();
    QVERIFY(views);
    views->selectView(views->viewCount() - 1); // All tickets: every demo customer
    TicketListModel* model = m_window->ticketModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() >= 12 && !model->isLoading(), kTimeout);
    auto* table = qobject_cast<TicketTableView*>(m_window->ticketTable());
    QVERIFY(table);
    table->setColumnShown(TicketListModel::QueueColumn, false); // as new users have it
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    // The subject keeps at least 28 average characters before names give way (the view's
    // kMinSubjectChars); wider than that, it has room to spare.
    const auto subjectHasRoom = [&] {
        return table->horizontalHeader()->sectionSize(TicketListModel::SubjectColumn)
            > table->fontMetrics().averageCharWidth() * 28 + 1;
    };
    QStringList cut;
    const auto check = [&] {
        cut.clear();
        for (int row = 0; row < model->loadedCount(); ++row) {
            for (const int column :
                { int(TicketListModel::AssigneeColumn), int(TicketListModel::CustomerColumn) }) {
                const QString name = model->index(row, column).data().toString();
                const int room = table->horizontalHeader()->sectionSize(column);
                if (metrics.horizontalAdvance(name) + margin > room && subjectHasRoom())
                    cut << QStringLiteral("%1 (%2 px in %3 px)")
                               .arg(name)
                               .arg(metrics.horizontalAdvance(name) + margin)
                               .arg(room);
            }
        }
        return cut.isEmpty();
    };
    QVERIFY(subjectHasRoom()); // at the default size, with a ticket open
    QTRY_VERIFY2_WITH_TIMEOUT(check(), qPrintable(cut.join(QStringLiteral(", "))), kTimeout);
}

QTEST_MAIN(TestListLayout)
#include "tst_listlayout.moc"
