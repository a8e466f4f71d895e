// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace helpdesk::server {

class Session;
class Responder;
struct ServerContext;

// Session methods: they change the session's state, so they run on the network thread
// and send the slow parts (Argon2, token rows) to the database threads.
namespace auth {
void hello(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
void login(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
void resume(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
void logout(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);
} // namespace auth

} // namespace helpdesk::server
