// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation.h"

#include "directory/directorystore.h"
#include "oncall.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "slastore.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace helpdesk::server::sla {

namespace {

const QString kAlertColumns = QStringLiteral(
    "id, ticket_id, target, level, due_at, recipients, created_at FROM sla_alerts");

QString keyOf(const QString& target, const QString& level, qint64 dueAt)
{
    return target + QLatin1Char('|') + level + QLatin1Char('|') + QString::number(dueAt);
}

QSet<QString> claimedKeys(Db& db, TicketId ticket)
{
    Query q(db, QStringLiteral("SELECT target, level, due_at FROM sla_alerts WHERE ticket_id = ?"));
    q.bind(ticket.value()).exec();
    QSet<QString> keys;
    while (q.next())
        keys.insert(keyOf(q.text(0), q.text(1), q.int64(2)));
    return keys;
}

QVector<UserId> queueMembers(Db& db, QueueId queue, bool leadsOnly)
{
    Query q(db,
        leadsOnly ? QStringLiteral("SELECT user_id FROM queue_members WHERE queue_id = ? AND is_lead = 1")
                  : QStringLiteral("SELECT user_id FROM queue_members WHERE queue_id = ?"));
    q.bind(queue.value()).exec();
    QVector<UserId> users;
    while (q.next())
        users.append(UserId(q.int64(0)));
    return users;
}

QVector<UserId> enabledStaff(Db& db, QVector<UserId> candidates);

// Staff only, enabled, each once, in id order. The rota's shifts say when its people hear of
// the queue's alerts (typically nights and weekends, whatever the policy's calendar).
QVector<UserId> recipientsFor(Db& db, const Ticket& ticket, bool urgent, qint64 nowMs)
{
    QVector<UserId> candidates;
    if (!urgent && ticket.assigneeId)
        candidates.append(*ticket.assigneeId);
    if (ticket.queueId) {
        candidates += queueMembers(db, *ticket.queueId, !urgent);
        candidates += onCallAt(db, *ticket.queueId, nowMs);
    }
    return enabledStaff(db, candidates);
}

QVector<UserId> enabledStaff(Db& db, QVector<UserId> candidates)
{
    std::sort(candidates.begin(), candidates.end());
    QVector<UserId> recipients;
    for (const UserId id : candidates) {
        if (!recipients.isEmpty() && recipients.last() == id)
            continue;
        const auto user = findUser(db, id);
        if (user && user->enabled && isStaff(user->role))
            recipients.append(id);
    }
    return recipients;
}

std::optional<AlertRecord> claim(Db& db, const Ticket& ticket, const QString& target,
    const QString& level, std::optional<qint64> dueAt, const QVector<UserId>& recipients,
    qint64 nowMs)
{
    QJsonArray ids;
    for (const UserId id : recipients)
        ids.append(double(id.value()));
    // The unique row is the claim: whichever server inserts it sends the alert.
    Query q(db,
        QStringLiteral("INSERT INTO sla_alerts (ticket_id, target, level, due_at, recipients, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    const qint64 id = q.bind(ticket.id.value()).bind(target).bind(level).bind(dueAt.value_or(0))
                          .bind(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
                          .bind(nowMs).scalar().toLongLong();
    if (id <= 0)
        return std::nullopt;
    return AlertRecord { id, ticket.id, target, level, dueAt, recipients, nowMs };
}

BusinessCalendar calendarOf(Db& db, const std::optional<PolicyRecord>& policy)
{
    const auto calendar = policy ? findCalendar(db, policy->calendarId) : std::nullopt;
    return calendar ? calendar->calendar() : BusinessCalendar::alwaysOpen();
}

} // namespace

QJsonObject AlertRecord::historyValue() const
{
    return QJsonObject { { QStringLiteral("target"), target }, { QStringLiteral("level"), level },
        { QStringLiteral("dueAt"),
            dueAt ? QJsonValue(toWireTime(QDateTime::fromMSecsSinceEpoch(*dueAt, Qt::UTC)))
                  : QJsonValue(QJsonValue::Null) } };
}

std::optional<qint64> nextAlertAt(Db& db, TicketId ticket, const QVector<AlertTime>& times)
{
    if (times.isEmpty())
        return std::nullopt;
    const QSet<QString> claimed = claimedKeys(db, ticket);
    std::optional<qint64> next;
    for (const AlertTime& time : times) {
        if (!claimed.contains(keyOf(time.target, time.level, time.dueAt)) && (!next || time.at < *next))
            next = time.at;
    }
    return next;
}

QVector<TicketId> ticketsToSweep(Db& db, qint64 nowMs, int limit)
{
    Query q(db,
        QStringLiteral("SELECT id FROM tickets WHERE sla_alert_at <= ? ORDER BY sla_alert_at LIMIT ?"));
    q.bind(nowMs).bind(limit).exec();
    QVector<TicketId> ids;
    while (q.next())
        ids.append(TicketId(q.int64(0)));
    return ids;
}

QVector<AlertRecord> claimDueAlerts(Db& db, const Ticket& ticket, qint64 nowMs)
{
    // Lock the row first (PostgreSQL): a write to the ticket on another server waits, so the
    // clock read below is the one sla_alert_at is computed from.
    Query lock(db, QStringLiteral("UPDATE tickets SET sla_alert_at = sla_alert_at WHERE id = ?"));
    lock.bind(ticket.id.value()).exec();
    const auto policy = policyFor(db, ticket.queueId, ticket.priority);
    QVector<AlertRecord> alerts;
    QVector<AlertTime> times;
    if (policy) {
        const SlaClockRules rules(policy->targets, calendarOf(db, policy));
        times = rules.alertTimes(loadClock(db, ticket.id).clock, policy->warningPercent);
        std::sort(times.begin(), times.end(),
            [](const AlertTime& a, const AlertTime& b) { return a.at < b.at; });
        const QSet<QString> claimed = claimedKeys(db, ticket.id);
        for (const AlertTime& time : times) {
            if (time.at > nowMs || claimed.contains(keyOf(time.target, time.level, time.dueAt)))
                continue;
            const auto recipients = recipientsFor(db, ticket, false, nowMs);
            if (const auto alert = claim(db, ticket, time.target, time.level, time.dueAt, recipients, nowMs))
                alerts.append(*alert);
        }
    }
    Query next(db, QStringLiteral("UPDATE tickets SET sla_alert_at = ? WHERE id = ?"));
    const auto at = nextAlertAt(db, ticket.id, times);
    next.bind(at ? QVariant(*at) : sqlNullInt()).bind(ticket.id.value()).exec();
    return alerts;
}

std::optional<AlertRecord> claimUrgentAlert(Db& db, const Ticket& ticket, qint64 nowMs)
{
    return claim(db, ticket, QStringLiteral("ticket"), QStringLiteral("urgent"), std::nullopt,
        recipientsFor(db, ticket, true, nowMs), nowMs);
}

std::optional<AlertRecord> claimBadRatingAlert(Db& db, const Ticket& ticket, qint64 nowMs)
{
    const auto leads = ticket.queueId ? enabledStaff(db, queueMembers(db, *ticket.queueId, true))
                                      : QVector<UserId>();
    if (leads.isEmpty())
        return std::nullopt;
    return claim(db, ticket, QStringLiteral("csat"), QStringLiteral("bad"), nowMs, leads, nowMs);
}

std::optional<AlertRecord> findAlert(Db& db, qint64 id)
{
    Query q(db, QStringLiteral("SELECT %1 WHERE id = ?").arg(kAlertColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    AlertRecord alert { q.int64(0), TicketId(q.int64(1)), q.text(2), q.text(3), std::nullopt, {},
        q.int64(6) };
    if (alert.level != QLatin1String("urgent"))
        alert.dueAt = q.int64(4);
    for (const QJsonValue& user : QJsonDocument::fromJson(q.text(5).toUtf8()).array())
        alert.recipients.append(UserId(qint64(user.toDouble())));
    return alert;
}

PushEvent alertEvent(const AlertRecord& alert, const Ticket& ticket)
{
    QJsonObject params = alert.historyValue();
    params.insert(QStringLiteral("alertId"), double(alert.id));
    params.insert(QStringLiteral("ticketId"), double(ticket.id.value()));
    params.insert(QStringLiteral("subject"), ticket.subject);
    params.insert(QStringLiteral("priority"), toString(ticket.priority));
    params.insert(QStringLiteral("queueId"),
        ticket.queueId ? QJsonValue(double(ticket.queueId->value())) : QJsonValue(QJsonValue::Null));
    PushEvent event { std::nullopt, true, false,
        encodeFrame(rpc::makeNotification(QString(push::SlaAlert), params)),
        ClusterEvent::slaAlert(ticket.id, alert.id), std::nullopt };
    event.onlyUsers = alert.recipients;
    return event;
}

UserId alertActor(const Ticket& ticket)
{
    return ticket.assigneeId.value_or(ticket.requesterId);
}

} // namespace helpdesk::server::sla
