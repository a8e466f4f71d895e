// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

#include <optional>

namespace helpdesk::server {

class Db;

// Time accounting (issue 12): minutes per reply or note, summed per ticket in the same
// transaction, a per-queue "required" setting, and the report per agent, organisation and
// month.
namespace sla {

constexpr qint64 kMaxTimeSpentMinutes = 24 * 60;

// Whether staff must give timeSpentMinutes with message.add in this queue.
bool timeSpentRequired(Db& db, const std::optional<QueueId>& queue);
// Stores a message's minutes and adds them to its ticket's sum.
void recordTimeSpent(Db& db, MessageId message, TicketId ticket, qint64 minutes);

QJsonValue timeSpentSettings(Db& db, const CallContext& call);
QJsonValue configureTimeSpent(Db& db, const CallContext& call, EventList& events);
QJsonValue timeSpentReport(Db& db, const CallContext& call);

} // namespace sla
} // namespace helpdesk::server
