// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterevent.h"

namespace helpdesk::server {

ClusterEvent ClusterEvent::ticketChanged(TicketId ticket)
{
    return { Kind::TicketChanged, ticket, MessageId(), {}, UserId(), AnnouncementId() };
}

ClusterEvent ClusterEvent::messageAdded(TicketId ticket, MessageId message)
{
    return { Kind::MessageAdded, ticket, message, {}, UserId(), AnnouncementId() };
}

ClusterEvent ClusterEvent::ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers)
{
    return { Kind::TicketRemoved, ticket, MessageId(), std::move(formerCustomers), UserId(),
        AnnouncementId() };
}

ClusterEvent ClusterEvent::sessionsEnded(UserId user)
{
    return { Kind::SessionsEnded, TicketId(), MessageId(), {}, user, AnnouncementId() };
}

ClusterEvent ClusterEvent::announcementChanged(AnnouncementId announcement)
{
    return { Kind::AnnouncementChanged, TicketId(), MessageId(), {}, UserId(), announcement };
}

ClusterEvent ClusterEvent::announcementRemoved(
    AnnouncementId announcement, QVector<CustomerId> formerCustomers)
{
    return { Kind::AnnouncementRemoved, TicketId(), MessageId(), std::move(formerCustomers),
        UserId(), announcement };
}

bool operator==(const ClusterEvent& a, const ClusterEvent& b)
{
    return a.kind == b.kind && a.ticket == b.ticket && a.message == b.message
        && a.formerCustomers == b.formerCustomers && a.user == b.user
        && a.announcement == b.announcement;
}

bool operator!=(const ClusterEvent& a, const ClusterEvent& b)
{
    return !(a == b);
}

} // namespace helpdesk::server
