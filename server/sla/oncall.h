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
// The version of the queue's rota (queues.rota_version, schema step 23): + 1 per save.
qint64 rotaVersion(Db& db, QueueId queue);
// Replaces the queue's rota if it is still at `version`; false (nothing written) otherwise.
bool replaceOnCallShifts(Db& db, QueueId queue, qint64 version, const QVector<OnCallShift>& shifts);
// The users on call in this queue at this instant.
QVector<UserId> onCallAt(Db& db, QueueId queue, qint64 instantMs);

} // namespace sla
} // namespace helpdesk::server
