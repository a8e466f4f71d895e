// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticketsla.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace helpdesk::client {

// How pressing a due time is: the UI colours Soon (within the hour) and Overdue.
enum class DueUrgency { Normal, Soon, Overdue };

// The ticket list's Due column: time left until the earliest running SLA target ("45 min
// left"), how long it is overdue ("2 h 5 min overdue"), "Paused" while pending; its urgency
// and a tooltip naming the target and its due time.
class DueText
{
    Q_DECLARE_TR_FUNCTIONS(DueText)
public:
    static QString text(const std::optional<TicketSla>& sla,
        const QDateTime& now = QDateTime::currentDateTimeUtc());
    static DueUrgency urgency(const std::optional<TicketSla>& sla,
        const QDateTime& now = QDateTime::currentDateTimeUtc());
    static QString tooltip(const std::optional<TicketSla>& sla);
    // "1 h 5 min", "3 d": a duration in whole minutes.
    static QString duration(qint64 minutes);
};

} // namespace helpdesk::client
