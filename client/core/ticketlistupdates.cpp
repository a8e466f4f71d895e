// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel: live changes. Pushed tickets are matched and placed locally with the same
// rules as the server's ticket.list (TicketQuery::matches / lessThan), and applied as row
// updates, moves, inserts and removals. A reset never happens here: views keep selection.
#include "ticketlistmodel.h"

#include "connection.h"
#include "readmarkers.h"

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

void TicketListModel::noteOwnChange(const Ticket& ticket)
{
    m_ownChanges.insert(ticket.id.value(), ticket.updatedAt.toMSecsSinceEpoch());
}

void TicketListModel::onMessageAdded(TicketId id, const Message& message)
{
    // message.add pushes message.added before the ticket.changed it caused, and the ticket's
    // updatedAt is the message's time.
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (me && message.authorId == me->id)
        m_ownChanges.insert(id.value(), message.createdAt.toMSecsSinceEpoch());
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
        removeLoadedRow(row - m_first);
        setTotal(qMax<qint64>(m_total - 1, 0));
        fitRowCount();
    } else if (!allLoaded()) {
        scheduleCountRefresh(); // it may have been one of the rows not loaded
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
    const int local = row - m_first;
    // Versions only grow: an equal or older one is an echo of what a fetch already brought.
    if (row >= 0 && m_rows[local].version >= ticket.version)
        return;
    // The user's own reply or save is nothing new to them, even when they have moved on to
    // another ticket: it stays read if it was read before (others' changes meanwhile were
    // pushed before it and made it unread already).
    const auto own = m_ownChanges.constFind(ticket.id.value());
    if (own != m_ownChanges.constEnd() && *own == ticket.updatedAt.toMSecsSinceEpoch()) {
        if (row >= 0 && m_markers && !m_markers->isUnread(m_rows[local]))
            m_markers->markRead(ticket);
        m_ownChanges.erase(own);
    }
    const bool matches = m_query.matches(ticket);
    const bool wasAllLoaded = allLoaded();
    const int end = windowEnd();

    if (row < 0) {
        if (!matches) {
            if (!wasAllLoaded)
                scheduleCountRefresh(); // it may have matched, among the rows not loaded
            return;
        }
        // Version 1 is a ticket just created, so it cannot have been counted; any other may
        // have matched before among the rows not loaded, and only the server can say.
        const bool isNew = ticket.version == 1;
        if (wasAllLoaded || isNew)
            setTotal(m_total + 1);
        else
            scheduleCountRefresh();
        const int position = insertPosition(ticket);
        const bool beforeWindow = position == 0 && m_first > 0;
        const bool afterWindow = position == m_rows.size() && end < m_rowCount;
        if (m_rows.isEmpty() && m_rowCount > 0) {
            if (isNew)
                insertPlaceholder(0);
        } else if (!beforeWindow && !afterWindow) {
            insertLoadedRow(position, ticket);
        } else if (isNew) {
            // Its row is somewhere among the placeholders on that side; any of them will do.
            insertPlaceholder(beforeWindow ? m_first : end);
        }
        fitRowCount();
        return;
    }

    if (!matches) {
        removeLoadedRow(local);
        setTotal(qMax<qint64>(m_total - 1, 0));
        fitRowCount();
        return;
    }

    const Ticket previous = m_rows[local];
    // Where it goes among the other rows (which stay sorted without it).
    const auto less = [this](const Ticket& a, const Ticket& b) { return m_query.lessThan(a, b); };
    const auto begin = m_rows.cbegin();
    int position = int(std::lower_bound(begin, begin + local, ticket, less) - begin);
    if (position == local)
        position = local
            + int(std::lower_bound(begin + local + 1, m_rows.cend(), ticket, less)
                - (begin + local + 1));
    const int lastPosition = int(m_rows.size()) - 1;
    // It now sorts before or after every other loaded row, and rows not loaded lie on that
    // side: its place is among them. Its row becomes a placeholder there, which the page
    // that holds it fills when a view shows it.
    if (position == 0 && m_first > 0 && m_query.lessThan(ticket, previous)) {
        removeLoadedRow(local);
        insertPlaceholder(m_first);
        return;
    }
    if (position == lastPosition && end < m_rowCount && m_query.lessThan(previous, ticket)) {
        removeLoadedRow(local);
        insertPlaceholder(windowEnd());
        return;
    }
    if (position != local) {
        beginMoveRows(QModelIndex(), row, row, QModelIndex(),
            m_first + (position > local ? position + 1 : position));
        m_rows.move(local, position);
        endMoveRows();
    }
    m_rows[position] = ticket;
    emitWindowChanged(m_first + position, m_first + position);
}

int TicketListModel::insertPosition(const Ticket& ticket) const
{
    const auto less = [this](const Ticket& a, const Ticket& b) { return m_query.lessThan(a, b); };
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), ticket, less) - m_rows.cbegin());
}

bool TicketListModel::allLoaded() const
{
    return m_loadedOnce && m_first == 0 && m_rows.size() >= m_total;
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
        if (generation != m_generation || m_fetching)
            return;
        setTotal(page.total);
        fitRowCount();
    });
}

void TicketListModel::applySnapshot(const QVector<Ticket>& snapshot)
{
    // Brings the window to the snapshot with removals, moves, inserts and updates rather than
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
        beginRemoveRows(QModelIndex(), m_first + first, m_first + last);
        m_rows.remove(first, last - first + 1);
        m_rowCount -= last - first + 1;
        endRemoveRows();
        last = first - 1;
    }
    // Every remaining row is in `fresh`; walk it and put each ticket at its index.
    for (int i = 0; i < fresh.size(); ++i) {
        const Ticket& ticket = fresh[i];
        if (i < m_rows.size() && m_rows[i].id == ticket.id) {
            if (m_rows[i].version != ticket.version) {
                m_rows[i] = ticket;
                emitWindowChanged(m_first + i, m_first + i);
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
            beginMoveRows(
                QModelIndex(), m_first + from, m_first + from, QModelIndex(), m_first + i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = ticket;
            emitWindowChanged(m_first + i, m_first + i);
        } else {
            insertLoadedRow(i, ticket);
        }
    }
}

} // namespace helpdesk::client
