// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel: live changes. Pushed tickets are matched and placed locally with the same
// rules as the server's ticket.list (TicketQuery::matches / lessThan), and applied as row
// updates, moves, inserts and removals. A reset never happens here: views keep selection.
#include "ticketlistmodel.h"

#include "connection.h"

#include <QSet>

#include <algorithm>

namespace helpdesk::client {

void TicketListModel::onTicketChanged(const Ticket& ticket)
{
    if (m_fetching) {
        m_deferred.append({ ticket.id, ticket });
        return;
    }
    applyTicket(ticket);
}

void TicketListModel::onTicketRemoved(TicketId id)
{
    if (m_fetching) {
        m_deferred.append({ id, std::nullopt });
        return;
    }
    if (!m_loadedOnce)
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        removeRow(row);
        setTotal(qMax<qint64>(m_total - 1, m_rows.size()));
    } else if (!allLoaded()) {
        scheduleCountRefresh(); // it may have been one of the rows not loaded yet
    }
}

void TicketListModel::applyDeferred()
{
    const QVector<DeferredPush> deferred = std::exchange(m_deferred, {});
    for (const DeferredPush& push : deferred) {
        if (m_fetching) { // a handler started another fetch: keep the rest for after it
            m_deferred.append(push);
            continue;
        }
        if (push.ticket)
            applyTicket(*push.ticket);
        else
            onTicketRemoved(push.id);
    }
}

void TicketListModel::applyTicket(const Ticket& ticket)
{
    if (!m_loadedOnce)
        return; // the first page, when it comes, has it
    const int row = rowOf(ticket.id);
    // Versions only grow: an equal or older one is an echo of what a fetch already brought.
    if (row >= 0 && m_rows[row].version >= ticket.version)
        return;
    const bool matches = m_query.matches(ticket);
    const bool wasAllLoaded = allLoaded();

    if (row < 0) {
        if (!matches) {
            if (!wasAllLoaded)
                scheduleCountRefresh(); // it may have matched, beyond the loaded rows
            return;
        }
        const int position = insertPosition(ticket);
        // Past the last loaded row it belongs to a page not fetched yet, unless all are here.
        if (position < m_rows.size() || wasAllLoaded) {
            beginInsertRows(QModelIndex(), position, position);
            m_rows.insert(position, ticket);
            endInsertRows();
        }
        // Version 1 is a ticket just created, so it cannot have been counted; any other may
        // have matched before beyond the loaded rows, and only the server can say.
        if (wasAllLoaded || ticket.version == 1)
            setTotal(m_total + 1);
        else
            scheduleCountRefresh();
        return;
    }

    if (!matches) {
        removeRow(row);
        setTotal(qMax<qint64>(m_total - 1, m_rows.size()));
        return;
    }

    const Ticket previous = m_rows[row];
    // Where it goes among the other rows (which stay sorted without it).
    const auto less = [this](const Ticket& a, const Ticket& b) { return m_query.lessThan(a, b); };
    const auto begin = m_rows.cbegin();
    int position = int(std::lower_bound(begin, begin + row, ticket, less) - begin);
    if (position == row)
        position = row
            + int(
                std::lower_bound(begin + row + 1, m_rows.cend(), ticket, less) - (begin + row + 1));
    const int lastPosition = int(m_rows.size()) - 1;
    // It now sorts after every other loaded row. If rows remain on the server and it moved
    // later than before, one of those may come first: let the next page bring it back.
    if (position == lastPosition && !wasAllLoaded && m_query.lessThan(previous, ticket)) {
        removeRow(row);
        return;
    }
    if (position != row) {
        beginMoveRows(
            QModelIndex(), row, row, QModelIndex(), position > row ? position + 1 : position);
        m_rows.move(row, position);
        endMoveRows();
    }
    m_rows[position] = ticket;
    emitRowChanged(position);
}

void TicketListModel::removeRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int TicketListModel::insertPosition(const Ticket& ticket) const
{
    const auto less = [this](const Ticket& a, const Ticket& b) { return m_query.lessThan(a, b); };
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), ticket, less) - m_rows.cbegin());
}

bool TicketListModel::allLoaded() const
{
    return m_loadedOnce && m_rows.size() >= m_total;
}

void TicketListModel::scheduleCountRefresh()
{
    if (!m_countTimer.isActive())
        m_countTimer.start();
}

void TicketListModel::refreshCount()
{
    if (!m_connection || !m_connection->isReady())
        return;
    if (m_fetching) {
        scheduleCountRefresh(); // the fetch brings a total; ask again after it
        return;
    }
    const int generation = m_generation;
    m_connection->listTickets(m_query, 0, 1, this, [this, generation](const TicketPage& page) {
        if (generation == m_generation && !m_fetching)
            setTotal(qMax<qint64>(page.total, m_rows.size()));
    });
}

void TicketListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TicketListModel::applySnapshot(const QVector<Ticket>& snapshot)
{
    // Brings the rows to the snapshot with removals, moves, inserts and updates rather than
    // a reset, so that a reconnect does not cost the user their selection. The snapshot was
    // read in overlapping parts: keep the newest copy of each ticket, in the list's order.
    QHash<qint64, int> indexById;
    QVector<Ticket> fresh;
    fresh.reserve(snapshot.size());
    for (const Ticket& ticket : snapshot) {
        const auto it = indexById.constFind(ticket.id.value());
        if (it == indexById.constEnd()) {
            indexById.insert(ticket.id.value(), int(fresh.size()));
            fresh.append(ticket);
        } else if (fresh[*it].version < ticket.version) {
            fresh[*it] = ticket;
        }
    }
    const auto less = [this](const Ticket& a, const Ticket& b) { return m_query.lessThan(a, b); };
    std::sort(fresh.begin(), fresh.end(), less);
    QSet<qint64> freshIds;
    for (const Ticket& ticket : std::as_const(fresh))
        freshIds.insert(ticket.id.value());
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (freshIds.contains(m_rows[last].id.value())) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshIds.contains(m_rows[first - 1].id.value()))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Every remaining row is in `fresh`; walk it and put each ticket at its index.
    for (int i = 0; i < fresh.size(); ++i) {
        const Ticket& ticket = fresh[i];
        if (i < m_rows.size() && m_rows[i].id == ticket.id) {
            if (m_rows[i].version != ticket.version) {
                m_rows[i] = ticket;
                emitRowChanged(i);
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows[j].id == ticket.id) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = ticket;
            emitRowChanged(i);
        } else {
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(i, ticket);
            endInsertRows();
        }
    }
}

} // namespace helpdesk::client
