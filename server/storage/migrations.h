// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace helpdesk::server {

class Db;

// The schema version this server writes; the highest numbered step. Never decreases.
int schemaVersion();
// Version of the database, 0 for an empty one.
int databaseVersion(Db& db);
// Applies every step above the database's version, up to `target` (default: all), each in
// its own transaction. Throws SqlError when a step fails or the database is newer than us.
void migrate(Db& db, int target = -1);
// Splits a schema step into single statements (a trigger body stays whole).
QStringList splitStatements(const QString& script);

} // namespace helpdesk::server
