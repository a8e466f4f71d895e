// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace helpdesk::server {

class Storage;
class RateLimiter;
class PushHub;
struct ServerConfig;

// The long-lived parts a request may need, all owned by the network thread.
struct ServerContext
{
    Storage& storage;
    RateLimiter& limiter;
    PushHub& hub;
    const ServerConfig& config;
};

} // namespace helpdesk::server
