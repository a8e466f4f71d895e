// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server {

// `migrate-data --from sqlite:PATH --to postgres://...`: copies every row of a SQLite database
// (read-only, one snapshot) into an empty PostgreSQL database in one transaction, ids kept,
// with progress lines and a verification table on stdout. Commits only when the counts and
// the content check agree. Returns the exit code; throws on errors (bad URL, refused target).
int migrateData(const QString& fromUrl, const QString& toUrl);

} // namespace helpdesk::server
