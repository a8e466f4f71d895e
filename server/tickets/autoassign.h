// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <optional>

namespace helpdesk::server {

class Db;

// Automatic assignment of new tickets per queue (issue 12), inside the ticket's transaction.
namespace autoassign {
// The member of `queue` who gets a new ticket by the queue's mode: round robin (the next
// online member by user id after the previous one) or least loaded (fewest new, open and
// pending tickets; ties in round-robin order). Only members who are online, not away and
// enabled are chosen; nullopt when the mode is off or nobody is. Moves the queue's
// round-robin position (on PostgreSQL the queue row is locked first, so servers sharing the
// database take turns).
std::optional<UserId> choose(Db& db, QueueId queue, std::optional<UserId> skip = std::nullopt);
} // namespace autoassign

} // namespace helpdesk::server
