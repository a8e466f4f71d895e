// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel: the loaded window and how pages join it. Every matching ticket is a row;
// the window is a contiguous run of the server's order starting at row m_first. A page is
// fetched where a view paints rows that are not loaded: next to the window it extends it
// (overlapping it, so tickets that moved meanwhile are neither skipped nor repeated), far
// from it it replaces it. Rows outside the window are placeholders that can be added or
// dropped freely to keep rowCount() equal to the server's total.
#include "ticketlistmodel.h"

#include "connection.h"
#include "readcache.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace helpdesk::client {

namespace {

constexpr int kPageOverlap = 20;
constexpr int kMaxGapRetries = 5;
constexpr int kMaxFruitlessFetches = 3;

} // namespace

bool TicketListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loadedOnce && windowEnd() < m_rowCount;
}

void TicketListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_fetching || !canFetchMore())
        return;
    if (m_rows.isEmpty()) {
        fetchPage(m_first, kPageSize, PageMode::Replace);
        return;
    }
    const int overlap = qMin(kPageOverlap, int(m_rows.size()));
    fetchPage(windowEnd() - overlap, kPageSize + overlap, PageMode::Append);
}

void TicketListModel::ensureLoaded(int first, int last)
{
    requestRows(first, last);
    loadWanted();
}

void TicketListModel::requestRows(int first, int last) const
{
    // Far from what was asked for so far: the view has moved on, the older wish is stale.
    if (m_wantFirst < 0 || last < m_wantFirst - kMaxServerLimit
        || first > m_wantLast + kMaxServerLimit) {
        m_wantFirst = first;
        m_wantLast = last;
    } else {
        m_wantFirst = qMin(m_wantFirst, first);
        m_wantLast = qMax(m_wantLast, last);
    }
    if (m_wantQueued)
        return;
    m_wantQueued = true;
    // data() is const and may run while a view lays out: fetch once the event loop is back.
    auto* self = const_cast<TicketListModel*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->loadWanted(); }, Qt::QueuedConnection);
}

void TicketListModel::loadWanted()
{
    m_wantQueued = false;
    if (m_wantFirst < 0 || m_fetching || !m_loadedOnce)
        return; // a fetch in flight calls this again when it is done
    if (m_fruitlessFetches >= kMaxFruitlessFetches || !m_connection || !m_connection->isReady()) {
        m_wantFirst = m_wantLast = -1;
        return;
    }
    int first = qMax(0, m_wantFirst);
    int last = qMin(m_wantLast, m_rowCount - 1);
    m_wantFirst = m_wantLast = -1;
    const int end = windowEnd();
    if (!m_rows.isEmpty()) {
        if (first >= m_first && first < end)
            first = end;
        if (last >= m_first && last < end)
            last = m_first - 1;
    }
    if (first > last)
        return;

    const int overlap = qMin(kPageOverlap, int(m_rows.size()));
    if (!m_rows.isEmpty() && first >= end && first - end <= kPageSize
        && last + 1 - end + overlap <= kMaxServerLimit) {
        const int limit = qMin(kMaxServerLimit, last + 1 - end + overlap + kPageSize);
        fetchPage(end - overlap, limit, PageMode::Append);
        return;
    }
    if (!m_rows.isEmpty() && last < m_first && m_first - last <= kPageSize) {
        const int start = qMax(0, first - kPageSize);
        if (m_first + overlap - start <= kMaxServerLimit) {
            fetchPage(start, m_first + overlap - start, PageMode::Prepend);
            return;
        }
    }
    const int start = qMax(0, first - kPageSize / 2);
    fetchPage(start, qMin(kMaxServerLimit, last + 1 - start + kPageSize / 2), PageMode::Replace);
}

void TicketListModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    emit totalChanged(total);
}

