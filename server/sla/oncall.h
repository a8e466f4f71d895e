// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"
#include "domain/types.h"

#include <QJsonObject>
#include <QVector>

namespace helpdesk::server {

class Db;

namespace sla {

// One person's on-call time in a queue's rota: weekly hours and whole dates, in a time zone.
// While a shift covers the moment, the queue's escalation alerts go to that person too.
struct OnCallShift
{
    qint64 id = 0;
    QueueId queueId;
    UserId userId;
    QString timeZone;
    QVector<WeeklyHours> hours;
    QVector<QDate> dates; // whole local days on call

    bool covers(qint64 instantMs) const;
    QJsonObject toJson() const;
};

QVector<OnCallShift> onCallShifts(Db& db, QueueId queue);
// Replaces the queue's rota.
void replaceOnCallShifts(Db& db, QueueId queue, const QVector<OnCallShift>& shifts);
// The users on call in this queue at this instant.
QVector<UserId> onCallAt(Db& db, QueueId queue, qint64 instantMs);

} // namespace sla
} // namespace helpdesk::server
