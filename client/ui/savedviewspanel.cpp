// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewspanel.h"

#include "apitypes.h"
#include "connection.h"
#include "directorycache.h"
#include "personalviews.h"

#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

SavedViewsPanel::SavedViewsPanel(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_personal(new PersonalViews(connection, this))
{
    m_saveView = new QPushButton(this);
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_viewsTitle = new QLabel(this);
    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tagLabel = new QLabel(this);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    for (QLabel* title : { m_viewsTitle, m_tagLabel, m_searchLabel }) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_viewsTitle);
    m_views->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_views->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_views);
    layout->addWidget(m_saveView);
    layout->addWidget(m_tagLabel);
    layout->addWidget(m_tag);
    layout->addSpacing(8);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addStretch();

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(400);
    connect(&m_countTimer, &QTimer::timeout, this, &SavedViewsPanel::refreshCounts);
    connect(m_views, &QListWidget::currentRowChanged, this,
        [this] { emit queryChanged(currentQuery()); });
    connect(
        m_tag, &QLineEdit::editingFinished, this, [this] { emit queryChanged(currentQuery()); });
    connect(m_views, &QListWidget::itemClicked, this, &SavedViewsPanel::viewChosen);
    connect(m_search, &QLineEdit::returnPressed, this,
        [this] { emit searchRequested(m_search->text().trimmed()); });
    connect(connection, &Connection::ticketChanged, this, &SavedViewsPanel::scheduleCountRefresh);
    connect(connection, &Connection::ticketRemoved, this, &SavedViewsPanel::scheduleCountRefresh);
    connect(connection, &Connection::resynced, this, &SavedViewsPanel::scheduleCountRefresh);
    m_views->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_views, &QWidget::customContextMenuRequested, this, &SavedViewsPanel::showViewMenu);
    connect(m_saveView, &QPushButton::clicked, this, [this] { saveCurrentView(); });
    connect(m_personal, &PersonalViews::changed, this, &SavedViewsPanel::rebuildExtraViews);
    connect(m_personal, &PersonalViews::failed, this,
        [this](const QString& text) { QMessageBox::warning(this, tr("Save view"), text); });
    buildViews();
    m_fixedViews = int(m_viewDefs.size());
    retranslate();
    m_views->setCurrentRow(0);
    scheduleCountRefresh();
}

void SavedViewsPanel::buildViews()
{
    const auto user = m_connection->currentUser();
    const bool customer = user && user->role == Role::Customer;
    const QVector<TicketStatus> open { TicketStatus::New, TicketStatus::Open };
    auto view = [](const char* key, QVector<TicketStatus> statuses) {
        View v;
        v.key = QLatin1String(key);
        v.query.statuses = std::move(statuses);
        return v;
    };
    if (customer) {
        m_viewDefs << view("open", { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending })
                   << view("resolved", { TicketStatus::Resolved })
                   << view("closed", { TicketStatus::Closed }) << view("all", {});
    } else {
        View mine = view("mine", open);
        if (user)
            mine.query.assignee = IdFilter<UserId>::equals(user->id);
        View unassigned
            = view("unassigned", { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending });
        unassigned.query.assignee = IdFilter<UserId>::isNull();
        View breaching = view("breaching", {});
        breaching.query.dueWithinMinutes = 60;
        View overdue = view("overdue", {});
        overdue.query.overdue = true;
        m_viewDefs << mine << unassigned << view("allOpen", open) << breaching << overdue
                   << view("pending", { TicketStatus::Pending })
                   << view("resolved", { TicketStatus::Resolved }) << view("all", {});
    }
    for (int i = 0; i < m_viewDefs.size(); ++i)
        m_views->addItem(QString());
}

void SavedViewsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SavedViewsPanel::viewTitle(const QString& key) const
{
    if (key == QLatin1String("mine"))
        return tr("My open");
    if (key == QLatin1String("unassigned"))
        return tr("Unassigned");
    if (key == QLatin1String("allOpen"))
        return tr("All open");
    if (key == QLatin1String("open"))
        return tr("Open");
    if (key == QLatin1String("breaching"))
        return tr("Breaching within 1 hour");
    if (key == QLatin1String("overdue"))
        return tr("Overdue");
    if (key == QLatin1String("pending"))
        return tr("Pending");
    if (key == QLatin1String("resolved"))
        return tr("Resolved");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    return tr("All tickets");
}

