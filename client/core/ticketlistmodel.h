// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ticket list: every ticket matching the query is a row (rowCount() is the server's
// total), but only a window of them is loaded: a contiguous run of the server's order,
// fetched page by page around the rows a view asks data() for, so scrolling to row 500,000
// of a million costs one ticket.list call, not five thousand. Rows outside the window are
// placeholders ("Loading…") until their page arrives. canFetchMore()/fetchMore() extend the
// window downwards, as views do at the bottom of the list. Sorting and filtering happen on
// the server; pushed changes are applied in place (update, sorted insert, remove, move)
// without resetting, so views keep their selection and scroll position.

#include "domain/types.h"
#include "protocol/jsonrpc.h"
#include "ticketquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class ReadCache;
class ReadMarkers;

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ChannelColumn, // drawn as an icon; the name is the tooltip
        SubjectColumn,
        StatusColumn,
        PriorityColumn,
        AssigneeColumn,
        QueueColumn, // hidden until the user shows it or groups by queue
        CustomerColumn,
        UpdatedColumn,
        DueColumn, // SLA: time left or overdue, coloured
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
        ChannelRole, // wire name, "phone"
        // The value rows are grouped by when the list is sorted by status, priority, assignee
        // or queue (adjacent rows with different values start a new group); invalid otherwise.
        GroupKeyRole,
        DueUrgencyRole, // int, DueUrgency: how the Due column is coloured
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    // Loaded rows kept at most; the rest are dropped as the window moves on.
    static constexpr int kMaxLoadedRows = 3000;
    static constexpr int kMaxServerLimit = 500; // ticket.list refuses larger pages

    explicit TicketListModel(Connection* connection, QObject* parent = nullptr);

    // Optional helpers: names for the assignee/customer columns, and the unread state.
    void setDirectory(DirectoryCache* directory);
    void setReadMarkers(ReadMarkers* markers);
    // Keeps the first page of each list read in this cache, and shows that copy when a list
    // is chosen while offline (see savedCopyTime()).
    void setReadCache(ReadCache* cache);

    TicketQuery query() const { return m_query; }
    // Changes filter and/or order and reloads from the first page (a reset).
    void setQuery(const TicketQuery& query);
    // Reloads the rows loaded so far, keeping rows that are still there (no reset).
    void reload();

    // Matching tickets on the server (not only the loaded ones).
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_fetching; }
    // When the rows shown are a saved copy (offline), the time it was saved (UTC); else
    // invalid. The copy holds the first page only, and gives way to the server's list once
    // the connection is back.
    QDateTime savedCopyTime() const { return m_savedCopyTime; }
    std::optional<rpc::Error> lastError() const { return m_lastError; }

    // The row of a loaded ticket, -1 when it is not in the loaded window.
    int rowOf(TicketId id) const;
    // The ticket of a row; nullopt for rows not loaded (yet).
    std::optional<Ticket> ticketAt(int row) const;
    bool isLoaded(int row) const;
    // Loads the rows first..last (clamped) if they are not loaded; data() does the same for
    // the rows a view paints.
    void ensureLoaded(int first, int last);
    // The loaded window: rows firstLoadedRow() .. firstLoadedRow() + loadedCount() - 1.
    int firstLoadedRow() const { return m_first; }
    // At most this many rows stay loaded (kMaxLoadedRows by default).
    void setMaxLoadedRows(int rows) { m_maxLoadedRows = qMax(rows, kPageSize); }
    int loadedCount() const { return int(m_rows.size()); }
    // The largest ticket id among the loaded rows (0 when none): how wide the id column must be.
    qint64 largestLoadedId() const;
    // The next loaded row after from (before it when step < 0) whose ticket is unread; -1 if
    // none. from -1: from the start (or the end). Only loaded rows are known: where the next
    // unread ticket lies beyond them the server cannot say without reading every page between.
    int nextUnreadRow(int from, int step) const;
    // Remembers the ticket as read at its current state (the UI calls this when opening it).
    void markRead(TicketId id);
    // The user's own change (a save) made this version: when it is pushed, it leaves the ticket
    // read if it was read before. The user's own replies are recognised by their author.
    void noteOwnChange(const Ticket& ticket);
    // The sort field of a column, nullopt for columns the server cannot sort by.
    static std::optional<TicketSortField> sortFieldFor(int column);
    // Translated names of statuses and priorities, for columns, chips and history lines.
    static QString statusText(TicketStatus status);
    static QString priorityText(Priority priority);
    static QString channelText(Channel channel);
    // A column's translated name, also for the channel column whose header shows no text.
    static QString columnName(int column);

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
    // The list turned into a saved copy, or back into the server's.
    void savedCopyChanged();

