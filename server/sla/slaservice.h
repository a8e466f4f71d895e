// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// calendar.list/save, slaPolicy.list/save and rota.list/save (docs/protocol.md); the registry decides who
// may call them (staff read, leads and admins write).
namespace sla {
QJsonValue listCalendars(Db& db, const CallContext& call);
QJsonValue saveCalendar(Db& db, const CallContext& call, EventList& events);
QJsonValue listPolicies(Db& db, const CallContext& call);
QJsonValue savePolicy(Db& db, const CallContext& call, EventList& events);
QJsonValue listRota(Db& db, const CallContext& call);
QJsonValue saveRota(Db& db, const CallContext& call, EventList& events);
} // namespace sla

} // namespace helpdesk::server
