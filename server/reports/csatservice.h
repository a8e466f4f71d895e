// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// Customer satisfaction (issue 15): the customer rates each resolution of a ticket good or
// bad, once, with an optional comment; in the client (csat.rate) or through the signed link
// of the resolution mail (csat.rateByToken). A bad rating alerts the queue's leads.
namespace reports {

QJsonValue getRating(Db& db, const CallContext& call);
QJsonValue rate(Db& db, const CallContext& call, EventList& events);
QJsonValue rateByToken(Db& db, const CallContext& call, EventList& events);

} // namespace reports
} // namespace helpdesk::server
