// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace helpdesk::server {

class Storage;
class RateLimiter;
struct ServerConfig;

// What every service is handed: the long-lived parts a request may need, all owned by the
// network thread (app/ creates them). Pushes are not here: a handler returns its events and
// the dispatcher publishes them after COMMIT.
struct ServerContext
{
    Storage& storage;
    RateLimiter& limiter;
    const ServerConfig& config;
};

} // namespace helpdesk::server
