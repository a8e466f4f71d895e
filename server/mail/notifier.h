// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"
#include "rpc/pushevent.h"

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::mail {

// A before-commit hook (registered in app/): puts into the outbox, in the same transaction,
// the mail a write batch calls for — a staff member's public reply to the ticket's requester
// (the reply text, the ticket tag, Reply-To the queue's address), a status change made by
// staff to the requester, a new assignee to that agent, an escalation alert (sla.alert) to
// its staff recipients — each in the recipient's language.
// Does nothing without an SMTP url in `config`. docs/admin.md "Notifications" has the rules.
void queueNotifications(Db& db, const EventList& events, const MailConfig& config);

// The acknowledgement of a ticket a customer's mail opened (queues.NAME.acknowledge): "we
// received your request", in the customer's language, with the ticket tag so a reply threads,
// `Auto-Submitted: auto-replied`. Only to a customer with an address who takes mail, and only
// with an SMTP url; mail that loop protection flags never opens a ticket, so never gets one.
void queueAcknowledgement(Db& db, const MailConfig& config, TicketId ticket);

} // namespace helpdesk::server::mail
