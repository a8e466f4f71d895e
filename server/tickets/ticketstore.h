// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"
#include "ticketfilter.h"

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
QString messageColumns(); // for "SELECT <columns> FROM messages m"
Message messageFromRow(const Query& query, int firstColumn = 0);

std::optional<Ticket> find(Db& db, TicketId id);
// An organisation's tickets, last updated first; and how many it has.
// An organisation's tickets, last updated first: `scope` names the organisation
// (t.customer_id = ?, or a customer's addCustomerScope).
QVector<Ticket> ofCustomer(Db& db, const tickets::TicketFilter& scope, qint64 limit);
qint64 count(Db& db, const tickets::TicketFilter& scope);
// The kind of a queue ("technical", "billing", "general"); "" for none.
QString queueKind(Db& db, const std::optional<QueueId>& queue);
// The oldest queue of this kind that is not archived; none when there is none.
std::optional<QueueId> firstQueueOfKind(Db& db, const QString& kind);
// The ticket if this user may read it; otherwise 1004, the same answer as for a missing one.
Ticket visible(Db& db, const Principal& principal, TicketId id);

Ticket insert(Db& db, const Ticket& ticket);
// Writes every mutable column and the version if the stored version is still
// `expectedVersion` (one atomic UPDATE: with several servers on one database, a concurrent
// change makes it write nothing). Keeps ticket_tags in step with `tags`. False when the
// version had moved on (or the ticket is gone).
bool save(Db& db, const Ticket& ticket, const QStringList& oldTags, qint64 expectedVersion);
// Marks a ticket as changed by a new message: updated_at and version + 1, in one UPDATE that
// locks the row until the commit. False when the ticket is gone.
bool touch(Db& db, TicketId id, qint64 updatedAtMs);
void insertTags(Db& db, TicketId id, const QStringList& tags);
// version + 1 only (updated_at stays: links do not make a ticket "recently updated").
bool bumpVersion(Db& db, TicketId id);

// Links between related tickets, symmetric. link/unlink: false when nothing changed.
bool link(Db& db, TicketId a, TicketId b, UserId actor, qint64 atMs);
bool unlink(Db& db, TicketId a, TicketId b);
QVector<Ticket> linked(Db& db, TicketId id);
// Moves the duplicate's messages, history and links to the survivor, closes the duplicate and
// points it at the survivor. The caller records the history events and bumps the versions.
void merge(Db& db, TicketId duplicate, TicketId survivor);

// Sets only the status (no version change: the caller has already moved it on).
void setStatus(Db& db, TicketId id, TicketStatus status);

// Sets only the owner's approval ("approved", "refused"; no version change, as setStatus).
void setApproval(Db& db, TicketId id, const QString& approval);

// Create keys: the ticket the first ticket.create with this key made. rememberCreateKey is
// false when the key was already taken (by a concurrent create, perhaps on another server).
std::optional<TicketId> ticketByCreateKey(Db& db, UserId user, const QString& key);
bool rememberCreateKey(Db& db, UserId user, const QString& key, TicketId ticket);

// Inserts the message; with a key already used by this author (e.g. by another server a
// moment ago), inserts nothing and returns nullopt.
std::optional<Message> insertMessage(Db& db, const Message& message, const QString& idempotencyKey);
// Whether a reply also goes by mail, as its author chose (message.add sendMail); read by the
// mail notifier (server/mail/notifier.cpp).
void setSendMail(Db& db, MessageId id, bool send);
QVector<Message> messages(Db& db, TicketId id, bool includeInternal);
std::optional<Message> findMessage(Db& db, MessageId id);
// The message this author stored under an idempotency key, if any.
std::optional<Message> messageByKey(Db& db, UserId author, const QString& key);

void recordEvent(Db& db, TicketId ticket, UserId actor, const QString& field,
    const QJsonValue& oldValue, const QJsonValue& newValue, qint64 atMs);
// History of a ticket, oldest first; `fields` limits it (empty: all).
QVector<TicketEvent> events(Db& db, TicketId id, const QStringList& fields = {});

// Trims, drops duplicates and checks each tag; 1022 on a bad one.
QStringList normaliseTags(const QString& field, const QStringList& tags);

QDateTime fromMs(qint64 ms);

} // namespace ticketstore
} // namespace helpdesk::server
