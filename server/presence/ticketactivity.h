// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

namespace helpdesk::server {

class Db;

// Who is viewing a ticket and who is typing a reply on it (issue 12, collision warnings).
namespace activity {
enum class State { Left = 1, Viewing = 2, Typing = 3 }; // numbers as in cluster events

// The push of a change to the ticket's other viewers (ticket.activity).
PushEvent activityEvent(TicketId ticket, UserId user, State state);
// The user no longer views the ticket (closed it, logged out, went offline).
void leave(Db& db, TicketId ticket, UserId user, EventList& events);
void leaveAll(Db& db, UserId user, EventList& events);
} // namespace activity

} // namespace helpdesk::server
