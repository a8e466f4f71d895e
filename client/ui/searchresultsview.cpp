// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsview.h"

#include "chipdelegate.h"
#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "searchresultsmodel.h"
#include "snippetdelegate.h"
#include "ticketlistmodel.h"
#include "timetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

const QVector<TicketStatus> kStatuses { TicketStatus::New, TicketStatus::Open,
    TicketStatus::Pending, TicketStatus::Resolved, TicketStatus::Closed };

} // namespace

SearchResultsView::SearchResultsView(
    Connection* connection, DirectoryCache* directory, bool staff, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_staff(staff)
{
    m_model = new SearchResultsModel(connection, this);
    m_model->setDirectory(directory);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SearchResultsModel::SortRole);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("searchTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(1);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToList"));

    m_statusMenu = new QMenu(this);
    for (TicketStatus status : kStatuses) {
        QAction* action = m_statusMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(toString(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            rerun();
        });
    }
    // A push button: its size hint makes room for the menu arrow (a tool button's draws the
    // arrow over the text).
    m_statusButton = new QPushButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    m_statusButton->setMenu(m_statusMenu);
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    for (QComboBox* box : { m_queue, m_customer }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, this, &SearchResultsView::rerun);
    }
    m_queue->setVisible(staff);
    m_customer->setVisible(staff);
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromFilter"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_untilCheck = new QCheckBox(this);
    m_untilCheck->setObjectName(QStringLiteral("untilFilter"));
    m_until = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &SearchResultsView::rerun);
    }
    connect(m_fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        rerun();
    });
    connect(m_untilCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        rerun();
    });
    m_clearFilters = new QPushButton(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &SearchResultsView::clearFilters);
    connect(m_back, &QPushButton::clicked, this, &SearchResultsView::closeRequested);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new SnippetDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Server order (subjects first, then messages, newest first) until a header is clicked;
    // every result is loaded, so sorting them here is sorting all of them.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SearchResultsModel::SubjectColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                emit ticketActivated(
                    TicketId(current.data(SearchResultsModel::TicketIdRole).toLongLong()));
        });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        emit ticketActivated(TicketId(index.data(SearchResultsModel::TicketIdRole).toLongLong()));
    });
    connect(
        m_model, &SearchResultsModel::searchingChanged, this, &SearchResultsView::updateStatusLine);
    connect(m_model, &SearchResultsModel::finished, this, &SearchResultsView::updateStatusLine);
    if (m_directory)
        connect(m_directory, &DirectoryCache::changed, this, &SearchResultsView::fillPickers);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_back);
    // Two rows: on one, the filters would make the middle pane too wide in some languages.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusButton);
    filters->addWidget(m_queue, 1);
    filters->addWidget(m_customer, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(6);
    dates->addWidget(m_untilCheck);
    dates->addWidget(m_until);
    dates->addStretch();
    dates->addWidget(m_clearFilters);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    retranslate();
}

void SearchResultsView::search(const QString& text)
{
    m_text = text.trimmed();
    m_title->setText(tr("Search results for “%1”").arg(m_text));
    rerun();
}

QVector<TicketStatus> SearchResultsView::chosenStatuses() const
{
    QVector<TicketStatus> statuses;
    const QList<QAction*> actions = m_statusMenu->actions();
    for (int i = 0; i < actions.size() && i < kStatuses.size(); ++i) {
        if (actions.at(i)->isChecked())
            statuses.append(kStatuses.at(i));
    }
    return statuses;
}

void SearchResultsView::rerun()
{
    if (m_filling || m_text.isEmpty())
        return;
    TicketSearch search;
    search.text = m_text;
    search.statuses = chosenStatuses();
    if (m_staff) {
        if (const qint64 queue = m_queue->currentData().toLongLong(); queue > 0)
            search.queue = QueueId(queue);
        if (const qint64 customer = m_customer->currentData().toLongLong(); customer > 0)
            search.customer = CustomerId(customer);
    }
    // Whole days in the user's time zone; "until" includes its day.
    if (m_fromCheck->isChecked())
        search.since = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_untilCheck->isChecked())
        search.until = QDateTime(m_until->date().addDays(1), QTime(0, 0)).toUTC();
    m_model->setSearch(search);
    updateStatusLine();
}

void SearchResultsView::setStatusFilter(const QVector<TicketStatus>& statuses)
{
    m_filling = true;
    const QList<QAction*> actions = m_statusMenu->actions();
    for (int i = 0; i < actions.size() && i < kStatuses.size(); ++i)
        actions.at(i)->setChecked(statuses.contains(kStatuses.at(i)));
    m_filling = false;
    updateStatusButton();
    rerun();
}

void SearchResultsView::setQueueFilter(std::optional<QueueId> queue)
{
    const int row = m_queue->findData(queue ? queue->value() : qint64(0));
    m_queue->setCurrentIndex(qMax(0, row));
}

void SearchResultsView::setCustomerFilter(std::optional<CustomerId> customer)
{
    const int row = m_customer->findData(customer ? customer->value() : qint64(0));
    m_customer->setCurrentIndex(qMax(0, row));
}

void SearchResultsView::setDateFilter(const QDate& from, const QDate& until)
{
    m_filling = true;
    if (from.isValid())
        m_from->setDate(from);
    if (until.isValid())
        m_until->setDate(until);
    m_fromCheck->setChecked(from.isValid());
    m_untilCheck->setChecked(until.isValid());
    m_filling = false;
    rerun();
}

