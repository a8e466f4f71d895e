// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QStringList>
#include <QVariantList>

namespace helpdesk::server::tickets {

// A WHERE clause over "tickets t" and its values, built from fixed fragments only.
struct TicketFilter
{
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariantList& clauseValues = {});
    QString where() const; // " WHERE a AND b", or empty
    QString andClauses() const; // " AND a AND b", or empty
};

// A customer's tickets: its organisation's, narrowed by its contact role as
// Principal::contactScopeAllows (requested by it, or in a queue of its kind). Staff: nothing.
void addCustomerScope(TicketFilter& filter, const Principal& principal);

// The `filter` param of ticket.list and search ({status, queueId, assigneeId, customerId, tag,
// requesterId}, docs/protocol.md), and a customer's own organisation. `otherKeys` are further
// keys of `filter` the caller reads itself; any other key is -32602.
TicketFilter ticketFilter(const CallContext& call, const QStringList& otherKeys = {});

} // namespace helpdesk::server::tickets
