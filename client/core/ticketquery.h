// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The filter and order of a ticket list, mirroring ticket.list's "filter" and "sort" params.
// The same struct decides locally whether a pushed ticket belongs in a list and where, so it
// must agree exactly with the server's SQL (server/tickets/ticketlist.cpp).

#include "domain/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace helpdesk::client {

// A filter on a nullable id: any value, "is null" (unassigned, no queue), or one id.
template<typename IdType> struct IdFilter
{
    enum class Mode { Any, IsNull, Equals };
    Mode mode = Mode::Any;
    IdType id;

    static IdFilter any() { return IdFilter(); }
    static IdFilter isNull() { return IdFilter { Mode::IsNull, IdType() }; }
    static IdFilter equals(IdType value) { return IdFilter { Mode::Equals, value }; }

    bool isActive() const { return mode != Mode::Any; }
    bool matches(const std::optional<IdType>& value) const
    {
        switch (mode) {
        case Mode::Any:
            return true;
        case Mode::IsNull:
            return !value.has_value();
        case Mode::Equals:
            return value.has_value() && *value == id;
        }
        return false;
    }
    friend bool operator==(const IdFilter& a, const IdFilter& b)
    {
        return a.mode == b.mode && (a.mode != Mode::Equals || a.id == b.id);
    }
    friend bool operator!=(const IdFilter& a, const IdFilter& b) { return !(a == b); }
};

// Sort keys the server accepts; the wire name is what toString() returns.
enum class TicketSortField { UpdatedAt, CreatedAt, Id, Priority, Status, Subject, AssigneeId, QueueId };

QString toString(TicketSortField field);
// The wire names of statuses, as ticket.list and search take them in filter.status.
QJsonArray statusNames(const QVector<TicketStatus>& statuses);

struct TicketQuery
{
    QVector<TicketStatus> statuses; // empty: every status
    IdFilter<QueueId> queue;
    IdFilter<UserId> assignee;
    IdFilter<CustomerId> customer;
    std::optional<UserId> requester;
    QString tag; // empty: any tag; matched exactly, as the server stores tags trimmed
    // SLA views: a running target overdue, or falling due within this many minutes (0: any).
    bool overdue = false;
    int dueWithinMinutes = 0;

    // The server's default order: most recently updated first.
    TicketSortField sortField = TicketSortField::UpdatedAt;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    QJsonObject filterJson() const;
    QJsonObject sortJson() const;
    // The inverse (a saved view's filter and sort, issue 12); unknown keys are ignored.
    static TicketQuery fromJson(const QJsonObject& filter, const QJsonObject& sort);
    // ticket.list params for one page.
    QJsonObject listParams(qint64 offset, int limit) const;

    // Whether the server would list this ticket under the filter (visibility aside: the
    // server only pushes tickets the user may read).
    bool matches(const Ticket& ticket) const;
    // Strict weak order of the list: the sort field, then the id in the same direction, as
    // the server breaks ties. Two different tickets never compare equal.
    bool lessThan(const Ticket& a, const Ticket& b) const;

    bool sameFilter(const TicketQuery& other) const;
    friend bool operator==(const TicketQuery& a, const TicketQuery& b);
    friend bool operator!=(const TicketQuery& a, const TicketQuery& b) { return !(a == b); }
};

} // namespace helpdesk::client
