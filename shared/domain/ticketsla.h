// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace helpdesk {

// One SLA target of a ticket (first response, next response or resolution): when it is due,
// when it was met (invalid: not yet), and whether it was or is breached.
struct SlaTarget
{
    QDateTime dueAt;
    QDateTime metAt;
    bool breached = false;

    QJsonObject toJson() const;
    static std::optional<SlaTarget> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// A ticket's SLA state as the server computed it (the "sla" object of a Ticket).
struct TicketSla
{
    qint64 policyId = 0;
    bool paused = false; // pending on the customer: no target runs
    QDateTime dueAt; // the earliest running due time; invalid when none runs
    std::optional<SlaTarget> firstResponse;
    std::optional<SlaTarget> nextResponse; // only while or after a reply was owed again
    std::optional<SlaTarget> resolution;

    QJsonObject toJson() const;
    static std::optional<TicketSla> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace helpdesk
