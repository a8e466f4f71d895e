// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/requeststore.h"
#include "rpc/principal.h"

#include <QJsonObject>

namespace helpdesk::server {

class Db;
class Params;

// Guided requests and the owner's approval on tickets (issue 11).
namespace tickets {

// A new ticket's request type and answers, read from ticket.create's params.
struct NewRequest
{
    std::optional<RequestType> type;
    QVector<RequestAnswer> answers;
};

// Reads requestTypeId and fields (1022 on anything the type does not accept), and sets the
// ticket's request type, its queue (the type's, unless staff chose one) and its approval
// ("awaiting" for a sensitive type whose requester is not the organisation's owner).
NewRequest prepareRequest(Db& db, const Principal& me, const Params& params, Ticket& ticket);
// Stores the answers and the history of a new ticket's request.
void storeRequest(Db& db, const Principal& me, const NewRequest& request, const Ticket& ticket,
    qint64 nowMs);

// 1030 awaiting_approval: `what` may not be done before the owner approves.
void checkNotAwaiting(const Ticket& ticket, const QString& what);

} // namespace tickets
} // namespace helpdesk::server
