// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requeststore.h"
#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// requestType.*: admins (and leads, for the queues they lead) configure request types and
// their fields; everyone lists those they may file. ticket.create uses the rest.
namespace requests {
QJsonValue list(Db& db, const CallContext& call);
QJsonValue save(Db& db, const CallContext& call, EventList& events);
QJsonValue archive(Db& db, const CallContext& call, EventList& events);

// Whether this caller may file a request of this type (not archived; a technical or billing
// contact: a type without a queue or with a queue of its own kind).
bool offeredTo(const Principal& me, const RequestType& type);
// The type a ticket.create names, else 1022 requestTypeId.
RequestType usableType(Db& db, const Principal& me, RequestTypeId id);
// The answers of `fields` ({key: value}) checked against the type (1022 fields.KEY on an
// unknown key, a missing required one, a value of the wrong kind, a service that is not the
// organisation's), in the type's order.
QVector<RequestAnswer> parseAnswers(Db& db, const RequestType& type,
    const std::optional<CustomerId>& organisation, const QJsonObject& fields);
// What ticket.get shows of a filed request: null for a ticket filed without a type.
QJsonValue requestJson(Db& db, const Principal& me, const Ticket& ticket);
} // namespace requests

} // namespace helpdesk::server
