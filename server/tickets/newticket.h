// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/pushevent.h"

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::tickets {

// The last steps of every new ticket, whoever opens it (ticket.create, an alert): its SLA due
// times, the pushes of the ticket and its first message, and an urgent ticket's alert to its
// queue. Returns the ticket as stored (with its due times).
Ticket announceNewTicket(
    Db& db, const Ticket& ticket, const Message& first, qint64 nowMs, EventList& events);

} // namespace helpdesk::server::tickets
