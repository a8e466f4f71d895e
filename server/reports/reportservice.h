// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// The lead's dashboard and reports (issue 15): figures for a period, computed on the server.
namespace reports {

QJsonValue summary(Db& db, const CallContext& call);
QJsonValue agents(Db& db, const CallContext& call);

} // namespace reports
} // namespace helpdesk::server
