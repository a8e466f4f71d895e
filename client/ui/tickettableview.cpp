// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettableview.h"

#include "chipdelegate.h"
#include "duetext.h"
#include "ticketlistmodel.h"
#include "timetext.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QMenu>
#include <QActionGroup>
#include <QMetaEnum>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>

namespace helpdesk::client {

namespace {

constexpr int kRowHeight = 30;
constexpr int kMinSubjectChars = 28; // below this the name columns give way
constexpr int kMinNameWidth = 72;
const QString kHiddenKey = QStringLiteral("ticketList/hiddenColumns");
const QString kWidthsKey = QStringLiteral("ticketList/columnWidths");

QString columnKey(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<TicketListModel::Column>().valueToKey(column));
}

int columnFromKey(const QString& key)
{
    bool ok = false;
    const int column = QMetaEnum::fromType<TicketListModel::Column>().keyToValue(
        key.toLatin1().constData(), &ok);
    return ok && column >= 0 && column < TicketListModel::ColumnCount ? column : -1;
}

// Draws the channel column's header as an icon (its name is the tooltip): a column one icon
// wide has no room for a word in any language.
class TicketHeaderView : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override
    {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        if (logicalIndex == TicketListModel::ChannelColumn)
            ChipDelegate::paintChannel(
                painter, rect, QString(), palette().color(QPalette::ButtonText));
    }
};

} // namespace

TicketTableView::TicketTableView(TicketListModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_sortColumn(TicketListModel::UpdatedColumn)
{
    setHorizontalHeader(new TicketHeaderView(Qt::Horizontal, this));
    setModel(model);
    setItemDelegate(new ChipDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    // The indicator first: enabling sorting sorts by it, and the default order is "most
    // recently updated first".
    horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    setSortingEnabled(true);
    // Fixed row height: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(kRowHeight);
    verticalHeader()->hide();
    QHeaderView* header = horizontalHeader();
    header->setSectionsClickable(true); // the view's own header is; a replacement is not
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Not Stretch: a stretched section shrinks below its header when the others take the
    // room; fitColumns() gives the subject the rest, never less than its header.
    header->setMinimumSectionSize(24);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // After the view's own connection (made by setSortingEnabled), so that it can undo an
    // arrow on a column the server cannot sort by.
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, &TicketTableView::onSortIndicatorChanged);
    connect(header, &QHeaderView::sectionResized, this, &TicketTableView::onSectionResized);

    m_columnsMenu = new QMenu(this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        if (column == TicketListModel::SubjectColumn)
            continue;
        QAction* action = m_columnsMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(column);
        connect(action, &QAction::toggled, this,
            [this, column](bool checked) { setColumnShown(column, checked); });
        m_columnActions.insert(column, action);
    }
    m_columnsMenu->addSeparator();
    m_resetWidthsAction = m_columnsMenu->addAction(QString());
    connect(m_resetWidthsAction, &QAction::triggered, this, &TicketTableView::resetColumnWidths);
    connect(
        header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& position) {
            m_columnsMenu->popup(header->viewport()->mapToGlobal(position));
        });

    m_groupMenu = new QMenu(this);
    m_groupMenu->setObjectName(QStringLiteral("groupMenu"));
    auto* groupActions = new QActionGroup(this);
    for (const int column : { -1, int(TicketListModel::StatusColumn),
             int(TicketListModel::PriorityColumn), int(TicketListModel::AssigneeColumn),
             int(TicketListModel::QueueColumn) }) {
        if (column == TicketListModel::StatusColumn)
            m_groupMenu->addSeparator();
        QAction* action = m_groupMenu->addAction(QString());
        action->setCheckable(true);
        action->setActionGroup(groupActions);
        connect(action, &QAction::triggered, this, [this, column] { groupBy(column); });
        m_groupActions.insert(column, action);
    }

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500); // a drag resizes many times
    connect(&m_saveTimer, &QTimer::timeout, this, &TicketTableView::saveSettings);

    // Ids grow with the ticket count: the id column widens when a longer one is loaded. Checked
    // once per burst of changes, over the loaded rows only.
    m_idTimer.setSingleShot(true);
    m_idTimer.setInterval(0);
    connect(&m_idTimer, &QTimer::timeout, this, [this] {
        const int digits = int(QString::number(m_model->largestLoadedId()).size());
        const bool wider = digits > m_idDigits;
        m_idDigits = qMax(digits, m_idDigits);
        const bool longerNames = measureLoadedNames();
        if (longerNames || wider)
            fitColumns();
        if (longerNames)
            emit preferredWidthChanged();
    });
    const auto checkIds = [this] { m_idTimer.start(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, checkIds);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, checkIds);
    connect(m_model, &QAbstractItemModel::dataChanged, this, checkIds);

    restoreSettings();
    retranslate();
}

