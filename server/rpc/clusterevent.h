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
    enum class Kind { TicketChanged, MessageAdded, TicketRemoved };

    Kind kind = Kind::TicketChanged;
    TicketId ticket;
    MessageId message; // MessageAdded only
    QVector<CustomerId> formerCustomers; // TicketRemoved only: the organisations that lost it

    static ClusterEvent ticketChanged(TicketId ticket);
    static ClusterEvent messageAdded(TicketId ticket, MessageId message);
    static ClusterEvent ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers);
};
bool operator==(const ClusterEvent& a, const ClusterEvent& b);
bool operator!=(const ClusterEvent& a, const ClusterEvent& b);

} // namespace helpdesk::server
