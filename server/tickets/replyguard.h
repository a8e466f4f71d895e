// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/params.h"
#include "rpc/principal.h"

namespace helpdesk::server {

class Db;

// message.add's lastSeenMessageId (issue 12): a reply written while the customer or another
// agent added a public message is refused, unless the author insists (force).
namespace replyguard {
struct Request
{
    std::optional<qint64> lastSeen;
    bool force = false;
};
// Reads and type-checks lastSeenMessageId and force (-32602).
Request parse(const Params& params);
// Throws 1009 with data.reason "newer-messages" and data.messages (oldest first, at most 20)
// when the ticket has public messages by someone else after lastSeen.
void check(Db& db, const Principal& author, TicketId ticket, const Request& request);
} // namespace replyguard

} // namespace helpdesk::server
