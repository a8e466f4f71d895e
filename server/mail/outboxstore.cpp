// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxstore.h"

#include "storage/db.h"

#include <algorithm>

namespace helpdesk::server::outboxstore {

namespace {

// The number of rows added: 0 when `once` and the Message-ID is there already.
int insertMail(Db& db, const NewMail& mail, bool once)
{
    Query insert(db,
        QStringLiteral("INSERT INTO mail_outbox (created_at, kind, ticket_id, message_id, "
                       "recipient_id, recipient, envelope_from, rfc_message_id, content, "
                       "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            + (once ? QStringLiteral(" ON CONFLICT (rfc_message_id) DO NOTHING") : QString()));
    const qint64 now = nowMs();
    insert.bind(now)
        .bind(mail.kind)
        .bind(sqlValue(mail.ticket.value() ? std::optional<TicketId>(mail.ticket) : std::nullopt))
        .bind(sqlValue(mail.message))
        .bind(mail.recipientId.value())
        .bind(mail.recipient)
        .bind(mail.envelopeFrom)
        .bind(mail.rfcMessageId)
        .bind(mail.content)
        .bind(now)
        .exec();
    return insert.rowsAffected();
}

} // namespace

void enqueue(Db& db, const NewMail& mail)
{
    insertMail(db, mail, false);
}

bool enqueueOnce(Db& db, const NewMail& mail)
{
    return insertMail(db, mail, true) > 0;
}

bool hasMail(Db& db, const QString& rfcMessageId)
{
    Query query(db, QStringLiteral("SELECT 1 FROM mail_outbox WHERE rfc_message_id = ?"));
    query.bind(rfcMessageId).exec();
    return query.next();
}

QVector<DueMail> claimDue(Db& db, const QString& owner, qint64 nowMs, qint64 leaseUntil, int limit)
{
    const QString due = QStringLiteral(
        "SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? "
        "AND (lease_until IS NULL OR lease_until < ?) ORDER BY id LIMIT ?");
    Query claim(db,
        QStringLiteral("UPDATE mail_outbox SET lease_owner = ?, lease_until = ? WHERE id IN (%1%2) "
                       "RETURNING id, envelope_from, recipient, content, attempts")
            .arg(due, db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
    claim.bind(owner).bind(leaseUntil).bind(nowMs).bind(nowMs).bind(limit).exec();
    QVector<DueMail> rows;
    while (claim.next())
        rows.append({ claim.int64(0), claim.text(1), claim.text(2), claim.value(3).toByteArray(),
            int(claim.int64(4)) });
    std::sort(
        rows.begin(), rows.end(), [](const DueMail& a, const DueMail& b) { return a.id < b.id; });
    return rows;
}

bool markSent(Db& db, qint64 id, const QString& owner, qint64 nowMs)
{
    Query sent(db,
        QStringLiteral("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, "
                       "lease_owner = NULL, lease_until = NULL, last_error = '' "
                       "WHERE id = ? AND lease_owner = ? AND sent_at IS NULL"));
    sent.bind(nowMs).bind(id).bind(owner).exec();
    return sent.rowsAffected() > 0;
}

void markFailed(Db& db, qint64 id, const QString& owner, qint64 nextAttemptAt, const QString& error)
{
    Query failed(db,
        QStringLiteral("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                       "lease_owner = NULL, lease_until = NULL, last_error = ? "
                       "WHERE id = ? AND lease_owner = ? AND sent_at IS NULL"));
    failed.bind(nextAttemptAt).bind(error.left(1000)).bind(id).bind(owner).exec();
}

QStringList threadIds(Db& db, TicketId ticket, UserId user)
{
    Query query(db,
        QStringLiteral(
            "SELECT rfc, at FROM (SELECT i.rfc_message_id AS rfc, i.received_at AS at "
            "FROM mail_inbound i JOIN messages m ON m.id = i.message_id "
            "WHERE m.ticket_id = ? AND m.author_id = ? AND i.rfc_message_id <> '' "
            "UNION ALL SELECT rfc_message_id, created_at FROM mail_outbox "
            "WHERE ticket_id = ? AND recipient_id = ?) AS thread ORDER BY at DESC LIMIT 10"));
    query.bind(ticket.value()).bind(user.value()).bind(ticket.value()).bind(user.value()).exec();
    QStringList ids;
    while (query.next())
        ids.prepend(query.text(0));
    return ids;
}

bool wantsMail(Db& db, UserId user)
{
    Query query(db, QStringLiteral("SELECT mail_notifications FROM users WHERE id = ?"));
    return query.bind(user.value()).scalar().toInt() != 0;
}

void setWantsMail(Db& db, UserId user, bool wants)
{
    Query update(db, QStringLiteral("UPDATE users SET mail_notifications = ? WHERE id = ?"));
    update.bind(wants ? 1 : 0).bind(user.value()).exec();
}

std::optional<bool> sendMailChoice(Db& db, MessageId message)
{
    Query query(db, QStringLiteral("SELECT send_mail FROM messages WHERE id = ?"));
    query.bind(message.value()).exec();
    if (!query.next() || query.isNull(0))
        return std::nullopt;
    return query.int64(0) != 0;
}

std::optional<TicketState> knownState(Db& db, TicketId ticket)
{
    Query query(db,
        QStringLiteral("SELECT status, assignee_id FROM mail_ticket_state WHERE ticket_id = ?"));
    query.bind(ticket.value()).exec();
    if (!query.next())
        return std::nullopt;
    TicketState state;
    state.status = TicketStatus(query.int64(0));
    if (!query.isNull(1))
        state.assigneeId = UserId(query.int64(1));
    return state;
}

void rememberState(Db& db, TicketId ticket, TicketStatus status, std::optional<UserId> assignee)
{
    Query write(db,
        QStringLiteral(
            "INSERT INTO mail_ticket_state (ticket_id, status, assignee_id) VALUES (?, ?, ?) "
            "ON CONFLICT (ticket_id) DO UPDATE SET status = excluded.status, "
            "assignee_id = excluded.assignee_id"));
    write.bind(ticket.value()).bind(int(status)).bind(sqlValue(assignee)).exec();
}

std::optional<UserId> lastActor(Db& db, TicketId ticket, const QString& field)
{
    Query query(db,
        QStringLiteral("SELECT actor_id FROM ticket_events WHERE ticket_id = ? AND field = ? "
                       "ORDER BY id DESC LIMIT 1"));
    const QVariant actor = query.bind(ticket.value()).bind(field).scalar();
    if (!actor.isValid() || actor.isNull())
        return std::nullopt;
    return UserId(actor.toLongLong());
}

QString queueName(Db& db, QueueId queue)
{
    Query query(db, QStringLiteral("SELECT name FROM queues WHERE id = ?"));
    return query.bind(queue.value()).scalar().toString();
}

} // namespace helpdesk::server::outboxstore
