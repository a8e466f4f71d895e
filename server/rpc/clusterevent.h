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
        AnnouncementChanged,
        AnnouncementRemoved,
    };

    Kind kind = Kind::TicketChanged;
    TicketId ticket; // ticket kinds only
    MessageId message; // MessageAdded only
    // TicketRemoved, AnnouncementRemoved: the organisations that lost it
    QVector<CustomerId> formerCustomers;
    UserId user; // SessionsEnded only: the user whose sessions end (disabled)
    AnnouncementId announcement; // the announcement kinds only

    static ClusterEvent ticketChanged(TicketId ticket);
    static ClusterEvent messageAdded(TicketId ticket, MessageId message);
    static ClusterEvent ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers);
    static ClusterEvent sessionsEnded(UserId user);
    static ClusterEvent announcementChanged(AnnouncementId announcement);
    static ClusterEvent announcementRemoved(
        AnnouncementId announcement, QVector<CustomerId> formerCustomers);
};
bool operator==(const ClusterEvent& a, const ClusterEvent& b);
bool operator!=(const ClusterEvent& a, const ClusterEvent& b);

} // namespace helpdesk::server
