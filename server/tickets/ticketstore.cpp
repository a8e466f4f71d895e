// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstore.h"

#include "messageccstore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "sla/slastore.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace helpdesk::server::ticketstore {

namespace {
constexpr int kMaxTags = 32;
constexpr int kMaxTagChars = 64;

QString encodeJson(const QJsonValue& value)
{
    // Stored as a one-element array so scalars and null survive the round trip.
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue decodeJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QStringList tagsFromJson(const QString& text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& tag : array)
        tags << tag.toString();
    return tags;
}

QString tagsToJson(const QStringList& tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}
} // namespace

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString ticketColumns()
{
    return QStringLiteral(
        "t.id, t.subject, t.status, t.priority, t.queue_id, t.assignee_id, "
        "t.customer_id, t.requester_id, t.tags, t.created_at, t.updated_at, t.version, "
        "t.channel, t.merged_into, (SELECT q.kind FROM queues q WHERE q.id = t.queue_id), ")
        + sla::ticketColumns()
        + QStringLiteral(", t.time_spent_minutes, t.request_type_id, t.approval");
}

QString messageColumns()
{
    // The sender of a mail the gateway filed (mail_inbound, schema step 14).
    return QStringLiteral("m.id, m.ticket_id, m.author_id, m.body, m.internal, m.created_at, "
                          "m.channel, m.call_caller_id, m.call_direction, m.call_duration_s, "
                          "(SELECT i.sender FROM mail_inbound i WHERE i.message_id = m.id), "
                          "m.announcement_id");
}

Message messageFromRow(const Query& q, int c)
{
    Message m;
    m.id = MessageId(q.int64(c));
    m.ticketId = TicketId(q.int64(c + 1));
    m.authorId = UserId(q.int64(c + 2));
    m.body = q.text(c + 3);
    m.internal = q.value(c + 4).toInt() != 0;
    m.createdAt = fromMs(q.int64(c + 5));
    m.channel = Channel(q.value(c + 6).toInt());
    if (!q.isNull(c + 7)) {
        m.call = CallInfo { UserId(q.int64(c + 7)), CallDirection(q.value(c + 8).toInt()),
            q.isNull(c + 9) ? 0 : q.int64(c + 9) };
    }
    m.mailFrom = q.text(c + 10);
    if (!q.isNull(c + 11))
        m.announcementId = AnnouncementId(q.int64(c + 11));
    return m;
}

Ticket ticketFromRow(const Query& q, int c)
{
    Ticket t;
    t.id = TicketId(q.int64(c));
    t.subject = q.text(c + 1);
    t.status = TicketStatus(q.value(c + 2).toInt());
    t.priority = Priority(q.value(c + 3).toInt());
    if (!q.isNull(c + 4))
        t.queueId = QueueId(q.int64(c + 4));
    if (!q.isNull(c + 5))
        t.assigneeId = UserId(q.int64(c + 5));
    if (!q.isNull(c + 6))
        t.customerId = CustomerId(q.int64(c + 6));
    t.requesterId = UserId(q.int64(c + 7));
    t.tags = tagsFromJson(q.text(c + 8));
    t.createdAt = fromMs(q.int64(c + 9));
    t.updatedAt = fromMs(q.int64(c + 10));
    t.version = q.int64(c + 11);
    t.channel = Channel(q.value(c + 12).toInt());
    if (!q.isNull(c + 13))
        t.mergedInto = TicketId(q.int64(c + 13));
    if (!q.isNull(c + 14))
        t.queueKind = q.text(c + 14);
    t.sla = sla::ticketSlaFromRow(q, c + 15, nowMs());
    t.timeSpentMinutes = q.int64(c + 24);
    if (!q.isNull(c + 25))
        t.requestTypeId = RequestTypeId(q.int64(c + 25));
    t.approval = q.text(c + 26);
    return t;
}

std::optional<Ticket> find(Db& db, TicketId id)
{
    Query q(db, QStringLiteral("SELECT %1 FROM tickets t WHERE t.id = ?").arg(ticketColumns()));
    q.bind(id.value()).exec();
    if (!q.next())
        return std::nullopt;
    return ticketFromRow(q);
}

QVector<Ticket> ofCustomer(Db& db, const tickets::TicketFilter& scope, qint64 limit)
{
    // tickets_customer_updated (customer_id, updated_at, id) serves this order directly.
    Query q(db,
        QStringLiteral("SELECT %1 FROM tickets t%2 ORDER BY t.updated_at DESC, t.id DESC LIMIT ?")
            .arg(ticketColumns(), scope.where()));
    for (const QVariant& value : scope.values)
        q.bind(value);
    q.bind(limit).exec();
    QVector<Ticket> tickets;
    while (q.next())
        tickets << ticketFromRow(q);
    return tickets;
}

