// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// search.everywhere: one query over tickets, contacts, organisations, articles and canned
// responses, grouped by kind. Each group is found by its own method's rules (search,
// user.list, customer.get, kb.articleList, canned.list), so a caller finds only what it
// could read there.
namespace everywhere {
QJsonValue run(Db& db, const CallContext& call);
} // namespace everywhere

} // namespace helpdesk::server
