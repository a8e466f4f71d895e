// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cannedstore.h"
#include "rpc/principal.h"

namespace helpdesk::server::canned {

// Shared by the handlers of cannedservice.cpp (where they are defined) and cannedapply.cpp.

// The response if `me` may use it: its own, a queue's or a shared one; 1004 otherwise.
Response usableResponse(Db& db, const Principal& me, qint64 id);
QJsonObject responseJson(const Response& response);

} // namespace helpdesk::server::canned