QString queueKind(Db& db, const std::optional<QueueId>& queue)
{
    if (!queue)
        return QString();
    Query q(db, QStringLiteral("SELECT kind FROM queues WHERE id = ?"));
    return q.bind(queue->value()).scalar().toString();
}

std::optional<QueueId> firstQueueOfKind(Db& db, const QString& kind)
{
    Query q(db,
        QStringLiteral("SELECT id FROM queues WHERE kind = ? AND archived_at IS NULL "
                       "ORDER BY id LIMIT 1"));
    q.bind(kind).exec();
    if (!q.next())
        return std::nullopt;
    return QueueId(q.int64(0));
}

qint64 count(Db& db, const tickets::TicketFilter& scope)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM tickets t%1").arg(scope.where()));
    for (const QVariant& value : scope.values)
        q.bind(value);
    return q.scalar().toLongLong();
}

Ticket visible(Db& db, const Principal& principal, TicketId id)
{
    const auto ticket = find(db, id);
    if (!ticket || !principal.canSeeTicket(*ticket))
        throw RpcException(rpc::Error::notFound(QStringLiteral("ticket %1").arg(id.value())));
    return *ticket;
}

Ticket insert(Db& db, const Ticket& ticket)
{
    Query q(db,
        QStringLiteral(
            "INSERT INTO tickets (subject, status, priority, queue_id, assignee_id, customer_id, "
            "requester_id, tags, created_at, updated_at, version, channel, request_type_id, "
            "approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(ticket.subject)
        .bind(int(ticket.status))
        .bind(int(ticket.priority))
        .bind(sqlValue(ticket.queueId))
        .bind(sqlValue(ticket.assigneeId))
        .bind(sqlValue(ticket.customerId))
        .bind(ticket.requesterId.value())
        .bind(tagsToJson(ticket.tags))
        .bind(ticket.createdAt.toMSecsSinceEpoch())
        .bind(ticket.updatedAt.toMSecsSinceEpoch())
        .bind(ticket.version)
        .bind(int(ticket.channel))
        .bind(sqlValue(ticket.requestTypeId))
        .bind(ticket.approval.isEmpty() ? sqlNullText() : QVariant(ticket.approval));
    Ticket created = ticket;
    created.id = TicketId(q.scalar().toLongLong());
    insertTags(db, created.id, created.tags);
    return created;
}

void insertTags(Db& db, TicketId id, const QStringList& tags)
{
    for (const QString& tag : tags) {
        Query q(db, QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)"));
        q.bind(id.value()).bind(tag).exec();
    }
}

bool save(Db& db, const Ticket& t, const QStringList& oldTags, qint64 expectedVersion)
{
    {
        Query q(db,
            QStringLiteral(
                "UPDATE tickets SET subject = ?, status = ?, priority = ?, queue_id = ?, "
                "assignee_id = ?, "
                "customer_id = ?, tags = ?, updated_at = ?, version = ? WHERE id = ? "
                "AND version = ?"));
        q.bind(t.subject)
            .bind(int(t.status))
            .bind(int(t.priority))
            .bind(sqlValue(t.queueId))
            .bind(sqlValue(t.assigneeId))
            .bind(sqlValue(t.customerId))
            .bind(tagsToJson(t.tags))
            .bind(t.updatedAt.toMSecsSinceEpoch())
            .bind(t.version)
            .bind(t.id.value())
            .bind(expectedVersion)
            .exec();
        if (q.rowsAffected() != 1)
            return false;
    }
    if (oldTags == t.tags)
        return true;
    for (const QString& tag : oldTags) {
        if (!t.tags.contains(tag)) {
            Query del(
                db, QStringLiteral("DELETE FROM ticket_tags WHERE tag = ? AND ticket_id = ?"));
            del.bind(tag).bind(t.id.value()).exec();
        }
    }
    QStringList added;
    for (const QString& tag : t.tags) {
        if (!oldTags.contains(tag))
            added << tag;
    }
    insertTags(db, t.id, added);
    return true;
}

bool touch(Db& db, TicketId id, qint64 updatedAtMs)
{
    Query q(db,
        QStringLiteral("UPDATE tickets SET updated_at = ?, version = version + 1 WHERE id = ?"));
    q.bind(updatedAtMs).bind(id.value()).exec();
    return q.rowsAffected() == 1;
}

std::optional<Message> insertMessage(Db& db, const Message& message, const QString& idempotencyKey)
{
    // ON CONFLICT: under READ COMMITTED a concurrent insert of the same key waits for the
    // other transaction and then inserts nothing, instead of failing the whole batch.
    Query q(db,
        QStringLiteral("INSERT INTO messages (ticket_id, author_id, body, internal, created_at, "
                       "idempotency_key, channel, call_caller_id, call_direction, "
                       "call_duration_s, announcement_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (author_id, "
                       "idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id"));
    const auto& call = message.call;
    q.bind(message.ticketId.value())
        .bind(message.authorId.value())
        .bind(message.body)
        .bind(message.internal ? 1 : 0)
        .bind(message.createdAt.toMSecsSinceEpoch())
        .bind(idempotencyKey.isEmpty() ? sqlNullText() : QVariant(idempotencyKey))
        .bind(int(message.channel))
        .bind(call ? QVariant(call->callerId.value()) : sqlNullInt())
        .bind(call ? QVariant(int(call->direction)) : sqlNullInt())
        .bind(call ? QVariant(call->durationSeconds) : sqlNullInt())
        .bind(sqlValue(message.announcementId));
    const QVariant id = q.scalar();
    if (!id.isValid())
        return std::nullopt;
    Message created = message;
    created.id = MessageId(id.toLongLong());
    return created;
}

void setSendMail(Db& db, MessageId id, bool send)
{
    Query q(db, QStringLiteral("UPDATE messages SET send_mail = ? WHERE id = ?"));
    q.bind(send ? 1 : 0).bind(id.value()).exec();
}

QVector<Message> messages(Db& db, TicketId id, bool includeInternal)
{
    Query q(db,
        QStringLiteral("SELECT %1 FROM messages m WHERE m.ticket_id = ?%2 ORDER BY m.id")
            .arg(messageColumns(),
                includeInternal ? QString() : QStringLiteral(" AND m.internal = 0")));
    q.bind(id.value()).exec();
    QVector<Message> list;
    while (q.next())
        list << messageFromRow(q);
    messageccstore::fill(db, id, list);
    return list;
}

std::optional<Message> findMessage(Db& db, MessageId id)
{
    Query q(db, QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?").arg(messageColumns()));
    q.bind(id.value()).exec();
    if (!q.next())
        return std::nullopt;
    Message message = messageFromRow(q);
    message.cc = messageccstore::ofMessage(db, id);
    return message;
}

void recordEvent(Db& db, TicketId ticket, UserId actor, const QString& field,
    const QJsonValue& oldValue, const QJsonValue& newValue, qint64 atMs)
{
    Query q(db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, actor_id, field, old_value, "
                       "new_value, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(ticket.value())
        .bind(actor.value())
        .bind(field)
        .bind(encodeJson(oldValue))
        .bind(encodeJson(newValue))
        .bind(atMs)
        .exec();
}

QVector<TicketEvent> events(Db& db, TicketId id, const QStringList& fields)
{
    Query q(db,
        QStringLiteral("SELECT id, actor_id, field, old_value, new_value, created_at "
                       "FROM ticket_events WHERE ticket_id = ? ORDER BY id"));
    q.bind(id.value()).exec();
    QVector<TicketEvent> list;
    while (q.next()) {
        TicketEvent e;
        e.id = EventId(q.int64(0));
        e.ticketId = id;
        e.actorId = UserId(q.int64(1));
        e.field = q.text(2);
        if (!fields.isEmpty() && !fields.contains(e.field))
            continue;
        e.oldValue = decodeJson(q.text(3));
        e.newValue = decodeJson(q.text(4));
        e.createdAt = fromMs(q.int64(5));
        list << e;
    }
    return list;
}

QStringList normaliseTags(const QString& field, const QStringList& tags)
{
    QStringList result;
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            validationError(field, QStringLiteral("a tag must not be empty"));
        if (tag.size() > kMaxTagChars)
            validationError(
                field, QStringLiteral("a tag is longer than %1 characters").arg(kMaxTagChars));
        for (const QChar c : tag) {
            if (c.category() == QChar::Other_Control || c == QLatin1Char(','))
                validationError(
                    field, QStringLiteral("a tag must not contain commas or control characters"));
        }
        if (!result.contains(tag))
            result << tag;
    }
    if (result.size() > kMaxTags)
        validationError(field, QStringLiteral("more than %1 tags").arg(kMaxTags));
    return result;
}

void setStatus(Db& db, TicketId id, TicketStatus status)
{
    Query update(db, QStringLiteral("UPDATE tickets SET status = ? WHERE id = ?"));
    update.bind(int(status)).bind(id.value()).exec();
}

void setApproval(Db& db, TicketId id, const QString& approval)
{
    Query update(db, QStringLiteral("UPDATE tickets SET approval = ? WHERE id = ?"));
    update.bind(approval).bind(id.value()).exec();
}

std::optional<TicketId> ticketByCreateKey(Db& db, UserId user, const QString& key)
{
    Query existing(db,
        QStringLiteral("SELECT ticket_id FROM ticket_create_keys WHERE user_id = ? AND "
                       "idempotency_key = ?"));
    const QVariant id = existing.bind(user.value()).bind(key).scalar();
    return id.isValid() ? std::optional<TicketId>(TicketId(id.toLongLong())) : std::nullopt;
}

bool rememberCreateKey(Db& db, UserId user, const QString& key, TicketId ticket)
{
    Query remember(db,
        QStringLiteral("INSERT INTO ticket_create_keys (user_id, idempotency_key, ticket_id) "
                       "VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING ticket_id"));
    return remember.bind(user.value()).bind(key).bind(ticket.value()).scalar().isValid();
}

std::optional<Message> messageByKey(Db& db, UserId author, const QString& key)
{
    Query q(db,
        QStringLiteral("SELECT %1 FROM messages m WHERE m.author_id = ? AND m.idempotency_key = ?")
            .arg(messageColumns()));
    q.bind(author.value()).bind(key).exec();
    if (!q.next())
        return std::nullopt;
    Message message = messageFromRow(q);
    message.cc = messageccstore::ofMessage(db, message.id);
    return message;
}

bool bumpVersion(Db& db, TicketId id)
{
    Query q(db, QStringLiteral("UPDATE tickets SET version = version + 1 WHERE id = ?"));
    q.bind(id.value()).exec();
    return q.rowsAffected() == 1;
}

bool link(Db& db, TicketId a, TicketId b, UserId actor, qint64 atMs)
{
    bool added = false;
    for (const auto& [from, to] : { std::pair { a, b }, std::pair { b, a } }) {
        Query insert(db,
            QStringLiteral("INSERT INTO ticket_links (ticket_id, linked_id, created_at, actor_id) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING ticket_id"));
        insert.bind(from.value()).bind(to.value()).bind(atMs).bind(actor.value());
        added = insert.scalar().isValid() || added;
    }
    return added;
}

bool unlink(Db& db, TicketId a, TicketId b)
{
    Query remove(db,
        QStringLiteral("DELETE FROM ticket_links WHERE (ticket_id = ? AND linked_id = ?) OR "
                       "(ticket_id = ? AND linked_id = ?)"));
    remove.bind(a.value()).bind(b.value()).bind(b.value()).bind(a.value()).exec();
    return remove.rowsAffected() > 0;
}

QVector<Ticket> linked(Db& db, TicketId id)
{
    Query q(db,
        QStringLiteral("SELECT %1 FROM ticket_links l JOIN tickets t ON t.id = l.linked_id "
                       "WHERE l.ticket_id = ? ORDER BY t.id")
            .arg(ticketColumns()));
    q.bind(id.value()).exec();
    QVector<Ticket> tickets;
    while (q.next())
        tickets << ticketFromRow(q);
    return tickets;
}

void merge(Db& db, TicketId duplicate, TicketId survivor)
{
    Query messages(db, QStringLiteral("UPDATE messages SET ticket_id = ? WHERE ticket_id = ?"));
    messages.bind(survivor.value()).bind(duplicate.value()).exec();
    Query events(db, QStringLiteral("UPDATE ticket_events SET ticket_id = ? WHERE ticket_id = ?"));
    events.bind(survivor.value()).bind(duplicate.value()).exec();
    // The duplicate's links become the survivor's (none to itself), both directions.
    Query moveOut(db,
        QStringLiteral("INSERT INTO ticket_links (ticket_id, linked_id, created_at, actor_id) "
                       "SELECT ?, linked_id, created_at, actor_id FROM ticket_links "
                       "WHERE ticket_id = ? AND linked_id <> ? ON CONFLICT DO NOTHING"));
    moveOut.bind(survivor.value()).bind(duplicate.value()).bind(survivor.value()).exec();
    Query moveIn(db,
        QStringLiteral("INSERT INTO ticket_links (ticket_id, linked_id, created_at, actor_id) "
                       "SELECT ticket_id, ?, created_at, actor_id FROM ticket_links "
                       "WHERE linked_id = ? AND ticket_id <> ? ON CONFLICT DO NOTHING"));
    moveIn.bind(survivor.value()).bind(duplicate.value()).bind(survivor.value()).exec();
    Query drop(db, QStringLiteral("DELETE FROM ticket_links WHERE ticket_id = ? OR linked_id = ?"));
    drop.bind(duplicate.value()).bind(duplicate.value()).exec();
    Query close(db,
        QStringLiteral("UPDATE tickets SET merged_into = ?, status = ? WHERE id = ?"));
    close.bind(survivor.value()).bind(int(TicketStatus::Closed)).bind(duplicate.value()).exec();
}

} // namespace helpdesk::server::ticketstore