bool TicketTableView::isSortable(int column)
{
    return TicketListModel::sortFieldFor(column).has_value();
}

void TicketTableView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        syncGroupMenu();
        return;
    }
    // The server cannot order by names (they live in other tables), and ordering only the
    // loaded rows of a paged list would be a lie: the arrow goes back where the order is.
    horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

bool TicketTableView::measureLoadedNames()
{
    constexpr int kMaxRowsMeasured = 500; // the first pages: what the user sees first
    constexpr int kMaxNameChars = 36; // longer names are elided rather than crowd the subject
    QFont bold = font(); // unread rows are bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int cap = metrics.averageCharWidth() * kMaxNameChars;
    const int first = m_model->firstLoadedRow();
    const int last = first + qMin(m_model->loadedCount(), kMaxRowsMeasured) - 1;
    bool grew = false;
    for (const int column : { TicketListModel::AssigneeColumn, TicketListModel::QueueColumn,
             TicketListModel::CustomerColumn }) {
        int widest = m_nameWidths.value(column);
        for (int row = first; row <= last; ++row) {
            const QString name = m_model->index(row, column).data().toString();
            widest = qMax(widest, qMin(cap, metrics.horizontalAdvance(name) + textWidth(QString())));
        }
        if (widest > m_nameWidths.value(column)) {
            m_nameWidths.insert(column, widest);
            grew = true;
        }
    }
    return grew;
}

void TicketTableView::groupBy(int column)
{
    if (column < 0) {
        sortByColumn(TicketListModel::UpdatedColumn, Qt::DescendingOrder);
        return;
    }
    if (!isColumnAvailable(column) || !isSortable(column))
        return;
    if (!isColumnShown(column))
        setColumnShown(column, true); // the group's name is read in its column
    sortByColumn(column, Qt::AscendingOrder);
}

void TicketTableView::syncGroupMenu()
{
    QAction* action = m_groupActions.value(m_sortColumn, m_groupActions.value(-1));
    action->setChecked(true);
    update();
}

void TicketTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    // A line over the first row of each group, across the whole row.
    const int first = rowAt(0);
    if (first < 0 || !m_model->index(first, 0).data(TicketListModel::GroupKeyRole).isValid())
        return;
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    QVariant previous = first > 0
        ? m_model->index(first - 1, 0).data(TicketListModel::GroupKeyRole)
        : QVariant();
    for (int row = first; row <= last; ++row) {
        const QVariant key = m_model->index(row, 0).data(TicketListModel::GroupKeyRole);
        if (row > 0 && key.isValid() && previous.isValid() && key != previous) {
            const int y = rowViewportPosition(row) + 1;
            painter.drawLine(0, y, viewport()->width(), y);
        }
        previous = key;
    }
}

void TicketTableView::setColumnAvailable(int column, bool available)
{
    m_unavailable.removeAll(column);
    if (!available)
        m_unavailable.append(column);
    if (QAction* action = m_columnActions.value(column))
        action->setVisible(available);
    if (QAction* action = m_groupActions.value(column))
        action->setVisible(available);
    setColumnHidden(column, !available || !isColumnShown(column));
    fitColumns();
}

bool TicketTableView::isColumnAvailable(int column) const
{
    return !m_unavailable.contains(column);
}

