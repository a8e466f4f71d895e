// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/jsonrpc.h"

namespace helpdesk::server {

class Connection;
struct ServerContext;

// Routes one decoded request: method lookup (-32601), session checks (1001), role check
// (1003), params shape (-32602), then the handler on the right thread. Always completes the
// request on the connection exactly once.
void dispatch(ServerContext& context, Connection& connection, const rpc::Message& message);

} // namespace helpdesk::server
