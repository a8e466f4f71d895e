// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketevents.h"

#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"

namespace helpdesk::server {

namespace {
PushEvent scopedTo(const Ticket& ticket, PushEvent event)
{
    event.contactScoped = true;
    event.requesterId = ticket.requesterId;
    event.queueKind = ticket.queueKind;
    return event;
}
} // namespace

PushEvent ticketChangedEvent(const Ticket& ticket)
{
    const QJsonObject params { { QStringLiteral("ticket"), ticket.toJson() } };
    PushEvent event = scopedTo(ticket,
        { ticket.customerId, false, false,
            encodeFrame(rpc::makeNotification(QString(push::TicketChanged), params)),
            ClusterEvent::ticketChanged(ticket.id), std::nullopt });
    event.replacesKey = QStringLiteral("ticket.changed %1").arg(ticket.id.value());
    return event;
}

PushEvent messageAddedEvent(const Ticket& ticket, const Message& message)
{
    const QJsonObject params { { QStringLiteral("ticketId"), ticket.id.value() },
        { QStringLiteral("message"), message.toJson() } };
    return scopedTo(ticket,
        { ticket.customerId, message.internal, false,
            encodeFrame(rpc::makeNotification(QString(push::MessageAdded), params)),
            ClusterEvent::messageAdded(ticket.id, message.id), std::nullopt });
}

PushEvent ticketLeftKindEvent(const Ticket& ticket, const QString& formerKind)
{
    PushEvent event = ticketRemovedEvent(ticket.id, *ticket.customerId);
    event.cluster.reset(); // the other servers' contacts learn it from their next read
    event.onlyContactKind = formerKind;
    event.requesterId = ticket.requesterId;
    return event;
}

PushEvent ticketRemovedEvent(TicketId ticket, CustomerId formerCustomer)
{
    const QJsonObject params { { QStringLiteral("ticketId"), double(ticket.value()) } };
    return { formerCustomer, false, true,
        encodeFrame(rpc::makeNotification(QString(push::TicketRemoved), params)),
        ClusterEvent::ticketRemoved(ticket, { formerCustomer }), std::nullopt, std::nullopt, std::nullopt, {} };
}

} // namespace helpdesk::server
