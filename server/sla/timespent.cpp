// SPDX-License-Identifier: GPL-3.0-or-later
#include "timespent.h"

#include "directory/directorystore.h"
#include "protocol/methods.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "service/auditstore.h"
#include "storage/db.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <tuple>

namespace helpdesk::server::sla {

namespace {

constexpr qint64 kMaxReportDays = 366;

QJsonObject settingJson(qint64 queue, bool required)
{
    return QJsonObject { { QStringLiteral("queueId"), double(queue) },
        { QStringLiteral("required"), required } };
}

} // namespace

bool timeSpentRequired(Db& db, const std::optional<QueueId>& queue)
{
    if (!queue)
        return false;
    Query q(db, QStringLiteral("SELECT time_spent_required FROM queues WHERE id = ?"));
    return q.bind(queue->value()).scalar().toInt() == 1;
}

void recordTimeSpent(Db& db, MessageId message, TicketId ticket, qint64 minutes)
{
    Query m(db, QStringLiteral("UPDATE messages SET time_spent_minutes = ? WHERE id = ?"));
    m.bind(minutes).bind(message.value()).exec();
    Query t(db,
        QStringLiteral("UPDATE tickets SET time_spent_minutes = time_spent_minutes + ? WHERE id = ?"));
    t.bind(minutes).bind(ticket.value()).exec();
}

QJsonValue timeSpentSettings(Db& db, const CallContext& call)
{
    Params(call.params).rejectUnknown({});
    Query q(db, QStringLiteral("SELECT id, time_spent_required FROM queues ORDER BY id"));
    q.exec();
    QJsonArray items;
    while (q.next())
        items.append(settingJson(q.int64(0), q.value(1).toInt() == 1));
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue configureTimeSpent(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("queueId"), QStringLiteral("required") });
    const QueueId queue(params.requiredId(QStringLiteral("queueId")));
    if (!params.has(QStringLiteral("required")))
        throw RpcException(rpc::Error::invalidParams(QStringLiteral("required"), QStringLiteral("required")));
    const bool required = params.optionalBool(QStringLiteral("required"), false);
    if (!queueExists(db, queue))
        throw RpcException(rpc::Error::notFound(QStringLiteral("queue %1").arg(queue.value())));
    Query q(db, QStringLiteral("UPDATE queues SET time_spent_required = ? WHERE id = ?"));
    q.bind(required ? 1 : 0).bind(queue.value()).exec();
    const QJsonObject setting = settingJson(queue.value(), required);
    appendAudit(db, AuditEntry { 0, 0, call.principal.userId, call.address,
                        QString(method::TimeSpentConfigure), QStringLiteral("queue"), queue.value(), setting });
    return setting;
}

QJsonValue timeSpentReport(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("since"), QStringLiteral("until") });
    const auto since = params.optionalTimeMs(QStringLiteral("since"));
    const auto until = params.optionalTimeMs(QStringLiteral("until"));
    if (!since || !until)
        throw RpcException(rpc::Error::invalidParams(
            since ? QStringLiteral("until") : QStringLiteral("since"), QStringLiteral("required")));
    if (*until <= *since || *until - *since > kMaxReportDays * 86'400'000)
        validationError(QStringLiteral("until"),
            QStringLiteral("must be after since, at most %1 days later").arg(kMaxReportDays));
    // The messages with minutes in the range (messages_time_spent), summed here per month
    // (UTC), agent and organisation: one query for both backends.
    Query q(db,
        QStringLiteral("SELECT m.created_at, m.author_id, t.customer_id, m.time_spent_minutes "
                       "FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                       "WHERE m.time_spent_minutes IS NOT NULL AND m.created_at >= ? "
                       "AND m.created_at < ?"));
    q.bind(*since).bind(*until).exec();
    using Key = std::tuple<QString, qint64, qint64>; // month, user, organisation (0: none)
    QMap<Key, qint64> sums;
    qint64 total = 0;
    while (q.next()) {
        const QString month = QDateTime::fromMSecsSinceEpoch(q.int64(0), Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        sums[Key { month, q.int64(1), q.isNull(2) ? 0 : q.int64(2) }] += q.int64(3);
        total += q.int64(3);
    }
    QJsonArray items;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const auto& [month, user, customer] = it.key();
        items.append(QJsonObject { { QStringLiteral("month"), month },
            { QStringLiteral("userId"), double(user) },
            { QStringLiteral("customerId"), customer ? QJsonValue(double(customer)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("minutes"), double(it.value()) } });
    }
    return QJsonObject { { QStringLiteral("items"), items }, { QStringLiteral("totalMinutes"), double(total) } };
}

} // namespace helpdesk::server::sla
