// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel: roles, paging and reloads. Pushed changes: ticketlistupdates.cpp.
#include "ticketlistmodel.h"

#include "timetext.h"

#include "connection.h"
#include "directorycache.h"
#include "readmarkers.h"

#include <QLocale>

namespace helpdesk::client {

namespace {

constexpr int kMaxServerLimit = 500; // ticket.list refuses larger pages
constexpr int kPageOverlap = 20;
constexpr int kMaxGapRetries = 5;

} // namespace

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
    // A new login may be another user who sees other tickets: start over.
    connect(m_connection, &Connection::loggedIn, this, [this] { setQuery(m_query); });
    connect(m_connection, &Connection::resynced, this, &TicketListModel::reload);
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
            emit dataChanged(index(0, AssigneeColumn),
                index(int(m_rows.size()) - 1, CustomerColumn),
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

void TicketListModel::setQuery(const TicketQuery& query)
{
    ++m_generation;
    m_query = query;
    m_deferred.clear();
    m_snapshot.clear();
    m_countTimer.stop();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_loadedOnce = false;
    m_gapRetries = 0;
    setFetching(false);
    setTotal(0);
    fetchPage(0, kPageSize);
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
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

std::optional<Ticket> TicketListModel::ticketAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows[row];
}

void TicketListModel::markRead(TicketId id)
{
    const int row = rowOf(id);
    if (row >= 0 && m_markers)
        m_markers->markRead(m_rows[row]);
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
    default:
        return std::nullopt; // names live in other tables; the server cannot order by them
    }
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket& ticket = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(ticket, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return ticket.subject;
        if (index.column() == UpdatedColumn) // the exact time behind "5 minutes ago"
            return QLocale().toString(ticket.updatedAt.toLocalTime(), QLocale::LongFormat);
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
    default:
        return {};
    }
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
    case CustomerColumn: {
        if (!ticket.customerId)
            return QString();
        const QString name
            = m_directory ? m_directory->customerName(*ticket.customerId) : QString();
        return name.isEmpty() ? tr("Customer #%1").arg(ticket.customerId->value()) : name;
    }
    case UpdatedColumn:
        return TimeText::relative(ticket.updatedAt);
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case CustomerColumn:
        return tr("Customer");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
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
    return names;
}

bool TicketListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loadedOnce && m_rows.size() < m_total;
}

void TicketListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_fetching || !canFetchMore())
        return;
    // The page overlaps the loaded rows a little: a ticket that left the list on the server
    // shifts every later offset by one, and without the overlap the ticket that slid into
    // the gap would never be loaded. Known ids are skipped.
    const qint64 overlap = qMin<qint64>(kPageOverlap, m_rows.size());
    fetchPage(m_rows.size() - overlap, int(kPageSize + overlap));
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

void TicketListModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    emit totalChanged(total);
}

void TicketListModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    emit loadingChanged(fetching);
}

void TicketListModel::fetchPage(qint64 offset, int limit)
{
    if (!m_connection || !m_connection->isReady())
        return; // loggedIn / resynced start it again
    setFetching(true);
    const int generation = m_generation;
    m_connection->listTickets(
        m_query, offset, limit, this,
        [this, generation, offset](
            const TicketPage& page) { onPage(generation, offset, page.items, page.total); },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            m_lastError = error;
            setFetching(false);
            applyDeferred();
            emit loadFailed(error);
        });
}

void TicketListModel::onPage(
    int generation, qint64 offset, const QVector<Ticket>& items, qint64 total)
{
    if (generation != m_generation)
        return;
    m_lastError.reset();
    // The page is contiguous in the server's order. If it starts after the last loaded row,
    // more tickets left the list than the overlap covers and some may lie in between: step
    // back and ask again.
    if (offset > 0 && !m_rows.isEmpty() && !items.isEmpty()
        && m_query.lessThan(m_rows.last(), items.first()) && m_gapRetries < kMaxGapRetries) {
        ++m_gapRetries;
        const qint64 back = qMin<qint64>(offset, kPageSize);
        fetchPage(offset - back, int(kPageSize + back));
        return;
    }
    m_gapRetries = 0;
    // Pushes are held back while a fetch runs, so the rows are as they were when it was sent.
    QVector<Ticket> tail;
    for (const Ticket& ticket : items) {
        if (rowOf(ticket.id) >= 0)
            continue;
        if (m_rows.isEmpty() || m_query.lessThan(m_rows.last(), ticket)) {
            tail.append(ticket); // the usual case: beyond the loaded rows
        } else {
            // Only possible when the loaded rows had missed it: put it in its place.
            const int position = insertPosition(ticket);
            beginInsertRows(QModelIndex(), position, position);
            m_rows.insert(position, ticket);
            endInsertRows();
        }
    }
    if (!tail.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(tail.size()) - 1);
        m_rows += tail;
        endInsertRows();
    }
    const bool stuck
        = m_loadedOnce && offset > 0 && offset + items.size() >= total && m_rows.size() != total;
    m_loadedOnce = true;
    setTotal(qMax<qint64>(total, m_rows.size()));
    setFetching(false);
    applyDeferred();
    // The server's list ended, yet the loaded rows do not add up to its total: some are stale
    // or missing. Re-read them rather than let views ask for more for ever.
    if (stuck && !m_fetching)
        startSnapshot();
}

void TicketListModel::startSnapshot()
{
    const int generation = ++m_generation;
    m_snapshot.clear();
    setFetching(true);
    // Re-read as many rows as are loaded (at least a page), in the server's largest pages.
    fetchSnapshotPart(generation, 0, qMax<qint64>(m_rows.size(), kPageSize));
}

void TicketListModel::fetchSnapshotPart(int generation, qint64 offset, qint64 wanted)
{
    if (!m_connection || !m_connection->isReady()) {
        setFetching(false);
        applyDeferred();
        return;
    }
    // Parts overlap like pages do (see fetchMore); applySnapshot() drops the repeats.
    const qint64 overlap = qMin<qint64>(kPageOverlap, offset);
    const int limit = int(qMin<qint64>(kMaxServerLimit, wanted - offset + overlap));
    m_connection->listTickets(
        m_query, offset - overlap, limit, this,
        [this, generation, offset, overlap, wanted](const TicketPage& page) {
            if (generation != m_generation)
                return;
            m_snapshot += page.items;
            const qint64 next = offset - overlap + page.items.size();
            if (next < wanted && next < page.total && page.items.size() > overlap) {
                fetchSnapshotPart(generation, next, wanted);
                return;
            }
            m_loadedOnce = true;
            applySnapshot(std::exchange(m_snapshot, {}));
            setTotal(qMax<qint64>(page.total, m_rows.size()));
            setFetching(false);
            applyDeferred();
        },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            m_lastError = error;
            m_snapshot.clear();
            setFetching(false);
            applyDeferred();
            emit loadFailed(error);
        });
}

} // namespace helpdesk::client
