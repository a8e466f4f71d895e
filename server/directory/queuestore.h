// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The SQL of queues as issue 12 shapes them: kind, archive, members and leads, and the
// automatic assignment settings.
namespace queuestore {
// Every queue (archived ones too), by name, with members.
QVector<Queue> all(Db& db);
std::optional<Queue> find(Db& db, QueueId id);
// Whether another queue has this name (any case).
bool nameTaken(Db& db, const QString& name, std::optional<QueueId> except = std::nullopt);
Queue insert(Db& db, const Queue& queue);
// Writes name, kind, archivedAt, assignMode and reassignAfterMinutes.
void update(Db& db, const Queue& queue);
void setMembers(Db& db, QueueId queue, const QVector<QueueMember>& members);
bool isLeadOf(Db& db, UserId user, QueueId queue);
} // namespace queuestore

} // namespace helpdesk::server
