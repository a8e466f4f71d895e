// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsearch.h"

#include "ticketquery.h"

#include <QJsonArray>

#include <algorithm>

namespace helpdesk::client {

QJsonObject TicketSearch::toParams() const
{
    QJsonObject filter;
    if (!statuses.isEmpty())
        filter.insert(QStringLiteral("status"), statusNames(statuses));
    if (queue)
        filter.insert(QStringLiteral("queueId"), queue->value());
    if (customer)
        filter.insert(QStringLiteral("customerId"), customer->value());
    if (since.isValid())
        filter.insert(QStringLiteral("since"), toWireTime(since));
    if (until.isValid())
        filter.insert(QStringLiteral("until"), toWireTime(until));
    QJsonObject params { { QStringLiteral("query"), text },
        { QStringLiteral("limit"), qBound(1, limit, kMaxLimit) },
        { QStringLiteral("perTicket"), true } };
    if (!filter.isEmpty())
        params.insert(QStringLiteral("filter"), filter);
    return params;
}

bool operator==(const TicketSearch& a, const TicketSearch& b)
{
    return a.text == b.text && a.statuses == b.statuses && a.queue == b.queue
        && a.customer == b.customer && a.since == b.since && a.until == b.until
        && a.limit == b.limit;
}

std::optional<TicketSearchResult> TicketSearchResult::fromJson(
    const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    QString ticketError;
    const auto ticket
        = Ticket::fromJson(object.value(QLatin1String("ticket")).toObject(), &ticketError);
    if (!ticket)
        return fail(QStringLiteral("ticket.") + ticketError);
    if (object.value(QLatin1String("ticketId")).toInteger() != ticket->id.value())
        return fail(QStringLiteral("ticketId: not the ticket's id"));
    TicketSearchResult result;
    result.ticket = *ticket;
    const qint64 message = object.value(QLatin1String("messageId")).toInteger();
    if (message > 0)
        result.messageId = MessageId(message);
    const QJsonValue snippet = object.value(QLatin1String("snippet"));
    if (!snippet.isString())
        return fail(QStringLiteral("snippet: must be a string"));
    result.snippet = snippet.toString();
    const QJsonArray ranges = object.value(QLatin1String("highlights")).toArray();
    for (const QJsonValue& range : ranges) {
        const QJsonArray pair = range.toArray();
        if (pair.size() != 2)
            return fail(QStringLiteral("highlights: [start, length] pairs"));
        result.highlights.append({ pair.at(0).toInt(), pair.at(1).toInt() });
    }
    result.hits = qMax(1, object.value(QLatin1String("hits")).toInt(1));
    return result;
}

std::optional<QVector<TicketSearchResult>> ticketSearchResultsFromJson(
    const QJsonValue& value, QString* error)
{
    const QJsonValue items = value.toObject().value(QLatin1String("items"));
    if (!items.isArray()) {
        if (error)
            *error = QStringLiteral("items: must be an array");
        return std::nullopt;
    }
    QVector<TicketSearchResult> results;
    const QJsonArray array = items.toArray();
    results.reserve(array.size());
    for (const QJsonValue& item : array) {
        auto result = TicketSearchResult::fromJson(item.toObject(), error);
        if (!result)
            return std::nullopt;
        results.append(std::move(*result));
    }
    return results;
}

QVector<QPair<int, int>> normalisedHighlights(const QVector<QPair<int, int>>& ranges, int length)
{
    QVector<QPair<int, int>> clamped;
    for (const auto& [start, size] : ranges) {
        const int from = qBound(0, start, length);
        const int to = int(qBound(qint64(from), qint64(start) + qMax(0, size), qint64(length)));
        if (to > from)
            clamped.append({ from, to - from });
    }
    std::sort(clamped.begin(), clamped.end());
    QVector<QPair<int, int>> merged;
    for (const auto& range : std::as_const(clamped)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            const int end
                = qMax(merged.last().first + merged.last().second, range.first + range.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace helpdesk::client