void TicketTableView::setColumnShown(int column, bool shown)
{
    if (column == TicketListModel::SubjectColumn)
        return;
    if (QAction* action = m_columnActions.value(column); action && action->isChecked() != shown) {
        action->setChecked(shown); // comes back here through toggled()
        return;
    }
    setColumnHidden(column, !shown || !isColumnAvailable(column));
    fitColumns();
    m_saveTimer.start();
}

bool TicketTableView::isColumnShown(int column) const
{
    const QAction* action = m_columnActions.value(column);
    return !action || action->isChecked();
}

int TicketTableView::textWidth(const QString& text) const
{
    // The item delegate's text margins (QCommonStyle: focus frame margin + 1, either side).
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    return fontMetrics().horizontalAdvance(text) + 2 * margin + 4;
}

int TicketTableView::naturalWidth(int column) const
{
    // The header as the style lays it out, with room for the sort arrow, in a bold font.
    int width = horizontalHeader()->sectionSizeHint(column);
    switch (column) {
    case TicketListModel::IdColumn:
        // The largest id loaded so far, and the unread dot before it.
        width = qMax(width, textWidth(QString(m_idDigits, QLatin1Char('0'))) + 10);
        break;
    case TicketListModel::ChannelColumn:
        width = qMax(width, ChipDelegate::kChannelIconSize + 14);
        break;
    case TicketListModel::StatusColumn:
        for (TicketStatus status : { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                 TicketStatus::Resolved, TicketStatus::Closed })
            width = qMax(width,
                ChipDelegate::chipCellWidth(font(), TicketListModel::statusText(status), true));
        break;
    case TicketListModel::PriorityColumn:
        for (Priority priority :
            { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent })
            width = qMax(width,
                ChipDelegate::chipCellWidth(font(), TicketListModel::priorityText(priority), true));
        break;
    case TicketListModel::AssigneeColumn:
        width = std::max({ width, textWidth(TicketListModel::tr("Unassigned")),
            fontMetrics().averageCharWidth() * 16, m_nameWidths.value(column) });
        break;
    case TicketListModel::CustomerColumn:
        width = std::max(
            { width, fontMetrics().averageCharWidth() * 20, m_nameWidths.value(column) });
        break;
    case TicketListModel::QueueColumn:
        width = std::max(
            { width, fontMetrics().averageCharWidth() * 12, m_nameWidths.value(column) });
        break;
    case TicketListModel::UpdatedColumn: {
        // The widest forms "5 minutes ago" takes in this language and locale.
        const QDateTime now(QDate(2026, 12, 31), QTime(22, 0));
        for (const QDateTime& when : { now.addSecs(-30), now.addSecs(-58 * 60),
                 now.addSecs(-21 * 3600), QDateTime(QDate(2026, 12, 30), QTime(23, 58)),
                 now.addDays(-6), QDateTime(QDate(2026, 12, 18), QTime(10, 0)) })
            width = qMax(width, textWidth(TimeText::relative(when, now)));
        break;
    }
    case TicketListModel::DueColumn: // "23 h 59 min overdue"
        width = qMax(width, textWidth(DueText::tr("%1 overdue").arg(DueText::duration(23 * 60 + 59))));
        break;
    default:
        break;
    }
    return width;
}

int TicketTableView::preferredWidth() const
{
    int width = fontMetrics().averageCharWidth() * kMinSubjectChars * 3 / 2;
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        if (column == TicketListModel::SubjectColumn || isColumnHidden(column))
            continue;
        width += m_userWidths.value(column, naturalWidth(column));
    }
    return width + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

int TicketTableView::floorWidth(int column) const
{
    if (m_userWidths.contains(column))
        return m_userWidths.value(column);
    switch (column) {
    case TicketListModel::SubjectColumn:
    case TicketListModel::AssigneeColumn:
    case TicketListModel::QueueColumn:
    case TicketListModel::CustomerColumn:
    case TicketListModel::DueColumn: // its tooltip tells the whole target
        // Names and subjects may be elided; their header may not.
        return qMax(kMinNameWidth, horizontalHeader()->sectionSizeHint(column));
    default:
        return naturalWidth(column);
    }
}

int TicketTableView::requiredWidth() const
{
    int width = 0;
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        if (!isColumnHidden(column))
            width += floorWidth(column);
    }
    return width + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

