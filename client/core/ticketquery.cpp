// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketquery.h"

#include <QJsonArray>

namespace helpdesk::client {

namespace {

template<typename IdType>
void insertIdFilter(QJsonObject& object, const QString& key, const IdFilter<IdType>& filter)
{
    if (filter.mode == IdFilter<IdType>::Mode::IsNull)
        object.insert(key, QJsonValue::Null);
    else if (filter.mode == IdFilter<IdType>::Mode::Equals)
        object.insert(key, filter.id.value());
}

template<typename T> int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// SQLite compares TEXT with the BINARY collation, i.e. the UTF-8 bytes; QString::compare would
// order by UTF-16 code units, which differs for characters above U+FFFF.
int compareSubjects(const QString& a, const QString& b)
{
    if (a == b)
        return 0;
    const QByteArray ua = a.toUtf8();
    const QByteArray ub = b.toUtf8();
    return compareValues(ua, ub);
}

template<typename IdType> qint64 idOrZero(const std::optional<IdType>& id)
{
    return id ? id->value() : 0; // ids are positive
}

int compareField(TicketSortField field, const Ticket& a, const Ticket& b)
{
    switch (field) {
    case TicketSortField::UpdatedAt:
        return compareValues(a.updatedAt.toMSecsSinceEpoch(), b.updatedAt.toMSecsSinceEpoch());
    case TicketSortField::CreatedAt:
        return compareValues(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
    case TicketSortField::Id:
        return 0; // the id tie-break below does it
    case TicketSortField::Priority:
        // The schema stores the enum's value, so enum order is the server's order.
        return compareValues(int(a.priority), int(b.priority));
    case TicketSortField::Status:
        return compareValues(int(a.status), int(b.status));
    case TicketSortField::Subject:
        return compareSubjects(a.subject, b.subject);
    case TicketSortField::AssigneeId:
        // Unassigned (NULL) before every user ascending, after them descending, as the server.
        return compareValues(idOrZero(a.assigneeId), idOrZero(b.assigneeId));
    case TicketSortField::QueueId:
        return compareValues(idOrZero(a.queueId), idOrZero(b.queueId));
    }
    return 0;
}

} // namespace

QString toString(TicketSortField field)
{
    switch (field) {
    case TicketSortField::UpdatedAt:
        return QStringLiteral("updatedAt");
    case TicketSortField::CreatedAt:
        return QStringLiteral("createdAt");
    case TicketSortField::Id:
        return QStringLiteral("id");
    case TicketSortField::Priority:
        return QStringLiteral("priority");
    case TicketSortField::Status:
        return QStringLiteral("status");
    case TicketSortField::Subject:
        return QStringLiteral("subject");
    case TicketSortField::AssigneeId:
        return QStringLiteral("assigneeId");
    case TicketSortField::QueueId:
        return QStringLiteral("queueId");
    }
    return QString();
}

QJsonArray statusNames(const QVector<TicketStatus>& statuses)
{
    QJsonArray names;
    for (TicketStatus status : statuses)
        names.append(toString(status));
    return names;
}

QJsonObject TicketQuery::filterJson() const
{
    QJsonObject filter;
    if (!statuses.isEmpty())
        filter.insert(QStringLiteral("status"), statusNames(statuses));
    insertIdFilter(filter, QStringLiteral("queueId"), queue);
    insertIdFilter(filter, QStringLiteral("assigneeId"), assignee);
    insertIdFilter(filter, QStringLiteral("customerId"), customer);
    if (requester)
        filter.insert(QStringLiteral("requesterId"), requester->value());
    if (!tag.trimmed().isEmpty())
        filter.insert(QStringLiteral("tag"), tag.trimmed());
    if (overdue)
        filter.insert(QStringLiteral("overdue"), true);
    if (dueWithinMinutes > 0)
        filter.insert(QStringLiteral("dueWithinMinutes"), dueWithinMinutes);
    return filter;
}

QJsonObject TicketQuery::sortJson() const
{
    return QJsonObject {
        { QStringLiteral("field"), toString(sortField) },
        { QStringLiteral("order"),
            sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc") },
    };
}

namespace {
template<typename IdType> IdFilter<IdType> idFilterFrom(const QJsonObject& filter, const char* key)
{
    const QJsonValue value = filter.value(QLatin1String(key));
    if (value.isNull())
        return IdFilter<IdType>::isNull();
    if (value.isDouble())
        return IdFilter<IdType>::equals(IdType(value.toInteger()));
    return IdFilter<IdType>::any();
}
} // namespace

TicketQuery TicketQuery::fromJson(const QJsonObject& filter, const QJsonObject& sort)
{
    TicketQuery query;
    for (const QJsonValue& name : filter.value(QLatin1String("status")).toArray()) {
        if (const auto status = statusFromString(name.toString()))
            query.statuses << *status;
    }
    query.queue = idFilterFrom<QueueId>(filter, "queueId");
    query.assignee = idFilterFrom<UserId>(filter, "assigneeId");
    query.customer = idFilterFrom<CustomerId>(filter, "customerId");
    if (filter.value(QLatin1String("requesterId")).isDouble())
        query.requester = UserId(filter.value(QLatin1String("requesterId")).toInteger());
    query.tag = filter.value(QLatin1String("tag")).toString();
    const QString field = sort.value(QLatin1String("field")).toString();
    for (const auto candidate : { TicketSortField::UpdatedAt, TicketSortField::CreatedAt,
             TicketSortField::Id, TicketSortField::Priority, TicketSortField::Status,
             TicketSortField::Subject }) {
        if (toString(candidate) == field)
            query.sortField = candidate;
    }
    if (sort.value(QLatin1String("order")) == QLatin1String("asc"))
        query.sortOrder = Qt::AscendingOrder;
    return query;
}

QJsonObject TicketQuery::listParams(qint64 offset, int limit) const
{
    QJsonObject params {
        { QStringLiteral("sort"), sortJson() },
        { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), limit },
    };
    const QJsonObject filter = filterJson();
    if (!filter.isEmpty())
        params.insert(QStringLiteral("filter"), filter);
    return params;
}

bool TicketQuery::matches(const Ticket& ticket) const
{
    if (!statuses.isEmpty() && !statuses.contains(ticket.status))
        return false;
    if (!queue.matches(ticket.queueId) || !assignee.matches(ticket.assigneeId)
        || !customer.matches(ticket.customerId))
        return false;
    if (requester && ticket.requesterId != *requester)
        return false;
    if (overdue || dueWithinMinutes > 0) {
        // As the server: the earliest running due time (null while paused or done).
        const QDateTime due = ticket.sla ? ticket.sla->dueAt : QDateTime();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!due.isValid() || (overdue && due >= now))
            return false;
        if (dueWithinMinutes > 0 && (due < now || due >= now.addSecs(dueWithinMinutes * 60)))
            return false;
    }
    const QString wanted = tag.trimmed();
    return wanted.isEmpty() || ticket.tags.contains(wanted);
}

bool TicketQuery::lessThan(const Ticket& a, const Ticket& b) const
{
    int order = compareField(sortField, a, b);
    if (order == 0)
        order = compareValues(a.id.value(), b.id.value());
    return sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool TicketQuery::sameFilter(const TicketQuery& other) const
{
    return statuses == other.statuses && queue == other.queue && assignee == other.assignee
        && customer == other.customer && requester == other.requester
        && tag.trimmed() == other.tag.trimmed() && overdue == other.overdue
        && dueWithinMinutes == other.dueWithinMinutes;
}

bool operator==(const TicketQuery& a, const TicketQuery& b)
{
    return a.sameFilter(b) && a.sortField == b.sortField && a.sortOrder == b.sortOrder;
}

} // namespace helpdesk::client
