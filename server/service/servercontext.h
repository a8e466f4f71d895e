// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

#include <functional>

namespace helpdesk::server {

class Storage;
class RateLimiter;
struct ServerConfig;

// What every service is handed: the long-lived parts a request may need, all owned by the
// network thread (app/ creates them). A read or write handler returns its events and the
// dispatcher publishes them after COMMIT; a session handler that runs its own write calls
// `publish` with the events of its committed outcome.
struct ServerContext
{
    Storage& storage;
    RateLimiter& limiter;
    const ServerConfig& config;
    std::function<void(const EventList&)> publish;
};

} // namespace helpdesk::server
