// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

namespace search {
// ticket.similar: up to five earlier tickets most like this one by subject and first message,
// the same organisation's first (docs/protocol.md). The rarest words of the ticket are looked
// up one by one in the full-text indexes; a word in more than a bounded number of subjects or
// messages tells nothing apart and is skipped, so a call reads a bounded number of index
// entries whatever the size of the database.
QJsonValue similar(Db& db, const CallContext& call);
} // namespace search

} // namespace helpdesk::server
