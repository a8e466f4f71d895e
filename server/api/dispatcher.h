// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/jsonrpc.h"

namespace helpdesk::server {

class PushHub;
class Session;
struct ServerContext;

// Routes decoded requests to the handlers of the method registry and publishes what a
// committed write produced to the sessions that may see it.
class Dispatcher
{
public:
    Dispatcher(ServerContext& context, PushHub& hub);

    // One request: method lookup (-32601), session checks (1001), role check (1003), params
    // shape (-32602), then the handler on the right thread. Always completes the request on
    // the session exactly once.
    void dispatch(Session& session, const rpc::Message& message);

private:
    ServerContext& m_context;
    PushHub& m_hub;
};

} // namespace helpdesk::server
