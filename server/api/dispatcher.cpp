// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "events/pushhub.h"
#include "methodregistry.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/servercontext.h"
#include "storage/storage.h"

namespace helpdesk::server {

Dispatcher::Dispatcher(ServerContext& context, PushHub& hub)
    : m_context(context)
    , m_hub(hub)
{
}

void Dispatcher::dispatch(Session& session, const rpc::Message& message)
{
    const bool wantsReply = message.kind == rpc::Message::Kind::Request;
    const Responder respond(&session, message.id, wantsReply);

    const MethodSpec* spec = findMethod(message.method);
    if (!session.helloDone() && (!spec || spec->access != Access::BeforeHello)) {
        respond.error({ rpc::Unauthenticated, QStringLiteral("send hello first") });
        return;
    }
    if (!spec) {
        respond.error(
            { rpc::MethodNotFound, QStringLiteral("unknown method %1").arg(message.method) });
        return;
    }
    if (spec->access == Access::Authenticated) {
        if (!session.principal()) {
            respond.error({ rpc::Unauthenticated, QStringLiteral("log in first") });
            return;
        }
        const Principal& principal = *session.principal();
        if (!spec->allows(principal)) {
            respond.error(rpc::Error::forbidden(principal.isService()
                    ? QStringLiteral("%1 is outside this API token's scopes").arg(spec->name)
                    : QStringLiteral("%1 is not allowed for role %2")
                          .arg(spec->name, toString(principal.role))));
            return;
        }
    }
    if (!message.params.isUndefined() && !message.params.isNull() && !message.params.isObject()) {
        respond.error(rpc::Error::invalidParams(
            QStringLiteral("params"), QStringLiteral("expected an object")));
        return;
    }
    const QJsonObject params = message.params.toObject();
    // A connection's writes commit in the order it sent them (storage.h, lanes).
    const quint64 lane = session.writeLane();
    const Storage::LaneScope inLane(lane);

    if (spec->session) {
        try {
            spec->session(m_context, session, params, respond);
        } catch (const RpcException& e) {
            respond.error(e.error());
        }
        return;
    }
    // An anonymous write (csat.rateByToken) runs as nobody: its params carry its authority.
    CallContext call { session.principal().value_or(Principal {}), params, session.peerAddress() };
    auto done = [hub = &m_hub, respond](const Outcome& outcome) {
        if (outcome.error) {
            respond.error(*outcome.error);
            return;
        }
        respond.result(outcome.result);
        hub->publish(outcome.events);
    };
    if (spec->read) {
        const ReadHandler handler = spec->read;
        m_context.storage.read([handler, call](Db& db) { return handler(db, call); }, done);
    } else {
        const WriteHandler handler = spec->write;
        m_context.storage.write(
            [handler, call](Db& db, EventList& events) { return handler(db, call, events); }, done,
            lane);
    }
}

} // namespace helpdesk::server
