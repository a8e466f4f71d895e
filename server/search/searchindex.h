// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace helpdesk::server {

class Db;

namespace search {
// Adds the messages inserted since the last call to the full-text index, inside the caller's
// transaction. Call it before committing anything that inserted messages. Nothing to do on
// PostgreSQL, where the index follows the rows by itself.
void syncIndex(Db& db);
} // namespace search

} // namespace helpdesk::server
