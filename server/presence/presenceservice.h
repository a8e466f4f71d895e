// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;
class Responder;
class Session;
struct ServerContext;

// presence.set, presence.list (issue 12): staff presence as clients set and read it.
namespace presence {
QJsonValue set(Db& db, const CallContext& call, EventList& events);
QJsonValue list(Db& db, const CallContext& call);
// ticket.setActivity: viewing / typing / left on a ticket; a session method, because the
// session remembers the tickets it views (whose pushes it gets).
void setActivity(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
} // namespace presence

} // namespace helpdesk::server
