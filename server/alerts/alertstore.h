// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <optional>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::alerts::alertstore {

// The alert_incidents row of a key, as an update just left it.
struct Incident
{
    std::optional<TicketId> ticketId;
    bool firing = true;
    qint64 firedCount = 0;
    qint64 unnotedRepeats = 0;
    qint64 lastNoteAtMs = 0;
};

// Claims the key for a new incident: true when this transaction inserted its row (it must
// then set the ticket); false when the key has a row already. On PostgreSQL a concurrent
// claim by another server waits for that server's COMMIT (ON CONFLICT DO NOTHING).
bool claim(Db& db, const QString& key, qint64 nowMs);
// Counts one more firing of an existing key and locks its row; nullopt when there is none.
std::optional<Incident> countFiring(Db& db, const QString& key, qint64 nowMs);
// Points the key at a ticket and starts it afresh as firing.
void restart(Db& db, const QString& key, TicketId ticket, qint64 nowMs);
// After a note: no repeats left unnoted.
void noted(Db& db, const QString& key, qint64 nowMs);
// One more repeat not written as a note.
void countUnnoted(Db& db, const QString& key);
// Marks a firing key resolved; its ticket, or nullopt when the key was not firing.
std::optional<TicketId> resolve(Db& db, const QString& key, qint64 nowMs);

// The organisation that has a service of this name (host or service; any case); nullopt when
// none or when several have one.
std::optional<CustomerId> customerOfService(Db& db, const QString& name);
// A queue by name (not archived); nullopt when there is none.
std::optional<QueueId> queueByName(Db& db, const QString& name);

} // namespace helpdesk::server::alerts::alertstore
