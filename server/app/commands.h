// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace helpdesk::server {

// The helpdesk-server command line: init, user add, serve, migrate-data. Returns the exit code.
int runCommandLine(const QStringList& arguments);

} // namespace helpdesk::server