void SavedViewsPanel::retranslate()
{
    m_viewsTitle->setText(tr("Views"));
    m_saveView->setText(tr("Save &view…"));
    m_saveView->setToolTip(tr("Save the chosen view and tag filter under a name of your own"));
    m_tagLabel->setText(tr("Filter by tag"));
    m_tag->setPlaceholderText(tr("e.g. billing"));
    m_searchLabel->setText(tr("Search"));
    m_search->setPlaceholderText(tr("Words in subjects and messages"));
    for (int i = 0; i < m_viewDefs.size(); ++i) {
        const View& view = m_viewDefs.at(i);
        const QString title = view.title.isEmpty() ? viewTitle(view.key) : view.title;
        m_views->item(i)->setText(view.count < 0
                ? title
                : QStringLiteral("%1  (%2)").arg(title, locale().toString(view.count)));
    }
    // Wide enough for the longest view name in this language, counts included.
    m_views->setMinimumWidth(m_views->sizeHintForColumn(0) + 2 * m_views->frameWidth() + 8);
}

TicketQuery SavedViewsPanel::currentQuery() const
{
    const int row = qMax(0, m_views->currentRow());
    TicketQuery query = m_viewDefs.value(row).query;
    query.tag = m_tag->text().trimmed();
    return query;
}

void SavedViewsPanel::selectView(int row)
{
    m_views->setCurrentRow(row);
}

int SavedViewsPanel::viewCount() const
{
    return m_fixedViews > 0 ? m_fixedViews : int(m_viewDefs.size());
}

void SavedViewsPanel::scheduleCountRefresh()
{
    if (!m_countTimer.isActive())
        m_countTimer.start();
}

void SavedViewsPanel::refreshCounts()
{
    if (!m_connection || !m_connection->isReady())
        return;
    const int generation = ++m_countGeneration;
    for (int i = 0; i < m_viewDefs.size(); ++i) {
        // One row is enough: the answer's total is the count.
        m_connection->listTickets(
            m_viewDefs.at(i).query, 0, 1, this, [this, i, generation](const TicketPage& page) {
                if (generation != m_countGeneration)
                    return;
                m_viewDefs[i].count = page.total;
                retranslate();
            });
    }
}

void SavedViewsPanel::setDirectory(DirectoryCache* directory)
{
    m_directory = directory;
    connect(directory, &DirectoryCache::changed, this, &SavedViewsPanel::rebuildExtraViews);
    rebuildExtraViews();
}

void SavedViewsPanel::rebuildExtraViews()
{
    const QString currentKey = m_viewDefs.value(qMax(0, m_views->currentRow())).key;
    m_viewDefs.resize(m_fixedViews);
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const bool manager = me && (me->role == Role::Admin || me->role == Role::Lead);
    if (m_directory && me && isStaff(me->role)) {
        for (const Queue& queue : m_directory->queues()) {
            if (queue.archived() || !(manager || queue.hasMember(me->id)))
                continue;
            View view;
            view.key = QStringLiteral("queue:%1").arg(queue.id.value());
            view.title = queue.name;
            view.query.statuses = { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending };
            view.query.queue = IdFilter<QueueId>::equals(queue.id);
            m_viewDefs << view;
        }
    }
    for (const PersonalViews::View& saved : m_personal->views()) {
        View view;
        view.key = QStringLiteral("saved:%1").arg(saved.id);
        view.title = saved.name;
        view.query = saved.query;
        view.savedId = saved.id;
        m_viewDefs << view;
    }
    m_views->blockSignals(true);
    while (m_views->count() > m_viewDefs.size())
        delete m_views->takeItem(m_views->count() - 1);
    while (m_views->count() < m_viewDefs.size())
        m_views->addItem(QString());
    int row = 0;
    for (int i = 0; i < m_viewDefs.size(); ++i) {
        if (m_viewDefs.at(i).key == currentKey)
            row = i;
    }
    m_views->setCurrentRow(row);
    m_views->blockSignals(false);
    retranslate();
    scheduleCountRefresh();
}

void SavedViewsPanel::saveCurrentView(const QString& name)
{
    QString chosen = name;
    if (chosen.isEmpty())
        chosen = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"));
    if (!chosen.trimmed().isEmpty())
        m_personal->save(chosen.trimmed(), currentQuery());
}

void SavedViewsPanel::showViewMenu(const QPoint& at)
{
    const int row = m_views->indexAt(at).row();
    if (row < 0 || m_viewDefs.at(row).savedId == 0)
        return;
    QMenu menu(this);
    QAction* remove = menu.addAction(tr("&Delete view"));
    if (menu.exec(m_views->viewport()->mapToGlobal(at)) == remove)
        m_personal->remove(m_viewDefs.at(row).savedId);
}

void SavedViewsPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace helpdesk::client
