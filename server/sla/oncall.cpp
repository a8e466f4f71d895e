// SPDX-License-Identifier: GPL-3.0-or-later
#include "oncall.h"

#include "slastore.h"
#include "storage/db.h"

#include <QDateTime>

namespace helpdesk::server::sla {

bool OnCallShift::covers(qint64 instantMs) const
{
    const QTimeZone zone(timeZone.toUtf8());
    if (dates.contains(QDateTime::fromMSecsSinceEpoch(instantMs, zone).date()))
        return true;
    return BusinessCalendar(zone, hours).isBusinessTime(instantMs);
}

QJsonObject OnCallShift::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("queueId"), double(queueId.value()) },
        { QStringLiteral("userId"), double(userId.value()) },
        { QStringLiteral("timeZone"), timeZone }, { QStringLiteral("hours"), hoursJson(hours) },
        { QStringLiteral("dates"), datesJson(dates) } };
}

QVector<OnCallShift> onCallShifts(Db& db, QueueId queue)
{
    Query q(db,
        QStringLiteral("SELECT id, user_id, time_zone, hours, dates FROM oncall_shifts "
                       "WHERE queue_id = ? ORDER BY id"));
    q.bind(queue.value()).exec();
    QVector<OnCallShift> shifts;
    while (q.next())
        shifts.append({ q.int64(0), queue, UserId(q.int64(1)), q.text(2), hoursFromText(q.text(3)),
            datesFromText(q.text(4)) });
    return shifts;
}

qint64 rotaVersion(Db& db, QueueId queue)
{
    Query q(db, QStringLiteral("SELECT rota_version FROM queues WHERE id = ?"));
    return q.bind(queue.value()).scalar().toLongLong();
}

bool replaceOnCallShifts(Db& db, QueueId queue, qint64 version, const QVector<OnCallShift>& shifts)
{
    // Over the version read only: a save that committed meanwhile (another server) wins.
    Query bump(db,
        QStringLiteral("UPDATE queues SET rota_version = rota_version + 1 "
                       "WHERE id = ? AND rota_version = ? RETURNING id"));
    if (bump.bind(queue.value()).bind(version).scalar().toLongLong() <= 0)
        return false;
    Query clear(db, QStringLiteral("DELETE FROM oncall_shifts WHERE queue_id = ?"));
    clear.bind(queue.value()).exec();
    for (const OnCallShift& shift : shifts) {
        Query q(db,
            QStringLiteral("INSERT INTO oncall_shifts (queue_id, user_id, time_zone, hours, "
                           "dates) VALUES (?, ?, ?, ?, ?)"));
        q.bind(queue.value()).bind(shift.userId.value()).bind(shift.timeZone)
            .bind(hoursToText(shift.hours)).bind(datesToText(shift.dates)).exec();
    }
    return true;
}

QVector<UserId> onCallAt(Db& db, QueueId queue, qint64 instantMs)
{
    QVector<UserId> users;
    for (const OnCallShift& shift : onCallShifts(db, queue)) {
        if (shift.covers(instantMs) && !users.contains(shift.userId))
            users.append(shift.userId);
    }
    return users;
}

} // namespace helpdesk::server::sla
