// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::outboxstore {

// The SQL of outgoing mail: the outbox (mail_outbox), what notifications knew of a ticket
// (mail_ticket_state), users' preference and agents' choice per reply.

struct NewMail
{
    QString kind; // reply, status, assigned, weeklySummary, ...
    TicketId ticket; // 0: about no ticket
    std::optional<MessageId> message;
    UserId recipientId;
    QString recipient;
    QString envelopeFrom;
    QString rfcMessageId;
    QByteArray content;
};
void enqueue(Db& db, const NewMail& mail);
// The same, unless a mail with this rfcMessageId is in the outbox already (sent or not): a
// mail several servers may decide to send (the weekly summary) goes out once. True when added.
bool enqueueOnce(Db& db, const NewMail& mail);
bool hasMail(Db& db, const QString& rfcMessageId);

// Mail due for sending, leased to `owner` until `leaseUntil` (PostgreSQL: rows another server
// is claiming at this moment are skipped, FOR UPDATE SKIP LOCKED).
struct DueMail
{
    qint64 id = 0;
    QString envelopeFrom;
    QString recipient;
    QByteArray content;
    int attempts = 0;
};
QVector<DueMail> claimDue(Db& db, const QString& owner, qint64 nowMs, qint64 leaseUntil, int limit);
// Only while the lease is still ours: false when it is not (it expired and was taken).
bool markSent(Db& db, qint64 id, const QString& owner, qint64 nowMs);
void markFailed(
    Db& db, qint64 id, const QString& owner, qint64 nextAttemptAt, const QString& error);

// The Message-IDs of a ticket's mail thread with this user, oldest first (at most 10): mail
// the user sent in, mail we sent them.
QStringList threadIds(Db& db, TicketId ticket, UserId user);

bool wantsMail(Db& db, UserId user);
void setWantsMail(Db& db, UserId user, bool wants);
// What the author chose with message.add sendMail; nullopt: not chosen.
std::optional<bool> sendMailChoice(Db& db, MessageId message);

struct TicketState
{
    TicketStatus status = TicketStatus::New;
    std::optional<UserId> assigneeId;
};
std::optional<TicketState> knownState(Db& db, TicketId ticket);
void rememberState(Db& db, TicketId ticket, TicketStatus status, std::optional<UserId> assignee);
// Who made the last change of `field` in the ticket's history.
std::optional<UserId> lastActor(Db& db, TicketId ticket, const QString& field);
QString queueName(Db& db, QueueId queue);

} // namespace helpdesk::server::outboxstore
