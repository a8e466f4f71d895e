// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::mail {

// user.getNotifications / user.setNotifications: whether the caller gets notification mail.
QJsonValue getNotifications(Db& db, const CallContext& call);
QJsonValue setNotifications(Db& db, const CallContext& call, EventList& events);
// message.mailOriginal: a mail-borne message as it was received (staff).
QJsonValue mailOriginal(Db& db, const CallContext& call);

} // namespace helpdesk::server::mail