void SearchResultsView::clearFilters()
{
    m_filling = true;
    for (QAction* action : m_statusMenu->actions())
        action->setChecked(false);
    m_queue->setCurrentIndex(0);
    m_customer->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_untilCheck->setChecked(false);
    m_filling = false;
    updateStatusButton();
    rerun();
}

void SearchResultsView::fillPickers()
{
    if (!m_staff)
        return;
    // Refilled in place: the chosen queue and organisation stay chosen.
    const qint64 queue = m_queue->currentData().toLongLong();
    const qint64 customer = m_customer->currentData().toLongLong();
    m_filling = true;
    m_queue->clear();
    m_queue->addItem(tr("Any queue"), qint64(0));
    m_customer->clear();
    m_customer->addItem(tr("Any customer"), qint64(0));
    if (m_directory) {
        for (const Queue& q : m_directory->queues())
            m_queue->addItem(q.name, q.id.value());
        for (const Customer& c : m_directory->customers())
            m_customer->addItem(c.name, c.id.value());
    }
    m_queue->setCurrentIndex(qMax(0, m_queue->findData(queue)));
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(customer)));
    m_filling = false;
}

void SearchResultsView::updateStatusButton()
{
    const QVector<TicketStatus> statuses = chosenStatuses();
    if (statuses.isEmpty()) {
        m_statusButton->setText(tr("Status: any"));
        return;
    }
    QStringList names;
    for (TicketStatus status : statuses)
        names << TicketListModel::statusText(status);
    m_statusButton->setText(statuses.size() <= 2
            ? tr("Status: %1").arg(names.join(QStringLiteral(", ")))
            : tr("Status: %n chosen", nullptr, int(statuses.size())));
}

void SearchResultsView::updateStatusLine()
{
    if (m_model->isSearching()) {
        m_status->setText(tr("Searching…"));
        return;
    }
    if (!m_model->hasResult()) {
        m_status->clear();
        return;
    }
    if (const auto error = m_model->lastError()) {
        m_status->setText(errorText(*error));
        return;
    }
    const int found = m_model->rowCount();
    if (found == 0)
        m_status->setText(tr("Nothing found."));
    else if (found >= TicketSearch::kMaxLimit)
        m_status->setText(tr("The first %n tickets found. Add words or filters to narrow the "
                             "search.",
            nullptr, found));
    else
        m_status->setText(tr("%n ticket(s) found.", nullptr, found));
}

void SearchResultsView::retranslate()
{
    if (!m_text.isEmpty())
        m_title->setText(tr("Search results for “%1”").arg(m_text));
    m_back->setText(tr("&Back to the list"));
    m_back->setToolTip(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    const QList<QAction*> actions = m_statusMenu->actions();
    for (int i = 0; i < actions.size() && i < kStatuses.size(); ++i)
        actions.at(i)->setText(TicketListModel::statusText(kStatuses.at(i)));
    updateStatusButton();
    m_fromCheck->setText(tr("From"));
    m_untilCheck->setText(tr("To"));
    const QString dateTip = tr("Only words written in this period: a subject when the ticket "
                               "was opened, a message when it was sent.");
    for (QWidget* widget : { static_cast<QWidget*>(m_fromCheck), static_cast<QWidget*>(m_from),
             static_cast<QWidget*>(m_untilCheck), static_cast<QWidget*>(m_until) })
        widget->setToolTip(dateTip);
    // The date edits follow the language's own short date format.
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_from->setDisplayFormat(dateFormat);
    m_until->setDisplayFormat(dateFormat);
    m_clearFilters->setText(tr("Clear filters"));
    fillPickers();
    updateStatusLine();

    // Columns as wide as their headers and widest values in this language.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    int statusWidth = header->sectionSizeHint(SearchResultsModel::StatusColumn);
    for (TicketStatus status : kStatuses)
        statusWidth = qMax(statusWidth,
            ChipDelegate::chipCellWidth(
                m_table->font(), TicketListModel::statusText(status), false));
    const QDateTime now(QDate(2026, 12, 31), QTime(22, 0));
    int updatedWidth = header->sectionSizeHint(SearchResultsModel::UpdatedColumn);
    for (const QDateTime& when : { now.addSecs(-58 * 60), now.addSecs(-21 * 3600),
             QDateTime(QDate(2026, 12, 30), QTime(23, 58)), now.addDays(-6),
             QDateTime(QDate(2026, 12, 18), QTime(10, 0)) })
        updatedWidth
            = qMax(updatedWidth, metrics.horizontalAdvance(TimeText::relative(when, now)) + 14);
    header->resizeSection(SearchResultsModel::IdColumn,
        qMax(header->sectionSizeHint(SearchResultsModel::IdColumn),
            metrics.horizontalAdvance(QStringLiteral("0000000")) + 14));
    header->resizeSection(SearchResultsModel::StatusColumn, statusWidth);
    header->resizeSection(SearchResultsModel::CustomerColumn,
        qMax(header->sectionSizeHint(SearchResultsModel::CustomerColumn),
            metrics.averageCharWidth() * 18));
    header->resizeSection(SearchResultsModel::UpdatedColumn, updatedWidth);
    m_table->verticalHeader()->setDefaultSectionSize(SnippetDelegate::rowHeight(m_table->font()));
}

void SearchResultsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
}

void SearchResultsView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace helpdesk::client
