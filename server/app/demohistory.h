// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QString>

namespace helpdesk::server {

class Db;

// The last four weeks of a small support desk for the demo (app/demodata.h): every day a few
// requests that an agent answered and resolved, most of them rated by the customer, written
// at their past times through the same SLA clock and report facts as live work — so that a
// lead's dashboard and reports have figures to show. Runs inside the demo's transaction;
// `users` by login, `queues` by name. Returns the number of tickets made.
int seedDemoHistory(Db& db, const QHash<QString, User>& users, const QHash<QString, QueueId>& queues,
    qint64 nowMs);

} // namespace helpdesk::server
