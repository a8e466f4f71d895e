// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterevent.h"

namespace helpdesk::server {

ClusterEvent ClusterEvent::ticketChanged(TicketId ticket)
{
    return { Kind::TicketChanged, ticket, MessageId(), {}, UserId() };
}

ClusterEvent ClusterEvent::messageAdded(TicketId ticket, MessageId message)
{
    return { Kind::MessageAdded, ticket, message, {}, UserId() };
}

ClusterEvent ClusterEvent::ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers)
{
    return { Kind::TicketRemoved, ticket, MessageId(), std::move(formerCustomers), UserId() };
}

ClusterEvent ClusterEvent::sessionsEnded(UserId user)
{
    return { Kind::SessionsEnded, TicketId(), MessageId(), {}, user };
}

ClusterEvent ClusterEvent::queueChanged(QueueId queue)
{
    ClusterEvent event;
    event.kind = Kind::QueueChanged;
    event.queue = queue;
    return event;
}

ClusterEvent ClusterEvent::presenceChanged(UserId user)
{
    ClusterEvent event;
    event.kind = Kind::PresenceChanged;
    event.user = user;
    return event;
}

ClusterEvent ClusterEvent::activity(TicketId ticket, UserId user, int state)
{
    ClusterEvent event;
    event.kind = Kind::Activity;
    event.ticket = ticket;
    event.user = user;
    event.state = state;
    return event;
}

bool operator==(const ClusterEvent& a, const ClusterEvent& b)
{
    return a.kind == b.kind && a.ticket == b.ticket && a.message == b.message
        && a.formerCustomers == b.formerCustomers && a.user == b.user && a.queue == b.queue
        && a.state == b.state;
}

bool operator!=(const ClusterEvent& a, const ClusterEvent& b)
{
    return !(a == b);
}

} // namespace helpdesk::server
