// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"
#include "rpc/principal.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;
class Session;
class Responder;
struct ServerContext;

// Customers, users and queues: who is who.
namespace directory {
QJsonValue createCustomer(Db& db, const CallContext& call, EventList& events);
QJsonValue listCustomers(Db& db, const CallContext& call);
QJsonValue updateCustomer(Db& db, const CallContext& call, EventList& events);
QJsonValue listUsers(Db& db, const CallContext& call);
// The caller's own UI language, used for texts the server writes for them.
QJsonValue setLocale(Db& db, const CallContext& call, EventList& events);
// Reply signatures: the caller's own and the queues', and setting one.
QJsonValue listSignatures(Db& db, const CallContext& call);
QJsonValue setSignature(Db& db, const CallContext& call, EventList& events);
// Hashes the password on a database thread first, then inserts.
void createUser(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond);

// Checks a new user's fields and what the caller may create; returns the user to insert.
// Throws -32602 / 1022 / 1003. Needs no database (existence is checked by the insert job).
// "", "ru" or "ru_RU".
bool isLocaleName(const QString& text);
// Trimmed and checked contact details (1022 email / phone); "" is allowed.
QString validEmail(const QString& text);
QString validPhone(const QString& text);
User validateNewUser(const Principal& caller, const QJsonObject& params, QString* password);
} // namespace directory

} // namespace helpdesk::server
