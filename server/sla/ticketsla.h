// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <optional>

namespace helpdesk::server {

class Db;

namespace sla {

// What a write did besides changing fields.
enum class SlaTrigger { None, CustomerWrote, StaffReplied };

// Moves the SLA clock of a ticket that a write just changed from `before` (nullopt: created)
// to `after`, inside the write's transaction: picks the policy for its queue and priority
// (a different or edited policy recomputes the unmet targets), applies the status change
// (pending pauses, resolved/closed stops, re-opening starts a new resolution target) and
// the message, and stores the due times and sla_due_at.
void trackTicket(Db& db, const std::optional<Ticket>& before, const Ticket& after,
    SlaTrigger trigger, qint64 nowMs);

} // namespace sla
} // namespace helpdesk::server
