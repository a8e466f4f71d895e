// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "storage/db.h"

namespace helpdesk::server::alerts::alertstore {

bool claim(Db& db, const QString& key, qint64 now)
{
    Query insert(db,
        QStringLiteral("INSERT INTO alert_incidents (alert_key, ticket_id, state, first_fired_at, "
                       "last_fired_at, fired_count, unnoted_repeats, last_note_at) "
                       "VALUES (?, NULL, 'firing', ?, ?, 1, 0, ?) "
                       "ON CONFLICT (alert_key) DO NOTHING RETURNING alert_key"));
    insert.bind(key).bind(now).bind(now).bind(now).exec();
    return insert.next();
}

std::optional<Incident> countFiring(Db& db, const QString& key, qint64 now)
{
    Query update(db,
        QStringLiteral("UPDATE alert_incidents SET last_fired_at = ?, fired_count = fired_count + 1 "
                       "WHERE alert_key = ? "
                       "RETURNING ticket_id, state, fired_count, unnoted_repeats, last_note_at"));
    update.bind(now).bind(key).exec();
    if (!update.next())
        return std::nullopt;
    Incident incident;
    if (!update.isNull(0))
        incident.ticketId = TicketId(update.int64(0));
    incident.firing = update.text(1) == QLatin1String("firing");
    incident.firedCount = update.int64(2);
    incident.unnotedRepeats = update.int64(3);
    incident.lastNoteAtMs = update.int64(4);
    return incident;
}

void restart(Db& db, const QString& key, TicketId ticket, qint64 now)
{
    Query update(db,
        QStringLiteral("UPDATE alert_incidents SET ticket_id = ?, state = 'firing', "
                       "first_fired_at = ?, last_fired_at = ?, fired_count = 1, "
                       "unnoted_repeats = 0, last_note_at = ? WHERE alert_key = ?"));
    update.bind(ticket.value()).bind(now).bind(now).bind(now).bind(key).exec();
}

void noted(Db& db, const QString& key, qint64 now)
{
    Query update(db,
        QStringLiteral("UPDATE alert_incidents SET state = 'firing', unnoted_repeats = 0, "
                       "last_note_at = ? WHERE alert_key = ?"));
    update.bind(now).bind(key).exec();
}

void countUnnoted(Db& db, const QString& key)
{
    Query update(db,
        QStringLiteral("UPDATE alert_incidents SET unnoted_repeats = unnoted_repeats + 1 "
                       "WHERE alert_key = ?"));
    update.bind(key).exec();
}

std::optional<TicketId> resolve(Db& db, const QString& key, qint64 now)
{
    Query update(db,
        QStringLiteral("UPDATE alert_incidents SET state = 'resolved', unnoted_repeats = 0, "
                       "last_note_at = ? WHERE alert_key = ? AND state = 'firing' "
                       "AND ticket_id IS NOT NULL RETURNING ticket_id"));
    update.bind(now).bind(key).exec();
    if (!update.next())
        return std::nullopt;
    return TicketId(update.int64(0));
}

std::optional<CustomerId> customerOfService(Db& db, const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    Query query(db,
        QStringLiteral("SELECT DISTINCT customer_id FROM customer_services "
                       "WHERE lower(name) = lower(?) LIMIT 2"));
    query.bind(name).exec();
    if (!query.next())
        return std::nullopt;
    const CustomerId customer(query.int64(0));
    if (query.next())
        return std::nullopt; // ambiguous: no organisation rather than the wrong one
    return customer;
}

std::optional<QueueId> queueByName(Db& db, const QString& name)
{
    Query query(
        db, QStringLiteral("SELECT id FROM queues WHERE name = ? AND archived_at IS NULL"));
    query.bind(name).exec();
    if (!query.next())
        return std::nullopt;
    return QueueId(query.int64(0));
}

} // namespace helpdesk::server::alerts::alertstore
