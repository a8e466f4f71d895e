// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel: roles and data. The window and paging: ticketlistpaging.cpp; pushed
// changes and reloads: ticketlistupdates.cpp.
#include "ticketlistmodel.h"

#include "timetext.h"

#include "connection.h"
#include "directorycache.h"
#include "duetext.h"
#include "readcache.h"
#include "readmarkers.h"

#include <QLocale>

namespace helpdesk::client {

QString TicketListModel::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return QString();
}

QString TicketListModel::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return QString();
}

QString TicketListModel::channelText(Channel channel)
{
    switch (channel) {
    case Channel::Client:
        return tr("Desktop client");
    case Channel::Phone:
        return tr("Phone call");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Alert:
        return tr("Monitoring alert");
    }
    return QString();
}

namespace {

template<typename IdType> qint64 idOrZero(const std::optional<IdType>& id)
{
    return id ? id->value() : 0;
}

} // namespace

TicketListModel::TicketListModel(Connection* connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(300);
    connect(&m_countTimer, &QTimer::timeout, this, &TicketListModel::refreshCount);
    if (!m_connection)
        return;
    connect(m_connection, &Connection::ticketChanged, this, &TicketListModel::onTicketChanged);
    connect(m_connection, &Connection::ticketRemoved, this, &TicketListModel::onTicketRemoved);
    connect(m_connection, &Connection::messageAdded, this, &TicketListModel::onMessageAdded);
    // A new login may be another user who sees other tickets: start over.
    connect(m_connection, &Connection::loggedIn, this, [this] { setQuery(m_query); });
    connect(m_connection, &Connection::resynced, this, &TicketListModel::reload);
    // The rows as they were when the link went: what a view of this list shows offline.
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state != Connection::State::Ready)
            keepCopy();
    });
    if (m_connection->isReady())
        setQuery(m_query);
}

void TicketListModel::setDirectory(DirectoryCache* directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (!m_directory)
        return;
    connect(m_directory, &DirectoryCache::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(m_first, AssigneeColumn), index(windowEnd() - 1, CustomerColumn),
                { Qt::DisplayRole, Qt::ToolTipRole });
    });
}

void TicketListModel::setReadMarkers(ReadMarkers* markers)
{
    if (m_markers)
        disconnect(m_markers, nullptr, this, nullptr);
    m_markers = markers;
    if (!m_markers)
        return;
    connect(m_markers, &ReadMarkers::changed, this, [this](TicketId id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { UnreadRole });
    });
}

void TicketListModel::setReadCache(ReadCache* cache)
{
    m_cache = cache;
}

void TicketListModel::setQuery(const TicketQuery& query)
{
    ++m_generation;
    m_query = query;
    m_deferred.clear();
    m_snapshot.clear();
    m_countTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_first = 0;
    m_rowCount = 0;
    endResetModel();
    m_loadedOnce = false;
    m_gapRetries = 0;
    m_fruitlessFetches = 0;
    m_wantFirst = m_wantLast = -1;
    setFetching(false);
    setTotal(0);
    setSavedCopyTime(QDateTime());
    if (m_connection && !m_connection->isReady() && showSavedCopy())
        return;
    fetchPage(0, kPageSize, PageMode::Replace);
}

void TicketListModel::reload()
{
    if (!m_loadedOnce) {
        setQuery(m_query);
        return;
    }
    startSnapshot();
}

int TicketListModel::rowOf(TicketId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return m_first + i;
    }
    return -1;
}

qint64 TicketListModel::largestLoadedId() const
{
    qint64 largest = 0;
    for (const Ticket& ticket : m_rows)
        largest = qMax(largest, ticket.id.value());
    return largest;
}

bool TicketListModel::isLoaded(int row) const
{
    return row >= m_first && row < windowEnd();
}

std::optional<Ticket> TicketListModel::ticketAt(int row) const
{
    if (!isLoaded(row))
        return std::nullopt;
    return m_rows[row - m_first];
}

int TicketListModel::nextUnreadRow(int from, int step) const
{
    if (!m_markers || step == 0)
        return -1;
    step = step > 0 ? 1 : -1;
    int row = from >= 0 ? from : (step > 0 ? m_first - 1 : windowEnd());
    for (row += step; row >= m_first && row < windowEnd(); row += step) {
        if (m_markers->isUnread(m_rows[row - m_first]))
            return row;
    }
    return -1;
}

void TicketListModel::markRead(TicketId id)
{
    const int row = rowOf(id);
    if (row >= 0 && m_markers)
        m_markers->markRead(m_rows[row - m_first]);
}

