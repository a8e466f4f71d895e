// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitypes.h"

#include <QJsonArray>

namespace helpdesk::client {

namespace {

QJsonValue idOrNull(qint64 value, bool set)
{
    return set ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

// Reads an array of domain objects; the first bad element fails the whole array, because a
// half-read thread would silently hide messages.
template<typename T>
bool readArray(const QJsonValue& value, const char* key, QVector<T>* out, QString* error)
{
    if (!value.isArray()) {
        if (error)
            *error = QStringLiteral("%1: must be an array").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray array = value.toArray();
    out->reserve(array.size());
    for (const QJsonValue& item : array) {
        QString itemError;
        const std::optional<T> parsed = T::fromJson(item.toObject(), &itemError);
        if (!parsed) {
            if (error)
                *error = QStringLiteral("%1[]: %2").arg(QLatin1String(key), itemError);
            return false;
        }
        out->append(*parsed);
    }
    return true;
}

} // namespace

std::optional<TicketDetails> TicketDetails::fromJson(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    TicketDetails details;
    const auto ticket = Ticket::fromJson(object.value(QLatin1String("ticket")).toObject(), error);
    if (!ticket)
        return std::nullopt;
    details.ticket = *ticket;
    if (!readArray(object.value(QLatin1String("messages")), "messages", &details.messages, error))
        return std::nullopt;
    // Older servers may not send the history; an absent list is no error.
    const QJsonValue events = object.value(QLatin1String("events"));
    if (!events.isUndefined() && !readArray(events, "events", &details.events, error))
        return std::nullopt;
    details.request = object.value(QLatin1String("request")).toObject();
    return details;
}

std::optional<TicketPage> TicketPage::fromJson(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    TicketPage page;
    const QJsonValue total = object.value(QLatin1String("total"));
    if (!total.isDouble()) {
        if (error)
            *error = QStringLiteral("total: must be a number");
        return std::nullopt;
    }
    page.total = total.toInteger();
    if (!readArray(object.value(QLatin1String("items")), "items", &page.items, error))
        return std::nullopt;
    return page;
}

QJsonObject NewTicket::toJson() const
{
    QJsonObject object { { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body } };
    if (priority)
        object.insert(QStringLiteral("priority"), toString(*priority));
    if (queueId)
        object.insert(QStringLiteral("queueId"), queueId->value());
    if (customerId)
        object.insert(QStringLiteral("customerId"), customerId->value());
    if (requesterId)
        object.insert(QStringLiteral("requesterId"), requesterId->value());
    if (assigneeId)
        object.insert(QStringLiteral("assigneeId"), assigneeId->value());
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!idempotencyKey.isEmpty())
        object.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    if (call)
        object.insert(QStringLiteral("call"), call->toJson());
    if (requestTypeId) {
        object.insert(QStringLiteral("requestTypeId"), *requestTypeId);
        object.insert(QStringLiteral("fields"), fields);
    }
    return object;
}

QJsonObject CallLog::toJson() const
{
    QJsonObject object { { QStringLiteral("direction"), toString(direction) },
        { QStringLiteral("durationSeconds"), durationSeconds } };
    if (callerId)
        object.insert(QStringLiteral("callerId"), callerId->value());
    return object;
}

std::optional<CallLog> CallLog::fromJson(const QJsonObject& object)
{
    CallLog call;
    const qint64 caller = object.value(QLatin1String("callerId")).toInteger();
    if (caller > 0)
        call.callerId = UserId(caller);
    const auto direction
        = callDirectionFromString(object.value(QLatin1String("direction")).toString());
    const qint64 duration = object.value(QLatin1String("durationSeconds")).toInteger(-1);
    if (!direction || duration < 0)
        return std::nullopt;
    call.direction = *direction;
    call.durationSeconds = duration;
    return call;
}

QJsonArray attachmentIdsJson(const QVector<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(double(id));
    return array;
}

QVector<qint64> attachmentIdsFromJson(const QJsonValue& value)
{
    QVector<qint64> ids;
    for (const QJsonValue& id : value.toArray())
        ids << id.toInteger();
    return ids;
}

QJsonObject NewMessage::toJson() const
{
    QJsonObject object { { QStringLiteral("ticketId"), ticketId.value() },
        { QStringLiteral("body"), body } };
    if (internal)
        object.insert(QStringLiteral("internal"), true);
    if (status)
        object.insert(QStringLiteral("status"), toString(*status));
    if (call)
        object.insert(QStringLiteral("call"), call->toJson());
    if (timeSpentMinutes)
        object.insert(QStringLiteral("timeSpentMinutes"), *timeSpentMinutes);
    if (sendMail)
        object.insert(QStringLiteral("sendMail"), *sendMail);
    if (!idempotencyKey.isEmpty())
        object.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    if (!attachmentIds.isEmpty())
        object.insert(QStringLiteral("attachmentIds"), attachmentIdsJson(attachmentIds));
    if (!cc.isEmpty())
        object.insert(QStringLiteral("cc"), attachmentIdsJson(cc)); // an id array as well
    if (lastSeenMessageId > 0)
        object.insert(QStringLiteral("lastSeenMessageId"), lastSeenMessageId);
    if (force)
        object.insert(QStringLiteral("force"), true);
    return object;
}

std::optional<Signature> Signature::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    Signature signature;
    const QJsonValue user = object.value(QLatin1String("userId"));
    const QJsonValue queue = object.value(QLatin1String("queueId"));
    if (user.isDouble() && user.toInteger() > 0)
        signature.userId = UserId(user.toInteger());
    else if (!user.isNull() && !user.isUndefined())
        return fail(QStringLiteral("userId: must be an id or null"));
    if (queue.isDouble() && queue.toInteger() > 0)
        signature.queueId = QueueId(queue.toInteger());
    else if (!queue.isNull() && !queue.isUndefined())
        return fail(QStringLiteral("queueId: must be an id or null"));
    if (!signature.userId == !signature.queueId)
        return fail(QStringLiteral("userId, queueId: exactly one must be set"));
    const QJsonValue locale = object.value(QLatin1String("locale"));
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!locale.isString())
        return fail(QStringLiteral("locale: must be a string"));
    if (!text.isString())
        return fail(QStringLiteral("text: must be a string"));
    signature.locale = locale.toString();
    signature.text = text.toString();
    signature.updatedAt = fromWireTime(object.value(QLatin1String("updatedAt")).toString());
    return signature;
}

