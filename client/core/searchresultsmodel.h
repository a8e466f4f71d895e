// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The results of a full-text search as a list of its own: one row per ticket (search with
// perTicket), with the ticket's columns and the first matching snippet, whose matched words
// are given as ranges (never as markup). The whole result (at most 100 tickets) is loaded at
// once, so it may be sorted locally; pushed changes of a listed ticket update its row.

#include "domain/types.h"
#include "protocol/jsonrpc.h"
#include "ticketsearch.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;
class DirectoryCache;

class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        StatusColumn,
        CustomerColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TicketIdRole = Qt::UserRole + 1, // qint64
        StatusRole, // wire name
        SnippetRole, // plain text
        HighlightsRole, // QVariantList of QPoint(start, length) into the snippet
        HitsRole, // int: matching subjects and messages seen on this ticket (a lower bound)
        SortRole, // a value to sort the column by
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(Connection* connection, QObject* parent = nullptr);

    void setDirectory(DirectoryCache* directory);

    // Runs a search; its results replace the rows when they arrive.
    void setSearch(const TicketSearch& search);
    TicketSearch search() const { return m_search; }
    // Forgets the search and its rows.
    void clear();
    bool isSearching() const { return m_searching; }
    // Whether the last search has come back (with results, none, or an error).
    bool hasResult() const { return m_hasResult; }
    std::optional<rpc::Error> lastError() const { return m_lastError; }
    std::optional<Ticket> ticketAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searchingChanged(bool searching);
    // A search came back; error set when it failed.
    void finished();

private:
    void setSearching(bool searching);
    void onTicketChanged(const Ticket& ticket);
    void onTicketRemoved(TicketId id);
    int rowOf(TicketId id) const;

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    TicketSearch m_search;
    QVector<TicketSearchResult> m_rows;
    std::optional<rpc::Error> m_lastError;
    bool m_searching = false;
    bool m_hasResult = false;
    int m_generation = 0;
};

} // namespace helpdesk::client
