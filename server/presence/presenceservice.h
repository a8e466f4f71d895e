// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// presence.set, presence.list (issue 12): staff presence as clients set and read it.
namespace presence {
QJsonValue set(Db& db, const CallContext& call, EventList& events);
QJsonValue list(Db& db, const CallContext& call);
} // namespace presence

} // namespace helpdesk::server
