// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storage.h"

namespace helpdesk::server {

// The before-commit hook that tells the other servers on one PostgreSQL database about a
// write batch: its events' ids go out with NOTIFY on `channel` inside the transaction, so
// PostgreSQL delivers them at COMMIT and drops them on a rollback. Signed with this process's
// instance id, which its own ClusterBus skips. Does nothing on SQLite.
BeforeCommitHook clusterAnnouncer(const QString& instanceId, const QString& channel);

} // namespace helpdesk::server
