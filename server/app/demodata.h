// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server {

class Db;

// The password every demo user has; printed by the run script.
inline const QString kDemoPassword = QStringLiteral("demo-pass");

// Fills an empty database with a small, believable data set: customers with owner and
// technical contacts, agents, and tickets in English, Russian, Polish and Croatian with
// replies, internal notes and history, and four weeks of resolved and rated requests
// (app/demohistory.h). Does nothing when any ticket exists. Returns the number of tickets
// created.
int seedDemoData(Db& db);

} // namespace helpdesk::server