std::optional<TicketSortField> TicketListModel::sortFieldFor(int column)
{
    switch (column) {
    case IdColumn:
        return TicketSortField::Id;
    case SubjectColumn:
        return TicketSortField::Subject;
    case StatusColumn:
        return TicketSortField::Status;
    case PriorityColumn:
        return TicketSortField::Priority;
    case UpdatedColumn:
        return TicketSortField::UpdatedAt;
    case AssigneeColumn:
        return TicketSortField::AssigneeId; // grouped by user, not ordered by name
    case QueueColumn:
        return TicketSortField::QueueId;
    default:
        return std::nullopt; // names live in other tables; the server cannot order by them
    }
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (!isLoaded(index.row()))
        return placeholderData(index.row(), index.column(), role);
    const Ticket& ticket = m_rows[index.row() - m_first];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(ticket, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return ticket.subject;
        if (index.column() == ChannelColumn)
            return channelText(ticket.channel);
        if (index.column() == UpdatedColumn) // the exact time behind "5 minutes ago"
            return QLocale().toString(ticket.updatedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DueColumn)
            return DueText::tooltip(ticket.sla);
        return displayData(ticket, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketRole:
        return QVariant::fromValue(ticket);
    case TicketIdRole:
        return ticket.id.value();
    case StatusRole:
        return toString(ticket.status);
    case PriorityRole:
        return toString(ticket.priority);
    case UnreadRole:
        return m_markers ? m_markers->isUnread(ticket) : false;
    case AssigneeIdRole:
        return idOrZero(ticket.assigneeId);
    case CustomerIdRole:
        return idOrZero(ticket.customerId);
    case QueueIdRole:
        return idOrZero(ticket.queueId);
    case UpdatedAtRole:
        return ticket.updatedAt;
    case TagsRole:
        return ticket.tags;
    case ChannelRole:
        return toString(ticket.channel);
    case GroupKeyRole:
        switch (m_query.sortField) {
        case TicketSortField::Status:
            return int(ticket.status);
        case TicketSortField::Priority:
            return int(ticket.priority);
        case TicketSortField::AssigneeId:
            return idOrZero(ticket.assigneeId);
        case TicketSortField::QueueId:
            return idOrZero(ticket.queueId);
        default:
            return {};
        }
    case DueUrgencyRole:
        return int(DueText::urgency(ticket.sla));
    default:
        return {};
    }
}

QVariant TicketListModel::placeholderData(int row, int column, int role) const
{
    // Painting a row that is not loaded asks for its page.
    if (role == Qt::DisplayRole) {
        requestRows(row, row);
        if (column == SubjectColumn)
            return tr("Loading…");
    }
    return {};
}

QVariant TicketListModel::displayData(const Ticket& ticket, int column) const
{
    switch (column) {
    case IdColumn:
        return ticket.id.value();
    case SubjectColumn:
        return ticket.subject;
    case StatusColumn:
        return statusText(ticket.status);
    case PriorityColumn:
        return priorityText(ticket.priority);
    case AssigneeColumn: {
        if (!ticket.assigneeId)
            return tr("Unassigned");
        const QString name = m_directory ? m_directory->userName(*ticket.assigneeId) : QString();
        return name.isEmpty() ? tr("User #%1").arg(ticket.assigneeId->value()) : name;
    }
    case QueueColumn: {
        if (!ticket.queueId)
            return QString();
        const QString name = m_directory ? m_directory->queueName(*ticket.queueId) : QString();
        return name.isEmpty() ? tr("Queue #%1").arg(ticket.queueId->value()) : name;
    }
    case CustomerColumn: {
        if (!ticket.customerId)
            return QString();
        const QString name
            = m_directory ? m_directory->customerName(*ticket.customerId) : QString();
        return name.isEmpty() ? tr("Customer #%1").arg(ticket.customerId->value()) : name;
    }
    case UpdatedColumn:
        return TimeText::relative(ticket.updatedAt);
    case DueColumn:
        return DueText::text(ticket.sla);
    default:
        return {};
    }
}

QString TicketListModel::columnName(int column)
{
    switch (column) {
    case IdColumn:
        return tr("#");
    case ChannelColumn:
        return tr("Channel");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case QueueColumn:
        return tr("Queue");
    case CustomerColumn:
        return tr("Customer");
    case UpdatedColumn:
        return tr("Updated");
    case DueColumn:
        return tr("Due");
    default:
        return QString();
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ChannelColumn)
        return columnName(section);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The channel column is an icon wide: its header is drawn as one too (by the view).
    if (section == ChannelColumn)
        return QString();
    return columnName(section);
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TicketRole, "ticket");
    names.insert(TicketIdRole, "ticketId");
    names.insert(StatusRole, "status");
    names.insert(PriorityRole, "priority");
    names.insert(UnreadRole, "unread");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(QueueIdRole, "queueId");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(TagsRole, "tags");
    names.insert(ChannelRole, "channel");
    names.insert(GroupKeyRole, "groupKey");
    return names;
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    const auto field = sortFieldFor(column);
    if (!field || (m_query.sortField == *field && m_query.sortOrder == order))
        return;
    TicketQuery next = m_query;
    next.sortField = *field;
    next.sortOrder = order;
    setQuery(next);
}

void TicketListModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    emit loadingChanged(fetching);
}

} // namespace helpdesk::client
