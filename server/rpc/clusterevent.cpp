// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterevent.h"

namespace helpdesk::server {

ClusterEvent ClusterEvent::ticketChanged(TicketId ticket)
{
    ClusterEvent event;
    event.ticket = ticket;
    return event;
}

ClusterEvent ClusterEvent::messageAdded(TicketId ticket, MessageId message)
{
    ClusterEvent event;
    event.kind = Kind::MessageAdded;
    event.ticket = ticket;
    event.message = message;
    return event;
}

ClusterEvent ClusterEvent::ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers)
{
    ClusterEvent event;
    event.kind = Kind::TicketRemoved;
    event.ticket = ticket;
    event.formerCustomers = std::move(formerCustomers);
    return event;
}

ClusterEvent ClusterEvent::sessionsEnded(UserId user)
{
    ClusterEvent event;
    event.kind = Kind::SessionsEnded;
    event.user = user;
    return event;
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

ClusterEvent ClusterEvent::slaAlert(TicketId ticket, qint64 alert)
{
    ClusterEvent event;
    event.kind = Kind::SlaAlert;
    event.ticket = ticket;
    event.alert = alert;
    return event;
}

ClusterEvent ClusterEvent::announcementChanged(AnnouncementId announcement)
{
    ClusterEvent event;
    event.kind = Kind::AnnouncementChanged;
    event.announcement = announcement;
    return event;
}

ClusterEvent ClusterEvent::announcementRemoved(
    AnnouncementId announcement, QVector<CustomerId> formerCustomers)
{
    ClusterEvent event;
    event.kind = Kind::AnnouncementRemoved;
    event.announcement = announcement;
    event.formerCustomers = std::move(formerCustomers);
    return event;
}

bool operator==(const ClusterEvent& a, const ClusterEvent& b)
{
    return a.kind == b.kind && a.ticket == b.ticket && a.message == b.message
        && a.formerCustomers == b.formerCustomers && a.user == b.user && a.queue == b.queue
        && a.state == b.state && a.alert == b.alert && a.announcement == b.announcement;
}

bool operator!=(const ClusterEvent& a, const ClusterEvent& b)
{
    return !(a == b);
}

} // namespace helpdesk::server
