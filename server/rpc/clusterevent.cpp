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

ClusterEvent ClusterEvent::slaAlert(TicketId ticket, qint64 alert)
{
    return { Kind::SlaAlert, ticket, MessageId(), {}, UserId(), alert };
}

bool operator==(const ClusterEvent& a, const ClusterEvent& b)
{
    return a.kind == b.kind && a.ticket == b.ticket && a.message == b.message
        && a.formerCustomers == b.formerCustomers && a.user == b.user && a.alert == b.alert;
}

bool operator!=(const ClusterEvent& a, const ClusterEvent& b)
{
    return !(a == b);
}

} // namespace helpdesk::server
