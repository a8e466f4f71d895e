// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace helpdesk::server {

class Db;
enum class DatabaseBackend;

// The schema version this server writes; the highest numbered step. Never decreases.
int schemaVersion();
// The step numbers shipped for one backend (every backend has the same ones).
QList<int> schemaSteps(DatabaseBackend backend);
// Version of the database, 0 for an empty one.
int databaseVersion(Db& db);
// Applies every step above the database's version, up to `target` (default: all), each in
// its own transaction (on PostgreSQL under an advisory lock, so servers starting
// together migrate once). Throws SqlError when a step fails or the database is newer than us.
void migrate(Db& db, int target = -1);
// Splits a schema step into single statements (a trigger body or a PostgreSQL $$ body stays whole).
QStringList splitStatements(const QString& script);

} // namespace helpdesk::server
