// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"
#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// Handlers of the ticket methods (see the registry for who may call them).
namespace tickets {
QJsonValue create(Db& db, const CallContext& call, EventList& events);
QJsonValue get(Db& db, const CallContext& call);
QJsonValue list(Db& db, const CallContext& call);
// Saved personal views (issue 12): a user's own named filter + sort, each with its count.
QJsonValue listViews(Db& db, const CallContext& call);
QJsonValue saveView(Db& db, const CallContext& call, EventList& events);
QJsonValue deleteView(Db& db, const CallContext& call, EventList& events);
QJsonValue update(Db& db, const CallContext& call, EventList& events);
QJsonValue addMessage(Db& db, const CallContext& call, EventList& events);
// ticket.link, ticket.unlink, ticket.merge (ticketlinks.cpp)
QJsonValue link(Db& db, const CallContext& call, EventList& events);
QJsonValue unlink(Db& db, const CallContext& call, EventList& events);
QJsonValue merge(Db& db, const CallContext& call, EventList& events);
// ticket.approve, ticket.refuse (ticketrequest.cpp): the owner decides on a sensitive request
QJsonValue approve(Db& db, const CallContext& call, EventList& events);
QJsonValue refuse(Db& db, const CallContext& call, EventList& events);
// customer.get (customerview.cpp)
QJsonValue customerView(Db& db, const CallContext& call);
} // namespace tickets

} // namespace helpdesk::server
