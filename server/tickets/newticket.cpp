// SPDX-License-Identifier: GPL-3.0-or-later
#include "newticket.h"

#include "sla/escalation.h"
#include "sla/ticketsla.h"
#include "ticketevents.h"
#include "ticketstore.h"

namespace helpdesk::server::tickets {

Ticket announceNewTicket(
    Db& db, const Ticket& created, const Message& first, qint64 now, EventList& events)
{
    sla::trackTicket(db, std::nullopt, created, sla::SlaTrigger::None, now);
    const Ticket ticket = *ticketstore::find(db, created.id); // with its due times
    events << ticketChangedEvent(ticket) << messageAddedEvent(ticket, first);
    if (ticket.priority == Priority::Urgent) { // the queue hears of it at once
        if (const auto alert = sla::claimUrgentAlert(db, ticket, now)) {
            ticketstore::recordEvent(db, ticket.id, sla::alertActor(ticket),
                QStringLiteral("slaAlert"), QJsonValue::Null, alert->historyValue(), now);
            events << sla::alertEvent(*alert, ticket);
        }
    }
    return ticket;
}

} // namespace helpdesk::server::tickets