void TicketTableView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    QHash<int, int> widths;
    int total = 0;
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        if (column == TicketListModel::SubjectColumn || isColumnHidden(column))
            continue;
        widths.insert(column, m_userWidths.value(column, naturalWidth(column)));
        total += widths.value(column);
    }
    // The subject is what a row is read by: when the list is narrow the name columns give
    // way (never below their header) before the subject does; then the subject, down to its
    // header; past that the list scrolls sideways rather than clip a header. Widths the user
    // chose stay.
    const int room = viewport()->width();
    const int wantedSubject = fontMetrics().averageCharWidth() * kMinSubjectChars;
    int excess = total + wantedSubject - room;
    for (const int column : { TicketListModel::DueColumn, TicketListModel::CustomerColumn,
             TicketListModel::QueueColumn,
             TicketListModel::AssigneeColumn }) {
        if (excess <= 0 || !widths.contains(column) || m_userWidths.contains(column))
            continue;
        const int give = qBound(0, widths.value(column) - floorWidth(column), excess);
        widths[column] -= give;
        excess -= give;
        total -= give;
    }
    widths.insert(TicketListModel::SubjectColumn,
        qMax(floorWidth(TicketListModel::SubjectColumn), room - total));
    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
    }
    m_fitting = false;
}

void TicketTableView::onSectionResized(int column, int, int newSize)
{
    // The subject takes what is left (fitColumns()), hiding a column sizes it to 0, and
    // fitColumns() is not the user.
    if (m_fitting || column == TicketListModel::SubjectColumn || newSize <= 0
        || isColumnHidden(column))
        return;
    m_userWidths.insert(column, newSize);
    m_saveTimer.start();
    fitColumns(); // the subject gives or takes the difference
}

void TicketTableView::resetColumnWidths()
{
    m_userWidths.clear();
    fitColumns();
    m_saveTimer.start();
}

void TicketTableView::restoreSettings()
{
    QSettings settings;
    // The queue column is extra until the user asks for it.
    const QStringList hidden = settings
                                   .value(kHiddenKey,
                                       QStringList { columnKey(TicketListModel::QueueColumn) })
                                   .toStringList();
    for (const QString& key : hidden) {
        const int column = columnFromKey(key);
        if (QAction* action = m_columnActions.value(column)) {
            const QSignalBlocker blocker(action);
            action->setChecked(false);
            setColumnHidden(column, true);
        }
    }
    const QVariantMap widths = settings.value(kWidthsKey).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        const int column = columnFromKey(it.key());
        const int width = it.value().toInt();
        if (column >= 0 && column != TicketListModel::SubjectColumn && width > 0)
            m_userWidths.insert(column, width);
    }
}

void TicketTableView::saveSettings() const
{
    QStringList hidden;
    for (auto it = m_columnActions.cbegin(); it != m_columnActions.cend(); ++it) {
        if (!it.value()->isChecked())
            hidden << columnKey(it.key());
    }
    QVariantMap widths;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it)
        widths.insert(columnKey(it.key()), it.value());
    QSettings settings;
    settings.setValue(kHiddenKey, hidden);
    settings.setValue(kWidthsKey, widths);
}

void TicketTableView::retranslate()
{
    m_columnsMenu->setTitle(tr("&Columns"));
    for (auto it = m_columnActions.cbegin(); it != m_columnActions.cend(); ++it) {
        it.value()->setText(it.key() == TicketListModel::IdColumn
                ? tr("Ticket number")
                : TicketListModel::columnName(it.key()));
    }
    m_resetWidthsAction->setText(tr("&Reset column widths"));
    m_groupMenu->setTitle(tr("&Group by"));
    m_groupActions.value(-1)->setText(tr("&No grouping"));
    for (auto it = m_groupActions.cbegin(); it != m_groupActions.cend(); ++it) {
        if (it.key() >= 0)
            it.value()->setText(TicketListModel::columnName(it.key()));
    }
    syncGroupMenu();
    // Headers and chips are as wide as their words, which just changed.
    fitColumns();
}

void TicketTableView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LocaleChange)
        fitColumns();
}

void TicketTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

} // namespace helpdesk::client
