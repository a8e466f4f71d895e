// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// Queues (issue 12): listing them with the caller's membership, and their administration by
// admins (every queue) and leads (the queues they lead).
namespace directory {
QJsonValue listQueues(Db& db, const CallContext& call);
QJsonValue createQueue(Db& db, const CallContext& call, EventList& events);
QJsonValue updateQueue(Db& db, const CallContext& call, EventList& events);
QJsonValue setQueueMembers(Db& db, const CallContext& call, EventList& events);
// The push of a queue's new state to every staff session (queue.changed).
PushEvent queueChangedEvent(const Queue& queue);
} // namespace directory

} // namespace helpdesk::server
