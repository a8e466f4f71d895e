// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfilter.h"

#include "rpc/params.h"
#include "storage/db.h"

namespace helpdesk::server::tickets {

void TicketFilter::add(const QString& clause, const QVariantList& clauseValues)
{
    clauses << clause;
    values << clauseValues;
}

QString TicketFilter::where() const
{
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString TicketFilter::andClauses() const
{
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND "));
}

namespace {

void addIdFilter(
    TicketFilter& filter, const Params& params, const QString& name, const QString& column)
{
    if (!params.has(name))
        return;
    if (params.isNull(name)) {
        filter.add(column + QStringLiteral(" IS NULL"));
        return;
    }
    filter.add(column + QStringLiteral(" = ?"), { params.requiredId(name) });
}

// The SLA views: a running target overdue, or due within the next N minutes (and not yet
// overdue); both read tickets_sla_due (sla_due_at is null unless a target runs).
void addSlaFilter(TicketFilter& filter, const Params& params)
{
    constexpr qint64 kMaxDueWithin = 7 * 24 * 60;
    const qint64 now = nowMs();
    if (params.optionalBool(QStringLiteral("overdue"), false))
        filter.add(QStringLiteral("t.sla_due_at < ?"), { now });
    if (const auto minutes = params.optionalInt(QStringLiteral("dueWithinMinutes"))) {
        if (*minutes < 1 || *minutes > kMaxDueWithin)
            validationError(QStringLiteral("filter.dueWithinMinutes"),
                QStringLiteral("must be 1 to %1").arg(kMaxDueWithin));
        filter.add(QStringLiteral("t.sla_due_at >= ? AND t.sla_due_at < ?"),
            { now, now + *minutes * 60'000 });
    }
}

} // namespace

void addCustomerScope(TicketFilter& filter, const Principal& principal)
{
    if (!principal.isCustomer())
        return;
    filter.add(QStringLiteral("t.customer_id = ?"),
        { principal.customerId ? principal.customerId->value() : qint64(0) });
    if (principal.contactRole && *principal.contactRole != ContactRole::Owner)
        filter.add(QStringLiteral("(t.requester_id = ? OR t.queue_id IN "
                                  "(SELECT q.id FROM queues q WHERE q.kind = ?))"),
            { principal.userId.value(), toString(*principal.contactRole) });
}

TicketFilter ticketFilter(const CallContext& call, const QStringList& otherKeys)
{
    TicketFilter filter;
    const Params params(call.params);
    if (call.principal.isCustomer())
        addCustomerScope(filter, call.principal);
    const auto object = params.optionalObject(QStringLiteral("filter"));
    if (!object)
        return filter;
    const Params f(*object, QStringLiteral("filter."));
    f.rejectUnknown(QStringList { QStringLiteral("status"), QStringLiteral("queueId"),
                        QStringLiteral("assigneeId"), QStringLiteral("customerId"),
                        QStringLiteral("tag"), QStringLiteral("requesterId"),
                        QStringLiteral("overdue"), QStringLiteral("dueWithinMinutes") }
        + otherKeys);
    if (const auto statuses = f.optionalStringList(QStringLiteral("status"))) {
        QVariantList codes;
        for (const QString& text : *statuses) {
            const auto status = statusFromString(text);
            if (!status)
                validationError(
                    QStringLiteral("filter.status"), QStringLiteral("unknown status %1").arg(text));
            if (!codes.contains(int(*status)))
                codes << int(*status);
        }
        if (codes.isEmpty())
            validationError(
                QStringLiteral("filter.status"), QStringLiteral("must name at least one status"));
        QStringList marks;
        for (int i = 0; i < codes.size(); ++i)
            marks << QStringLiteral("?");
        filter.add(QStringLiteral("t.status IN (%1)").arg(marks.join(QLatin1Char(','))), codes);
    }
    addIdFilter(filter, f, QStringLiteral("queueId"), QStringLiteral("t.queue_id"));
    addIdFilter(filter, f, QStringLiteral("assigneeId"), QStringLiteral("t.assignee_id"));
    addIdFilter(filter, f, QStringLiteral("customerId"), QStringLiteral("t.customer_id"));
    if (f.has(QStringLiteral("requesterId")))
        filter.add(
            QStringLiteral("t.requester_id = ?"), { f.requiredId(QStringLiteral("requesterId")) });
    if (const auto tag = f.optionalString(QStringLiteral("tag")))
        filter.add(QStringLiteral("t.id IN (SELECT ticket_id FROM ticket_tags WHERE tag = ?)"),
            { tag->trimmed() });
    addSlaFilter(filter, f);
    return filter;
}

} // namespace helpdesk::server::tickets
