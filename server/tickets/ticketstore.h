// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <QJsonValue>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;
class Query;

// Row mapping and the small queries the ticket handlers share.
namespace ticketstore {

QString ticketColumns(); // for "SELECT <columns> FROM tickets t"
Ticket ticketFromRow(const Query& query, int firstColumn = 0);

std::optional<Ticket> find(Db& db, TicketId id);
// The ticket if this user may read it; otherwise 1004, the same answer as for a missing one.
Ticket visible(Db& db, const Principal& principal, TicketId id);

Ticket insert(Db& db, const Ticket& ticket);
// Writes every mutable column and the version; keeps ticket_tags in step with `tags`.
void save(Db& db, const Ticket& ticket, const QStringList& oldTags);
void insertTags(Db& db, TicketId id, const QStringList& tags);

Message insertMessage(Db& db, const Message& message, const QString& idempotencyKey);
QVector<Message> messages(Db& db, TicketId id, bool includeInternal);

void recordEvent(Db& db, TicketId ticket, UserId actor, const QString& field,
    const QJsonValue& oldValue, const QJsonValue& newValue, qint64 atMs);
// History of a ticket, oldest first; `fields` limits it (empty: all).
QVector<TicketEvent> events(Db& db, TicketId id, const QStringList& fields = {});

// Trims, drops duplicates and checks each tag; 1022 on a bad one.
QStringList normaliseTags(const QString& field, const QStringList& tags);

QDateTime fromMs(qint64 ms);

} // namespace ticketstore
} // namespace helpdesk::server
