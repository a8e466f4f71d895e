// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.approve and ticket.refuse (the owner decides on a sensitive request another contact
// filed), and what ticket.create does with a request type.
#include "ticketrequest.h"

#include "directory/directorystore.h"
#include "requests/requestservice.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "sla/ticketsla.h"
#include "storage/db.h"
#include "ticketevents.h"
#include "ticketservice.h"
#include "ticketstore.h"

namespace helpdesk::server::tickets {

namespace {

const QString kAwaiting = QStringLiteral("awaiting");

bool isOwnerOf(const User& user, const std::optional<CustomerId>& organisation)
{
    return organisation && user.customerId == organisation
        && user.contactRole == ContactRole::Owner;
}

QJsonValue decide(Db& db, const CallContext& call, EventList& events, bool approve)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("comment") });
    const TicketId id(params.requiredId(QStringLiteral("id")));
    const QString comment
        = params.optionalString(QStringLiteral("comment")).value_or(QString()).trimmed();
    const Ticket current = ticketstore::visible(db, me, id);
    if (!(me.customerId && me.customerId == current.customerId
            && me.contactRole == ContactRole::Owner))
        throw RpcException(rpc::Error::forbidden(
            QStringLiteral("only the organisation's owner approves or refuses a request")));
    if (!current.awaitingApproval())
        validationError(QStringLiteral("id"), QStringLiteral("not awaiting approval"));
    if (!comment.isEmpty()) // the owner's words, in the thread for everyone to read
        addMessage(db,
            CallContext { me,
                QJsonObject { { QStringLiteral("ticketId"), double(id.value()) },
                    { QStringLiteral("body"), comment } },
                call.address },
            events);
    const qint64 now = nowMs();
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("refused");
    const Ticket before = ticketstore::visible(db, me, id);
    ticketstore::setApproval(db, id, decision);
    ticketstore::recordEvent(db, id, me.userId, QStringLiteral("approval"), kAwaiting, decision, now);
    if (!approve && before.status != TicketStatus::Closed) {
        ticketstore::setStatus(db, id, TicketStatus::Closed);
        ticketstore::recordEvent(db, id, me.userId, QStringLiteral("status"),
            toString(before.status), toString(TicketStatus::Closed), now);
    }
    ticketstore::touch(db, id, now);
    const Ticket after = ticketstore::visible(db, me, id);
    sla::trackTicket(db, before, after, sla::SlaTrigger::None, now);
    const Ticket decided = ticketstore::visible(db, me, id);
    events << ticketChangedEvent(decided);
    return decided.toJson();
}

} // namespace

void checkNotAwaiting(const Ticket& ticket, const QString& what)
{
    if (ticket.awaitingApproval())
        throw RpcException(rpc::AwaitingApproval,
            QStringLiteral("ticket %1 awaits its owner's approval: %2 must wait")
                .arg(ticket.id.value())
                .arg(what),
            QJsonObject { { QStringLiteral("ticketId"), double(ticket.id.value()) } });
}

NewRequest prepareRequest(Db& db, const Principal& me, const Params& params, Ticket& ticket)
{
    const auto typeId = params.optionalId(QStringLiteral("requestTypeId"));
    const auto fields = params.optionalObject(QStringLiteral("fields"));
    NewRequest request;
    if (!typeId) {
        if (fields && !fields->isEmpty())
            validationError(QStringLiteral("fields"), QStringLiteral("only with a requestTypeId"));
        return request;
    }
    request.type = requests::usableType(db, me, RequestTypeId(*typeId));
    const RequestType& type = *request.type;
    request.answers
        = requests::parseAnswers(db, type, ticket.customerId, fields.value_or(QJsonObject()));
    ticket.requestTypeId = type.id;
    if (type.queueId && (me.isCustomer() || !params.optionalId(QStringLiteral("queueId"))))
        ticket.queueId = type.queueId;
    if (type.sensitive && ticket.customerId) {
        const auto requester = findUser(db, ticket.requesterId);
        if (!requester || !isOwnerOf(*requester, ticket.customerId))
            ticket.approval = kAwaiting;
    }
    if (ticket.awaitingApproval() && ticket.assigneeId)
        throw RpcException(rpc::AwaitingApproval,
            QStringLiteral("this request needs its owner's approval before anyone is assigned"));
    return request;
}

void storeRequest(Db& db, const Principal& me, const NewRequest& request, const Ticket& ticket,
    qint64 nowMs)
{
    if (!request.type)
        return;
    requeststore::insertAnswers(db, ticket.id, request.answers);
    ticketstore::recordEvent(db, ticket.id, me.userId, QStringLiteral("requestType"),
        QJsonValue::Null, request.type->key, nowMs);
    if (ticket.awaitingApproval())
        ticketstore::recordEvent(db, ticket.id, me.userId, QStringLiteral("approval"),
            QJsonValue::Null, kAwaiting, nowMs);
}

QJsonValue approve(Db& db, const CallContext& call, EventList& events)
{
    return decide(db, call, events, true);
}

QJsonValue refuse(Db& db, const CallContext& call, EventList& events)
{
    return decide(db, call, events, false);
}

} // namespace helpdesk::server::tickets
