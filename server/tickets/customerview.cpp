// SPDX-License-Identifier: GPL-3.0-or-later
// customer.get: the whole customer in one answer, for the agent's customer panel: the
// organisation with its services, its contacts, and its tickets newest first.
#include "ticketservice.h"

#include "directory/directorystore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "ticketstore.h"

#include <QJsonArray>

namespace helpdesk::server::tickets {

namespace {
constexpr qint64 kDefaultTickets = 50;
constexpr qint64 kMaxTickets = 200;
} // namespace

QJsonValue customerView(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("ticketLimit") });
    const CustomerId id(params.requiredId(QStringLiteral("id")));
    const qint64 limit
        = params.optionalInt(QStringLiteral("ticketLimit")).value_or(kDefaultTickets);
    if (limit < 0 || limit > kMaxTickets)
        validationError(
            QStringLiteral("ticketLimit"), QStringLiteral("must be 0 to %1").arg(kMaxTickets));
    const Principal& me = call.principal;
    auto customer = findCustomer(db, id);
    if (!customer || !me.canSeeCustomer(id))
        throw RpcException(rpc::Error::notFound(QStringLiteral("customer %1").arg(id.value())));
    if (!me.isStaff())
        customer->notes.clear(); // the staff's notes about them
    customer->services = customerServices(db, id);

    QJsonArray contacts;
    UserFilter filter;
    filter.customer = id;
    for (const User& user : findUsers(db, filter, 500, 0))
        contacts.append(user.toJson());

    // The organisation's tickets as the caller may see them (a contact: by its role).
    TicketFilter scope;
    if (me.isCustomer())
        addCustomerScope(scope, me);
    else
        scope.add(QStringLiteral("t.customer_id = ?"), { id.value() });
    QJsonArray tickets;
    for (const Ticket& ticket : ticketstore::ofCustomer(db, scope, limit))
        tickets.append(ticket.toJson());
    return QJsonObject {
        { QStringLiteral("customer"), customer->toJson() },
        { QStringLiteral("contacts"), contacts },
        { QStringLiteral("tickets"),
            QJsonObject { { QStringLiteral("total"), double(ticketstore::count(db, scope)) },
                { QStringLiteral("items"), tickets } } },
    };
}

} // namespace helpdesk::server::tickets
