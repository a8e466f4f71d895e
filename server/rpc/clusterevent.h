// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QVector>

namespace helpdesk::server {

// A committed change as other servers sharing one PostgreSQL database hear of it: ids only,
// so that each receiver rebuilds the push from the database under its own sessions' rules.
// Services attach one to each PushEvent; the cluster floor encodes and relays them.
struct ClusterEvent
{
    enum class Kind {
        TicketChanged,
        MessageAdded,
        TicketRemoved,
        SessionsEnded,
        QueueChanged, // issue 12: a queue's settings or members
        PresenceChanged, // issue 12: a staff user's presence
        Activity, // issue 12: a staff user started or stopped viewing or typing on a ticket
        SlaAlert, // issue 12: an escalation alert
        AnnouncementChanged,
        AnnouncementRemoved,
    };

    Kind kind = Kind::TicketChanged;
    TicketId ticket; // ticket kinds only
    MessageId message; // MessageAdded only
    // TicketRemoved, AnnouncementRemoved: the organisations that lost it
    QVector<CustomerId> formerCustomers;
    UserId user; // SessionsEnded, PresenceChanged, Activity: the user
    QueueId queue; // QueueChanged only
    int state = 0; // Activity only: an ActivityState as a number (1 left, 2 viewing, 3 typing)
    qint64 alert = 0; // SlaAlert only: the sla_alerts row (its recipients are stored there)
    AnnouncementId announcement; // the announcement kinds only

    static ClusterEvent ticketChanged(TicketId ticket);
    static ClusterEvent messageAdded(TicketId ticket, MessageId message);
    static ClusterEvent ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers);
    static ClusterEvent sessionsEnded(UserId user);
    static ClusterEvent queueChanged(QueueId queue);
    static ClusterEvent presenceChanged(UserId user);
    static ClusterEvent activity(TicketId ticket, UserId user, int state);
    static ClusterEvent slaAlert(TicketId ticket, qint64 alert);
    static ClusterEvent announcementChanged(AnnouncementId announcement);
    static ClusterEvent announcementRemoved(
        AnnouncementId announcement, QVector<CustomerId> formerCustomers);
};
bool operator==(const ClusterEvent& a, const ClusterEvent& b);
bool operator!=(const ClusterEvent& a, const ClusterEvent& b);

} // namespace helpdesk::server
