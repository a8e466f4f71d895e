// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requesttype.h"

namespace helpdesk::server {

class Db;

// One answer of a filed request: the value as the wire carries it and the text people read
// and search (a service's name as it was when the ticket was filed).
struct RequestAnswer
{
    QString key;
    QString kind;
    QString value;
    QString text;
};

// The SQL of request types and of the answers stored with tickets (schema step 19).
namespace requeststore {

// Every request type, archived ones too, by position then id.
QVector<RequestType> all(Db& db);
std::optional<RequestType> find(Db& db, RequestTypeId id);
bool keyTaken(Db& db, const QString& key, const std::optional<RequestTypeId>& except);
RequestTypeId insert(Db& db, const RequestType& type, qint64 nowMs);
// Writes every column, the names and the fields if the stored version is still
// `expectedVersion`; false when it had moved on.
bool update(Db& db, const RequestType& type, qint64 expectedVersion);

void insertAnswers(Db& db, TicketId ticket, const QVector<RequestAnswer>& answers);
QVector<RequestAnswer> answers(Db& db, TicketId ticket);

} // namespace requeststore
} // namespace helpdesk::server
