// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfilter.h"

#include "directory/directorystore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"

namespace helpdesk::server::reports {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kMaxReportDays = 3660;

[[noreturn]] void notFound(const QString& what)
{
    throw RpcException(rpc::Error::notFound(what));
}

bool isMember(Db& db, QueueId queue, UserId user)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM queue_members WHERE queue_id = ? AND user_id = ?"));
    return q.bind(queue.value()).bind(user.value()).scalar().toLongLong() > 0;
}

} // namespace

QString ReportFilter::where(const QString& prefix) const
{
    QString sql;
    if (queue)
        sql += QStringLiteral(" AND %1queue_id = ?").arg(prefix);
    if (customer)
        sql += QStringLiteral(" AND %1customer_id = ?").arg(prefix);
    if (agent)
        sql += QStringLiteral(" AND %1assignee_id = ?").arg(prefix);
    return sql;
}

QVariantList ReportFilter::values() const
{
    QVariantList values;
    if (queue)
        values << queue->value();
    if (customer)
        values << customer->value();
    if (agent)
        values << agent->value();
    return values;
}

ReportFilter parseFilter(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("queueId"),
        QStringLiteral("customerId"), QStringLiteral("agentId") });
    const auto since = params.optionalTimeMs(QStringLiteral("since"));
    const auto until = params.optionalTimeMs(QStringLiteral("until"));
    if (!since || !until)
        throw RpcException(rpc::Error::invalidParams(
            since ? QStringLiteral("until") : QStringLiteral("since"), QStringLiteral("required")));
    if (*until <= *since || *until - *since > kMaxReportDays * kDayMs)
        validationError(QStringLiteral("until"),
            QStringLiteral("must be after since, at most %1 days later").arg(kMaxReportDays));
    ReportFilter filter;
    filter.since = *since;
    filter.until = *until;
    if (const auto id = params.optionalId(QStringLiteral("queueId")))
        filter.queue = QueueId(*id);
    if (const auto id = params.optionalId(QStringLiteral("customerId")))
        filter.customer = CustomerId(*id);
    if (const auto id = params.optionalId(QStringLiteral("agentId")))
        filter.agent = UserId(*id);

    const Principal& me = call.principal;
    if (me.role == Role::Agent) {
        if (filter.agent && *filter.agent != me.userId)
            throw RpcException(rpc::Error::forbidden(QStringLiteral("agents see their own figures only")));
        if (filter.queue && !isMember(db, *filter.queue, me.userId))
            throw RpcException(rpc::Error::forbidden(QStringLiteral("not a member of this queue")));
        filter.agent = me.userId;
    }
    if (filter.queue && !queueExists(db, *filter.queue))
        notFound(QStringLiteral("queue %1").arg(filter.queue->value()));
    if (filter.customer && !findCustomer(db, *filter.customer))
        notFound(QStringLiteral("customer %1").arg(filter.customer->value()));
    if (filter.agent) {
        const auto user = findUser(db, *filter.agent);
        if (!user || !isStaff(user->role))
            notFound(QStringLiteral("agent %1").arg(filter.agent->value()));
    }
    return filter;
}

} // namespace helpdesk::server::reports
