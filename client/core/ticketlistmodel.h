// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ticket list: a window onto ticket.list that pages from the server (canFetchMore /
// fetchMore), sorts and filters on the server, and applies pushed changes in place (update,
// sorted insert, remove, move) without resetting, so views keep their selection and scroll
// position. The loaded rows are always the first rowCount() tickets of the server's order;
// every live change keeps that true so the next page's offset stays right.

#include "domain/types.h"
#include "protocol/jsonrpc.h"
#include "ticketquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class ReadMarkers;

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        StatusColumn,
        PriorityColumn,
        AssigneeColumn,
        CustomerColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TicketRole = Qt::UserRole + 1, // helpdesk::Ticket
        TicketIdRole, // qint64
        StatusRole, // wire name, "open"
        PriorityRole, // wire name, "urgent"
        UnreadRole, // bool: updated since the user last opened it
        AssigneeIdRole, // qint64, 0 when unassigned
        CustomerIdRole, // qint64, 0 when none
        QueueIdRole, // qint64, 0 when none
        UpdatedAtRole, // QDateTime (UTC)
        TagsRole, // QStringList
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    explicit TicketListModel(Connection* connection, QObject* parent = nullptr);

    // Optional helpers: names for the assignee/customer columns, and the unread state.
    void setDirectory(DirectoryCache* directory);
    void setReadMarkers(ReadMarkers* markers);

    TicketQuery query() const { return m_query; }
    // Changes filter and/or order and reloads from the first page (a reset).
    void setQuery(const TicketQuery& query);
    // Reloads the rows loaded so far, keeping rows that are still there (no reset).
    void reload();

    // Matching tickets on the server (not only the loaded ones).
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_fetching; }
    std::optional<rpc::Error> lastError() const { return m_lastError; }

    int rowOf(TicketId id) const;
    std::optional<Ticket> ticketAt(int row) const;
    // Remembers the ticket as read at its current state (the UI calls this when opening it).
    void markRead(TicketId id);
    // The sort field of a column, nullopt for columns the server cannot sort by.
    static std::optional<TicketSortField> sortFieldFor(int column);
    // Translated names of statuses and priorities, for columns, chips and history lines.
    static QString statusText(TicketStatus status);
    static QString priorityText(Priority priority);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;
    // Server-side sort; columns without a sort field are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const helpdesk::rpc::Error& error);

private:
    // A push that arrived while a fetch was in flight. It is applied after the fetch's
    // result, in arrival order, because the result may have been read before or after the
    // change was committed and only the versions tell which. ticket unset: ticket.removed.
    struct DeferredPush
    {
        TicketId id;
        std::optional<Ticket> ticket;
    };

    QVariant displayData(const Ticket& ticket, int column) const;
    void setTotal(qint64 total);
    void setFetching(bool fetching);
    void fetchPage(qint64 offset, int limit);
    void onPage(int generation, qint64 offset, const QVector<Ticket>& items, qint64 total);
    void startSnapshot();
    void fetchSnapshotPart(int generation, qint64 offset, qint64 wanted);
    void applySnapshot(const QVector<Ticket>& fresh);
    void applyDeferred();

    // Live updates (ticketlistupdates.cpp).
    void onTicketChanged(const Ticket& ticket);
    void onTicketRemoved(TicketId id);
    void applyTicket(const Ticket& ticket);
    void removeRow(int row);
    int insertPosition(const Ticket& ticket) const;
    bool allLoaded() const;
    void scheduleCountRefresh();
    void refreshCount();
    void emitRowChanged(int row);

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QPointer<ReadMarkers> m_markers;
    TicketQuery m_query;
    QVector<Ticket> m_rows;
    qint64 m_total = 0;
    bool m_loadedOnce = false;
    bool m_fetching = false;
    int m_gapRetries = 0;
    int m_generation = 0; // bumped by every query change/reload: late answers are dropped
    QVector<Ticket> m_snapshot; // a reload in progress
    QVector<DeferredPush> m_deferred;
    std::optional<rpc::Error> m_lastError;
    QTimer m_countTimer;
};

} // namespace helpdesk::client