void TicketListModel::fetchPage(qint64 offset, int limit, PageMode mode)
{
    if (!m_connection || !m_connection->isReady())
        return; // loggedIn / resynced start it again
    setFetching(true);
    const int generation = m_generation;
    m_connection->listTickets(
        m_query, offset, limit, this,
        [this, generation, mode, offset](
            const TicketPage& page) { onPage(generation, mode, offset, page.items, page.total); },
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
    int generation, PageMode mode, qint64 offset, const QVector<Ticket>& items, qint64 total)
{
    if (generation != m_generation)
        return;
    m_lastError.reset();
    // The page is contiguous in the server's order. If it starts after the last loaded row,
    // more tickets left the list than the overlap covers and some may lie in between: step
    // back and ask again.
    if (mode == PageMode::Append && !m_rows.isEmpty() && !items.isEmpty()
        && m_query.lessThan(m_rows.last(), items.first()) && m_gapRetries < kMaxGapRetries) {
        ++m_gapRetries;
        const qint64 back = qMin<qint64>(offset, kPageSize);
        fetchPage(offset - back, int(qMin<qint64>(kMaxServerLimit, items.size() + back)), mode);
        return;
    }
    m_gapRetries = 0;
    setTotal(total);
    // Pushes are held back while a fetch runs, so the rows are as they were when it was sent.
    bool progressed = false;
    bool reachedEnd = offset + items.size() >= total;
    const auto reaches = [&](const Ticket& first) {
        return std::any_of(items.cbegin(), items.cend(),
            [&](const Ticket& ticket) { return ticket.id == first.id; });
    };
    if (mode == PageMode::Append && !m_rows.isEmpty()) {
        progressed = appendPage(offset, items);
    } else if (mode == PageMode::Prepend && !m_rows.isEmpty() && reaches(m_rows.first())) {
        progressed = prependPage(offset, items);
    } else {
        replaceWindow(offset, items);
        progressed = !items.isEmpty();
        reachedEnd = reachedEnd && mode != PageMode::Prepend;
    }
    m_fruitlessFetches = progressed ? 0 : m_fruitlessFetches + 1;
    m_loadedOnce = true;
    fitRowCount();
    if (mode == PageMode::Replace && offset == 0)
        keepCopy();
    setFetching(false);
    applyDeferred();
    // The server's list ended: so must the window. Rows before it are placeholders whose
    // number is only known now; a window at the top that still disagrees is stale.
    if (reachedEnd && !m_fetching && !m_rows.isEmpty() && windowEnd() != total) {
        if (m_first == 0) {
            startSnapshot();
            return;
        }
        const qint64 shift = total - windowEnd();
        if (shift > 0) {
            beginInsertRows(QModelIndex(), 0, int(shift) - 1);
            m_first += int(shift);
            m_rowCount += int(shift);
            endInsertRows();
        } else {
            const int drop = int(qMin<qint64>(-shift, m_first));
            beginRemoveRows(QModelIndex(), 0, drop - 1);
            m_first -= drop;
            m_rowCount -= drop;
            endRemoveRows();
        }
        fitRowCount();
    }
    if (!m_fetching && m_wantFirst >= 0)
        loadWanted();
}

bool TicketListModel::appendPage(qint64 offset, const QVector<Ticket>& items)
{
    Q_UNUSED(offset);
    // One lookup set per page: rowOf() would walk the whole window for every item.
    const QSet<qint64> loaded = loadedIds();
    QVector<Ticket> tail;
    for (const Ticket& ticket : items) {
        if (loaded.contains(ticket.id.value()))
            continue;
        if (m_query.lessThan(m_rows.last(), ticket)) {
            tail.append(ticket); // the usual case: beyond the loaded rows
        } else {
            // Only possible when the window had missed it: put it in its place.
            insertLoadedRow(insertPosition(ticket), ticket);
        }
    }
    if (tail.isEmpty())
        return false;
    const int filled = windowEnd();
    const int oldRowCount = m_rowCount;
    m_rows += tail;
    fitRowCount(); // rows past the old end, if the list grew
    emitWindowChanged(filled, qMin(windowEnd(), oldRowCount) - 1);
    trimWindow(PageMode::Append);
    return true;
}

bool TicketListModel::prependPage(qint64 offset, const QVector<Ticket>& items)
{
    const QSet<qint64> loaded = loadedIds();
    QVector<Ticket> head;
    for (const Ticket& ticket : items) {
        if (loaded.contains(ticket.id.value()))
            continue;
        if (m_query.lessThan(ticket, m_rows.first()))
            head.append(ticket);
        else
            insertLoadedRow(insertPosition(ticket), ticket);
    }
    const int count = int(head.size());
    // The head takes the placeholders right before the window. When the page began at row
    // 0 the head begins there too: the placeholders before it were miscounted.
    const int wanted = offset == 0 ? count : qMax(count, m_first);
    if (m_first < wanted) {
        const int more = wanted - m_first;
        beginInsertRows(QModelIndex(), 0, more - 1);
        m_first += more;
        m_rowCount += more;
        endInsertRows();
    } else if (m_first > wanted) {
        const int fewer = m_first - wanted;
        beginRemoveRows(QModelIndex(), 0, fewer - 1);
        m_first -= fewer;
        m_rowCount -= fewer;
        endRemoveRows();
    }
    if (count == 0)
        return false;
    m_rows = head + m_rows;
    m_first -= count;
    emitWindowChanged(m_first, m_first + count - 1);
    trimWindow(PageMode::Prepend);
    return true;
}

QSet<qint64> TicketListModel::loadedIds() const
{
    QSet<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Ticket& ticket : m_rows)
        ids.insert(ticket.id.value());
    return ids;
}

void TicketListModel::replaceWindow(qint64 offset, const QVector<Ticket>& items)
{
    // The old rows become placeholders unannounced (see trimWindow()).
    m_rows.clear();
    m_first = int(qMin<qint64>(offset, INT_MAX - kMaxServerLimit));
    m_rows = items;
    const int oldRowCount = m_rowCount;
    fitRowCount();
    emitWindowChanged(m_first, qMin(windowEnd(), oldRowCount) - 1);
    trimWindow(PageMode::Prepend);
}

