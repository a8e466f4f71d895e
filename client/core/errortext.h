// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Client-side error codes and the translated text a user sees for any error. The server's
// "message" is English for logs; what the user reads is chosen here by code and data.reason.

#include "protocol/jsonrpc.h"

#include <QString>

namespace helpdesk::client {

// Codes the client uses for failures that never reached the server or never got an answer.
// Negative and far from JSON-RPC's -32xxx range so they cannot clash with a server code.
enum LocalErrorCode : int {
    Offline = -1, // not connected and authenticated; the call was not sent
    ConnectionLost = -2, // sent, but the connection dropped before the answer arrived
    TimedOut = -3, // no answer within the call's timeout
    BadResponse = -4, // the answer did not have the documented shape
};

rpc::Error localError(LocalErrorCode code);

// True for failures that another attempt can fix without changing the request (offline,
// dropped, timed out, rate limited, server-side internal error).
bool isTransient(const rpc::Error& error);

// One translated sentence for the user, e.g. "You are not allowed to do this."
QString errorText(const rpc::Error& error);

} // namespace helpdesk::client
