// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// The knowledge base's methods (kb.*). Customers see only published, public articles outside
// internal categories, in every method.
namespace kb {
QJsonValue categoryList(Db& db, const CallContext& call);
QJsonValue categorySave(Db& db, const CallContext& call, EventList& events);
QJsonValue articleList(Db& db, const CallContext& call);
QJsonValue articleGet(Db& db, const CallContext& call);
QJsonValue articleSave(Db& db, const CallContext& call, EventList& events);
QJsonValue articleHistory(Db& db, const CallContext& call);
QJsonValue suggest(Db& db, const CallContext& call);
QJsonValue feedback(Db& db, const CallContext& call, EventList& events);
} // namespace kb

} // namespace helpdesk::server