private:
    // A push that arrived while a fetch was in flight. It is applied after the fetch's
    // result, in arrival order, because the result may have been read before or after the
    // change was committed and only the versions tell which. ticket unset: ticket.removed.
    struct DeferredPush
    {
        TicketId id;
        std::optional<Ticket> ticket;
    };
    // How a fetched page joins the window.
    enum class PageMode {
        Append, // continues the window downwards (overlapping its last rows)
        Prepend, // continues it upwards (overlapping its first rows)
        Replace, // somewhere else: becomes the window
    };

    QVariant displayData(const Ticket& ticket, int column) const;
    QVariant placeholderData(int row, int column, int role) const;
    int windowEnd() const { return m_first + int(m_rows.size()); }
    void setTotal(qint64 total);
    void setFetching(bool fetching);
    void fetchPage(qint64 offset, int limit, PageMode mode);
    void onPage(
        int generation, PageMode mode, qint64 offset, const QVector<Ticket>& items, qint64 total);
    bool appendPage(qint64 offset, const QVector<Ticket>& items);
    bool prependPage(qint64 offset, const QVector<Ticket>& items);
    void replaceWindow(qint64 offset, const QVector<Ticket>& items);
    QSet<qint64> loadedIds() const;
    void trimWindow(PageMode keep);
    void requestRows(int first, int last) const;
    void loadWanted();
    void startSnapshot();
    void fetchSnapshotPart(int generation, qint64 start, qint64 offset, qint64 wanted);
    void applySnapshot(const QVector<Ticket>& fresh);
    void applyDeferred();
    // Read cache: keeps the first page, or shows the kept one (offline).
    void keepCopy();
    bool showSavedCopy();
    void setSavedCopyTime(const QDateTime& time);

    // Row bookkeeping: rowCount() is max(total, end of window); rows outside the window are
    // placeholders and may be added or dropped at will, loaded rows only one by one.
    void fitRowCount();
    void insertPlaceholder(int row);
    void insertLoadedRow(int position, const Ticket& ticket); // position within the window
    void removeLoadedRow(int position);
    void emitWindowChanged(int first, int last, const QList<int>& roles = {});

    // Live updates (ticketlistupdates.cpp).
    void onTicketChanged(const Ticket& ticket);
    void onTicketRemoved(TicketId id);
    void onMessageAdded(TicketId id, const Message& message);
    void applyTicket(const Ticket& ticket);
    int insertPosition(const Ticket& ticket) const;
    bool allLoaded() const;
    void scheduleCountRefresh();
    void refreshCount();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QPointer<ReadMarkers> m_markers;
    QPointer<ReadCache> m_cache;
    QDateTime m_savedCopyTime;
    TicketQuery m_query;
    QVector<Ticket> m_rows; // the window, in the server's order
    int m_first = 0; // row of m_rows[0]
    int m_rowCount = 0;
    int m_maxLoadedRows = kMaxLoadedRows;
    qint64 m_total = 0;
    bool m_loadedOnce = false;
    bool m_fetching = false;
    int m_gapRetries = 0;
    int m_fruitlessFetches = 0; // pages that loaded nothing wanted: stop asking after a few
    int m_generation = 0; // bumped by every query change/reload: late answers are dropped
    // Rows views asked for that are not loaded, gathered until the event loop runs.
    mutable int m_wantFirst = -1;
    mutable int m_wantLast = -1;
    mutable bool m_wantQueued = false;
    QVector<Ticket> m_snapshot; // a reload in progress
    QVector<DeferredPush> m_deferred;
    QHash<qint64, qint64> m_ownChanges; // ticket id -> updatedAt (ms) of the user's own change
    std::optional<rpc::Error> m_lastError;
    QTimer m_countTimer;
};

} // namespace helpdesk::client
