// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// Canned responses and macros (canned.*, macro.apply): staff only.
namespace canned {
QJsonValue list(Db& db, const CallContext& call);
QJsonValue save(Db& db, const CallContext& call, EventList& events);
QJsonValue remove(Db& db, const CallContext& call, EventList& events);
// cannedapply.cpp: the text for a ticket with its placeholders filled, and a macro applied.
QJsonValue render(Db& db, const CallContext& call);
QJsonValue applyMacro(Db& db, const CallContext& call, EventList& events);
} // namespace canned

} // namespace helpdesk::server
