// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "ticketlistmodel.h"
#include "timetext.h"

#include <QLocale>
#include <QPoint>

namespace helpdesk::client {

SearchResultsModel::SearchResultsModel(Connection* connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    if (!m_connection)
        return;
    connect(m_connection, &Connection::ticketChanged, this, &SearchResultsModel::onTicketChanged);
    connect(m_connection, &Connection::ticketRemoved, this, &SearchResultsModel::onTicketRemoved);
}

void SearchResultsModel::setDirectory(DirectoryCache* directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (!m_directory)
        return;
    connect(m_directory, &DirectoryCache::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, CustomerColumn), index(rowCount() - 1, CustomerColumn));
    });
}

void SearchResultsModel::setSearch(const TicketSearch& search)
{
    const int generation = ++m_generation;
    m_search = search;
    m_lastError.reset();
    m_hasResult = false;
    if (!m_connection) {
        m_lastError = localError(Offline);
        m_hasResult = true;
        emit finished();
        return;
    }
    setSearching(true);
    m_connection->searchTickets(
        search, this,
        [this, generation](const QVector<TicketSearchResult>& results) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = results;
            endResetModel();
            m_hasResult = true;
            setSearching(false);
            emit finished();
        },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows.clear();
            endResetModel();
            m_lastError = error;
            m_hasResult = true;
            setSearching(false);
            emit finished();
        });
}

void SearchResultsModel::clear()
{
    ++m_generation;
    m_search = TicketSearch();
    m_lastError.reset();
    m_hasResult = false;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    setSearching(false);
}

std::optional<Ticket> SearchResultsModel::ticketAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).ticket;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketSearchResult& result = m_rows.at(index.row());
    const Ticket& ticket = result.ticket;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return ticket.id.value();
        case SubjectColumn:
            return ticket.subject;
        case StatusColumn:
            return TicketListModel::statusText(ticket.status);
        case CustomerColumn: {
            if (!ticket.customerId)
                return QString();
            const QString name
                = m_directory ? m_directory->customerName(*ticket.customerId) : QString();
            return name.isEmpty()
                ? TicketListModel::tr("Customer #%1").arg(ticket.customerId->value())
                : name;
        }
        case UpdatedColumn:
            return TimeText::relative(ticket.updatedAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SubjectColumn)
            return result.snippet.isEmpty() ? ticket.subject
                                            : ticket.subject + QLatin1Char('\n') + result.snippet;
        if (column == UpdatedColumn)
            return QLocale().toString(ticket.updatedAt.toLocalTime(), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketIdRole:
        return ticket.id.value();
    case StatusRole:
        return toString(ticket.status);
    case SnippetRole:
        return result.snippet;
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto& [start, length] :
            normalisedHighlights(result.highlights, int(result.snippet.size())))
            ranges.append(QPoint(start, length));
        return ranges;
    }
    case HitsRole:
        return result.hits;
    case SortRole:
        switch (column) {
        case IdColumn:
            return ticket.id.value();
        case StatusColumn:
            return int(ticket.status);
        case UpdatedColumn:
            return ticket.updatedAt.toMSecsSinceEpoch();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The same words as the ticket list's columns, translated once.
    switch (section) {
    case IdColumn:
        return TicketListModel::tr("#");
    case SubjectColumn:
        return TicketListModel::tr("Subject");
    case StatusColumn:
        return TicketListModel::tr("Status");
    case CustomerColumn:
        return TicketListModel::tr("Customer");
    case UpdatedColumn:
        return TicketListModel::tr("Updated");
    default:
        return {};
    }
}

void SearchResultsModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    emit searchingChanged(searching);
}

int SearchResultsModel::rowOf(TicketId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket.id == id)
            return i;
    }
    return -1;
}

void SearchResultsModel::onTicketChanged(const Ticket& ticket)
{
    const int row = rowOf(ticket.id);
    if (row < 0 || m_rows.at(row).ticket.version > ticket.version)
        return;
    // The snippet stays as found: the row still says why the ticket matched.
    m_rows[row].ticket = ticket;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SearchResultsModel::onTicketRemoved(TicketId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace helpdesk::client
