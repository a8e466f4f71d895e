// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonObject>
#include <QJsonValue>

namespace helpdesk::server {

class Db;
class Responder;
class Session;
struct ServerContext;

// Accounts: who may log in and with which password, and the audit log that records it.
namespace auth {
// user.update: contact details, language, contact role, enabled (admins; an owner contact for
// its own organisation's technical and billing contacts).
QJsonValue updateUser(Db& db, const CallContext& call, EventList& events);
// user.setPassword: one's own (with the old password), or anybody's as an admin. Argon2 runs
// on a reader thread, so this is a session method.
void setPassword(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
// audit.list (admins).
QJsonValue listAudit(Db& db, const CallContext& call);
} // namespace auth

// The push that ends every session of a user (session.ended {reason}); see PushHub.
PushEvent sessionsEndedEvent(UserId user, const QString& reason);

} // namespace helpdesk::server