TicketChanges& TicketChanges::setSubject(const QString& subject)
{
    m_json.insert(QStringLiteral("subject"), subject);
    return *this;
}

TicketChanges& TicketChanges::setStatus(TicketStatus status)
{
    m_json.insert(QStringLiteral("status"), toString(status));
    return *this;
}

TicketChanges& TicketChanges::setPriority(Priority priority)
{
    m_json.insert(QStringLiteral("priority"), toString(priority));
    return *this;
}

TicketChanges& TicketChanges::setQueue(std::optional<QueueId> queue)
{
    m_json.insert(
        QStringLiteral("queueId"), idOrNull(queue ? queue->value() : 0, queue.has_value()));
    return *this;
}

TicketChanges& TicketChanges::setAssignee(std::optional<UserId> assignee)
{
    m_json.insert(QStringLiteral("assigneeId"),
        idOrNull(assignee ? assignee->value() : 0, assignee.has_value()));
    return *this;
}

TicketChanges& TicketChanges::setCustomer(std::optional<CustomerId> customer)
{
    m_json.insert(QStringLiteral("customerId"),
        idOrNull(customer ? customer->value() : 0, customer.has_value()));
    return *this;
}

TicketChanges& TicketChanges::setTags(const QStringList& tags)
{
    m_json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return *this;
}

std::optional<QVector<SearchHit>> searchHitsFromJson(const QJsonValue& value)
{
    const QJsonValue items = value.toObject().value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    QVector<SearchHit> hits;
    const QJsonArray array = items.toArray();
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        const qint64 ticket = object.value(QLatin1String("ticketId")).toInteger();
        if (ticket <= 0)
            return std::nullopt;
        SearchHit hit;
        hit.ticketId = TicketId(ticket);
        const qint64 message = object.value(QLatin1String("messageId")).toInteger();
        if (message > 0)
            hit.messageId = MessageId(message);
        hit.snippet = object.value(QLatin1String("snippet")).toString();
        hits.append(hit);
    }
    return hits;
}

std::optional<Ticket> conflictCurrent(const rpc::Error& error)
{
    if (error.code != rpc::Conflict)
        return std::nullopt;
    return Ticket::fromJson(error.data.toObject().value(QLatin1String("current")).toObject());
}

} // namespace helpdesk::client
