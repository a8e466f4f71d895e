// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>
#include <QVector>

namespace helpdesk::server {

class Db;
class Session;
class Responder;
struct ServerContext;

// Handlers come in three kinds: reads run on a reader thread, writes inside the writer's
// group-committed transaction, session methods on the network thread (they change the
// session's state and may chain database jobs themselves).
using ReadHandler = QJsonValue (*)(Db& db, const CallContext& call);
using WriteHandler = QJsonValue (*)(Db& db, const CallContext& call, EventList& events);
using SessionHandler = void (*)(ServerContext& context, Session& session,
    const QJsonObject& params, const Responder& respond);

enum class Access {
    BeforeHello, // hello itself
    Anonymous, // after hello, no login needed (auth.login, auth.resume)
    Authenticated, // logged in, and the user's role is in `roles`
};

struct MethodSpec
{
    QString name;
    Access access;
    QVector<Role> roles; // for Authenticated
    ReadHandler read = nullptr;
    WriteHandler write = nullptr;
    SessionHandler session = nullptr;
    // A method whose allowed roles only say who may try: the handler narrows it further
    // (e.g. a customer's owner adding contacts). Documented in docs/protocol.md.
    QString note;
    // The API-token scope that may call it besides `roles` (e.g. "alerts"); empty: no token.
    QString scope;

    bool allows(Role role) const { return access != Access::Authenticated || roles.contains(role); }
    // Whether this principal may call it: a service principal by its scopes, a person by role.
    bool allows(const Principal& principal) const
    {
        if (principal.isService())
            return !scope.isEmpty() && principal.scopes.contains(scope);
        return allows(principal.role);
    }
};

// Every method the server answers, with who may call it: the one list a new method is added
// to (its name first goes into shared/protocol/methods.h). Tests walk this list.
const QVector<MethodSpec>& methodRegistry();
const MethodSpec* findMethod(const QString& name);

} // namespace helpdesk::server
