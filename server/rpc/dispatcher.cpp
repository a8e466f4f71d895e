// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "app/servercontext.h"
#include "events/pushhub.h"
#include "methodregistry.h"
#include "net/connection.h"
#include "rpcexception.h"
#include "storage/storage.h"

namespace helpdesk::server {

namespace {

void completeWith(ServerContext& context, const Responder& respond, const Outcome& outcome)
{
    if (outcome.error) {
        respond.error(*outcome.error);
        return;
    }
    respond.result(outcome.result);
    context.hub.publish(outcome.events);
}

} // namespace

void dispatch(ServerContext& context, Connection& connection, const rpc::Message& message)
{
    const bool wantsReply = message.kind == rpc::Message::Kind::Request;
    const Responder respond(&connection, message.id, wantsReply);

    const MethodSpec* spec = findMethod(message.method);
    if (!connection.helloDone() && (!spec || spec->access != Access::BeforeHello)) {
        respond.error({ rpc::Unauthenticated, QStringLiteral("send hello first") });
        return;
    }
    if (!spec) {
        respond.error(
            { rpc::MethodNotFound, QStringLiteral("unknown method %1").arg(message.method) });
        return;
    }
    if (spec->access == Access::Authenticated) {
        if (!connection.principal()) {
            respond.error({ rpc::Unauthenticated, QStringLiteral("log in first") });
            return;
        }
        if (!spec->allows(connection.principal()->role)) {
            respond.error(rpc::Error::forbidden(
                QStringLiteral("%1 is not allowed for role %2")
                    .arg(spec->name, toString(connection.principal()->role))));
            return;
        }
    }
    if (!message.params.isUndefined() && !message.params.isNull() && !message.params.isObject()) {
        respond.error(rpc::Error::invalidParams(
            QStringLiteral("params"), QStringLiteral("expected an object")));
        return;
    }
    const QJsonObject params = message.params.toObject();

    if (spec->session) {
        try {
            spec->session(context, connection, params, respond);
        } catch (const RpcException& e) {
            respond.error(e.error());
        }
        return;
    }
    CallContext call { *connection.principal(), params };
    auto done
        = [&context, respond](const Outcome& outcome) { completeWith(context, respond, outcome); };
    if (spec->read) {
        const ReadHandler handler = spec->read;
        context.storage.read([handler, call](Db& db) { return handler(db, call); }, done);
    } else {
        const WriteHandler handler = spec->write;
        context.storage.write(
            [handler, call](Db& db, EventList& events) { return handler(db, call, events); }, done);
    }
}

} // namespace helpdesk::server
