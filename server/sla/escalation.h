// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/pushevent.h"
#include "slaclock.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

namespace sla {

// One escalation alert, claimed by a unique row (ticket, target, level, due time) so that it
// is sent once even when several servers sweep the same database.
struct AlertRecord
{
    qint64 id = 0;
    TicketId ticketId;
    QString target; // firstResponse, nextResponse, resolution; "ticket" (new urgent); "csat"
    QString level; // warning, breach, urgent; bad (a bad rating)
    std::optional<qint64> dueAt; // null for urgent
    QVector<UserId> recipients; // staff only, chosen when it was claimed
    qint64 createdAt = 0;

    // What the ticket history records (field "slaAlert", new value).
    QJsonObject historyValue() const;
};

// The earliest of these alert moments not claimed yet for the ticket (its sla_alert_at).
std::optional<qint64> nextAlertAt(Db& db, TicketId ticket, const QVector<AlertTime>& times);
// The tickets whose sla_alert_at has come, earliest first, read through tickets_sla_alert.
QVector<TicketId> ticketsToSweep(Db& db, qint64 nowMs, int limit);
// Claims the ticket's alerts due by now that nobody claimed yet, and moves its sla_alert_at on
// to the next one. Recipients: the assignee, the queue's leads and whoever the queue's
// on-call rota has on duty now.
QVector<AlertRecord> claimDueAlerts(Db& db, const Ticket& ticket, qint64 nowMs);
// A new urgent ticket alerts its queue's members (and whoever is on call).
std::optional<AlertRecord> claimUrgentAlert(Db& db, const Ticket& ticket, qint64 nowMs);
// A customer's bad rating (issue 15) alerts the leads of the ticket's queue (nobody when it
// has none): target "csat", level "bad", dueAt the moment of the rating.
std::optional<AlertRecord> claimBadRatingAlert(Db& db, const Ticket& ticket, qint64 nowMs);
std::optional<AlertRecord> findAlert(Db& db, qint64 id);
// The sla.alert push to the alert's recipients (nobody else, never customers).
PushEvent alertEvent(const AlertRecord& alert, const Ticket& ticket);
// Whom the ticket history names as the actor of an alert: the assignee, else the requester.
UserId alertActor(const Ticket& ticket);

} // namespace sla
} // namespace helpdesk::server
