// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/pushevent.h"

namespace helpdesk::server {

// The pushes of ticket changes, built the same way for a local commit and for a change
// another server announced (see ClusterRelay).
PushEvent ticketChangedEvent(const Ticket& ticket);
PushEvent messageAddedEvent(const Ticket& ticket, const Message& message);
// The ticket left this organisation: its users may no longer read it, so they get only the id.
PushEvent ticketRemovedEvent(TicketId ticket, CustomerId formerCustomer);
// The ticket moved out of the queues of formerKind: the organisation's contacts of that role
// who did not request it may no longer read it. `ticket` must have a customer.
PushEvent ticketLeftKindEvent(const Ticket& ticket, const QString& formerKind);

} // namespace helpdesk::server
