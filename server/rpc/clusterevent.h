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
    enum class Kind { TicketChanged, MessageAdded, TicketRemoved, SessionsEnded, SlaAlert };

    Kind kind = Kind::TicketChanged;
    TicketId ticket; // not for SessionsEnded
    MessageId message; // MessageAdded only
    QVector<CustomerId> formerCustomers; // TicketRemoved only: the organisations that lost it
    UserId user; // SessionsEnded only: the user whose sessions end (disabled)
    qint64 alert = 0; // SlaAlert only: the sla_alerts row (its recipients are stored there)

    static ClusterEvent ticketChanged(TicketId ticket);
    static ClusterEvent messageAdded(TicketId ticket, MessageId message);
    static ClusterEvent ticketRemoved(TicketId ticket, QVector<CustomerId> formerCustomers);
    static ClusterEvent sessionsEnded(UserId user);
    static ClusterEvent slaAlert(TicketId ticket, qint64 alert);
};
bool operator==(const ClusterEvent& a, const ClusterEvent& b);
bool operator!=(const ClusterEvent& a, const ClusterEvent& b);

} // namespace helpdesk::server
