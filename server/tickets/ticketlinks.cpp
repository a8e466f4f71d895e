// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.link, ticket.unlink, ticket.merge: related tickets, and duplicates folded into the
// ticket that goes on.
#include "ticketservice.h"

#include "rpc/params.h"
#include "sla/ticketsla.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "ticketevents.h"
#include "ticketrequest.h"
#include "ticketstore.h"

namespace helpdesk::server::tickets {

namespace {

struct Pair
{
    Ticket first;
    Ticket second;
};

// The two tickets of a link or merge request: both must exist (1004), and differ (1022).
Pair twoTickets(Db& db, const CallContext& call, const QString& otherName)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), otherName });
    const TicketId a(params.requiredId(QStringLiteral("id")));
    const TicketId b(params.requiredId(otherName));
    if (a == b)
        validationError(otherName, QStringLiteral("the same ticket"));
    return { ticketstore::visible(db, call.principal, a),
        ticketstore::visible(db, call.principal, b) };
}

// After a change that is not a field of the Ticket (links): a new version, so open clients
// re-read the ticket, and the push that tells them.
void announce(Db& db, const Principal& me, TicketId id, EventList& events)
{
    ticketstore::bumpVersion(db, id);
    events << ticketChangedEvent(ticketstore::visible(db, me, id));
}

} // namespace

QJsonValue link(Db& db, const CallContext& call, EventList& events)
{
    const Pair pair = twoTickets(db, call, QStringLiteral("otherId"));
    const qint64 now = nowMs();
    if (ticketstore::link(db, pair.first.id, pair.second.id, call.principal.userId, now)) {
        ticketstore::recordEvent(db, pair.first.id, call.principal.userId, QStringLiteral("link"),
            QJsonValue::Null, double(pair.second.id.value()), now);
        ticketstore::recordEvent(db, pair.second.id, call.principal.userId,
            QStringLiteral("link"), QJsonValue::Null, double(pair.first.id.value()), now);
        announce(db, call.principal, pair.first.id, events);
        announce(db, call.principal, pair.second.id, events);
    }
    return QJsonObject();
}

QJsonValue unlink(Db& db, const CallContext& call, EventList& events)
{
    const Pair pair = twoTickets(db, call, QStringLiteral("otherId"));
    const qint64 now = nowMs();
    if (ticketstore::unlink(db, pair.first.id, pair.second.id)) {
        ticketstore::recordEvent(db, pair.first.id, call.principal.userId, QStringLiteral("link"),
            double(pair.second.id.value()), QJsonValue::Null, now);
        ticketstore::recordEvent(db, pair.second.id, call.principal.userId,
            QStringLiteral("link"), double(pair.first.id.value()), QJsonValue::Null, now);
        announce(db, call.principal, pair.first.id, events);
        announce(db, call.principal, pair.second.id, events);
    }
    return QJsonObject();
}

QJsonValue merge(Db& db, const CallContext& call, EventList& events)
{
    const Pair pair = twoTickets(db, call, QStringLiteral("intoId"));
    const Ticket& duplicate = pair.first;
    const Ticket& survivor = pair.second;
    checkNotAwaiting(duplicate, QStringLiteral("merging it"));
    checkNotAwaiting(survivor, QStringLiteral("merging into it"));
    if (duplicate.mergedInto)
        validationError(QStringLiteral("id"), QStringLiteral("already merged"));
    if (survivor.mergedInto)
        validationError(QStringLiteral("intoId"), QStringLiteral("is itself merged"));
    if (duplicate.customerId != survivor.customerId)
        validationError(QStringLiteral("intoId"), QStringLiteral("belongs to another organisation"));
    const qint64 now = nowMs();
    ticketstore::merge(db, duplicate.id, survivor.id);
    // Recorded after the move: each ticket's own history says what happened to it.
    ticketstore::recordEvent(db, duplicate.id, call.principal.userId,
        QStringLiteral("mergedInto"), QJsonValue::Null, double(survivor.id.value()), now);
    if (duplicate.status != TicketStatus::Closed)
        ticketstore::recordEvent(db, duplicate.id, call.principal.userId, QStringLiteral("status"),
            toString(duplicate.status), toString(TicketStatus::Closed), now);
    ticketstore::recordEvent(db, survivor.id, call.principal.userId, QStringLiteral("merged"),
        QJsonValue::Null, double(duplicate.id.value()), now);
    ticketstore::touch(db, duplicate.id, now);
    ticketstore::touch(db, survivor.id, now);
    Ticket closedNow = duplicate;
    closedNow.status = TicketStatus::Closed;
    sla::trackTicket(db, duplicate, closedNow, sla::SlaTrigger::None, now);
    const Ticket closed = ticketstore::visible(db, call.principal, duplicate.id);
    const Ticket merged = ticketstore::visible(db, call.principal, survivor.id);
    events << ticketChangedEvent(closed) << ticketChangedEvent(merged);
    return merged.toJson();
}

} // namespace helpdesk::server::tickets
