// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonObject>

namespace helpdesk::server {
class Db;
class Responder;
class Session;
struct ServerContext;
} // namespace helpdesk::server

namespace helpdesk::server::alerts {

// Files one alert as an incident (docs/protocol.md, alert.fire): a firing key opens one ticket
// (or re-opens its resolved one, or opens a new one when it was closed), repeats become a
// note at most once per noteIntervalMs and are counted in between, a resolved alert adds a
// note and resolves the ticket. `actor` writes the notes and requests the tickets. Runs inside
// the caller's write transaction.
AlertOutcome fireAlert(Db& db, const AlertConfig& config, const Alert& alert, UserId actor,
    EventList& events);

// alert.fire's params as an Alert; -32602 / 1022 for bad ones. `prefix` names nested fields.
Alert alertFromParams(const QJsonObject& params);

// alert.fire (session method: it reads the alert settings of the running server).
void fire(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);

} // namespace helpdesk::server::alerts
