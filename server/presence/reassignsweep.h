// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

namespace helpdesk::server {

class Db;

// Tickets (new, open, pending) in a queue with reassignAfterMinutes whose assignee has been
// away or offline longer than that are handed to the queue's automatic assignment again
// (unassigned when it finds nobody or is off). One history event per ticket, whose actor is
// the previous assignee. Returns how many tickets it moved.
int reassignAbsent(Db& db, qint64 nowMs, EventList& events);

} // namespace helpdesk::server