void TicketListModel::trimWindow(PageMode keep)
{
    const int excess = int(m_rows.size()) - m_maxLoadedRows;
    if (excess <= 0)
        return;
    // Dropped rows turn into placeholders without dataChanged(): they are far from what is
    // on screen, and announcing them would make every reader of the signal (views, model
    // testers, accessibility) read them, and so fetch again, the very rows just dropped.
    if (keep == PageMode::Append) { // the newest rows are at the end: drop from the start
        m_rows.remove(0, excess);
        m_first += excess;
    } else {
        m_rows.remove(m_rows.size() - excess, excess);
    }
}

void TicketListModel::fitRowCount()
{
    if (m_rows.isEmpty())
        m_first = 0; // nothing loaded: every row is a placeholder, none is special
    const int end = windowEnd();
    const int target = int(qBound<qint64>(end, m_total, qint64(INT_MAX)));
    if (target > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, target - 1);
        m_rowCount = target;
        endInsertRows();
        return;
    }
    int excess = m_rowCount - target;
    // Placeholders go from the end first, so that the rows a user looks at stay put.
    const int after = qMin(excess, m_rowCount - end);
    if (after > 0) {
        beginRemoveRows(QModelIndex(), m_rowCount - after, m_rowCount - 1);
        m_rowCount -= after;
        endRemoveRows();
        excess -= after;
    }
    const int before = qMin(excess, m_first);
    if (before > 0) {
        beginRemoveRows(QModelIndex(), m_first - before, m_first - 1);
        m_first -= before;
        m_rowCount -= before;
        endRemoveRows();
    }
}

void TicketListModel::insertPlaceholder(int row)
{
    beginInsertRows(QModelIndex(), row, row);
    if (row <= m_first)
        ++m_first;
    ++m_rowCount;
    endInsertRows();
}

void TicketListModel::insertLoadedRow(int position, const Ticket& ticket)
{
    const int row = m_first + position;
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(position, ticket);
    ++m_rowCount;
    endInsertRows();
}

void TicketListModel::removeLoadedRow(int position)
{
    const int row = m_first + position;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(position);
    --m_rowCount;
    endRemoveRows();
}

void TicketListModel::emitWindowChanged(int first, int last, const QList<int>& roles)
{
    first = qMax(first, 0);
    last = qMin(last, m_rowCount - 1);
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
}

void TicketListModel::startSnapshot()
{
    const int generation = ++m_generation;
    m_snapshot.clear();
    setFetching(true);
    // Re-read the window (at least a page) in the server's largest pages.
    const qint64 start = m_first;
    fetchSnapshotPart(generation, start, start, start + qMax<qint64>(m_rows.size(), kPageSize));
}

void TicketListModel::fetchSnapshotPart(int generation, qint64 start, qint64 offset, qint64 wanted)
{
    if (!m_connection || !m_connection->isReady()) {
        setFetching(false);
        applyDeferred();
        return;
    }
    // Parts overlap like pages do (see fetchMore); applySnapshot() drops the repeats.
    const qint64 overlap = qMin<qint64>(kPageOverlap, offset - start);
    const int limit = int(qMin<qint64>(kMaxServerLimit, wanted - offset + overlap));
    m_connection->listTickets(
        m_query, offset - overlap, limit, this,
        [this, generation, start, offset, overlap, wanted](const TicketPage& page) {
            if (generation != m_generation)
                return;
            m_snapshot += page.items;
            const qint64 next = offset - overlap + page.items.size();
            if (next < wanted && next < page.total && page.items.size() > overlap) {
                fetchSnapshotPart(generation, start, next, wanted);
                return;
            }
            m_loadedOnce = true;
            setTotal(page.total);
            applySnapshot(std::exchange(m_snapshot, {}));
            fitRowCount();
            keepCopy();
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

void TicketListModel::keepCopy()
{
    // Only the top of the list is kept: it is what a view shows first, and a copy of rows
    // from the middle could not be placed without knowing those above them.
    if (!m_cache || !m_loadedOnce || m_savedCopyTime.isValid() || m_first != 0
        || (m_rows.isEmpty() && m_total > 0))
        return;
    TicketPage page;
    page.total = m_total;
    page.items = m_rows.mid(0, kPageSize);
    m_cache->storeList(m_query, page);
}

bool TicketListModel::showSavedCopy()
{
    if (!m_cache)
        return false;
    const auto copy = m_cache->list(m_query);
    if (!copy)
        return false;
    // Only the kept rows: rows past them could not be loaded before the connection is back.
    // m_loadedOnce stays false, so nothing is fetched and reload() starts afresh.
    m_rows = copy->value.items;
    m_first = 0;
    setTotal(m_rows.size());
    fitRowCount();
    setSavedCopyTime(copy->savedAt);
    return true;
}

void TicketListModel::setSavedCopyTime(const QDateTime& time)
{
    if (m_savedCopyTime == time)
        return;
    m_savedCopyTime = time;
    emit savedCopyChanged();
}

} // namespace helpdesk::client
