// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace helpdesk {

namespace {

// Largest integer a JSON number carries exactly in every implementation (IEEE double).
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const QString& text, const QLatin1String (&names)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

// Indexed by the enum's value; the order must match the declarations in types.h.
const QLatin1String kRoleNames[] = { QLatin1String("admin"), QLatin1String("lead"),
    QLatin1String("agent"), QLatin1String("customer") };
const QLatin1String kContactRoleNames[]
    = { QLatin1String("owner"), QLatin1String("technical"), QLatin1String("billing") };
const QLatin1String kStatusNames[] = { QLatin1String("new"), QLatin1String("open"),
    QLatin1String("pending"), QLatin1String("resolved"), QLatin1String("closed") };
const QLatin1String kPriorityNames[] = { QLatin1String("low"), QLatin1String("normal"),
    QLatin1String("high"), QLatin1String("urgent") };
const QLatin1String kChannelNames[] = { QLatin1String("client"), QLatin1String("phone"),
    QLatin1String("email"), QLatin1String("alert") };
const QLatin1String kCallDirectionNames[]
    = { QLatin1String("inbound"), QLatin1String("outbound") };

std::optional<qint64> exactInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number
        || std::fabs(number) > double(kMaxExactInteger))
        return std::nullopt;
    // Integers parsed from text are kept as qint64 by Qt; toInteger() avoids the rounding that
    // toDouble() applies to them (2^53 + 1 must not pass as 2^53).
    const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
    if (integer < -kMaxExactInteger || integer > kMaxExactInteger)
        return std::nullopt;
    return integer;
}

// Reads the known fields of one object. The first problem wins and is reported as
// "field: reason"; later reads after a failure return defaults and are ignored. Nullable
// fields may be absent (read as null); every other field is required.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString* error)
        : m_object(object)
        , m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    QString string(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!present(key, value))
            return QString();
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return QString();
        }
        return value.toString();
    }

    bool boolean(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!present(key, value))
            return false;
        if (!value.isBool()) {
            fail(key, QStringLiteral("must be a boolean"));
            return false;
        }
        return value.toBool();
    }

    qint64 positive(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!present(key, value))
            return 0;
        const std::optional<qint64> number = exactInteger(value);
        if (!number || *number <= 0) {
            fail(key, QStringLiteral("must be a positive integer"));
            return 0;
        }
        return *number;
    }

    template<typename IdType> IdType id(const char* key) { return IdType(positive(key)); }

    template<typename IdType> std::optional<IdType> nullableId(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const std::optional<qint64> number = exactInteger(value);
        if (!number || *number <= 0) {
            fail(key, QStringLiteral("must be null or a positive integer"));
            return std::nullopt;
        }
        return IdType(*number);
    }

    template<typename Enum, typename Parse>
    std::optional<Enum> enumeration(const char* key, Parse parse, bool nullable = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (nullable && (value.isUndefined() || value.isNull()))
            return std::nullopt;
        if (!present(key, value))
            return std::nullopt;
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        const std::optional<Enum> result = parse(value.toString());
        if (!result) {
            fail(key, QStringLiteral("unknown value"));
            return std::nullopt;
        }
        return result;
    }

    QDateTime time(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!present(key, value))
            return QDateTime();
        const QDateTime time = value.isString() ? fromWireTime(value.toString()) : QDateTime();
        if (!time.isValid()) {
            fail(key, QStringLiteral("must be an ISO 8601 time with offset"));
            return QDateTime();
        }
        return time;
    }

    QStringList strings(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!present(key, value))
            return QStringList();
        QStringList list;
        bool allStrings = value.isArray();
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue& item : array) {
            allStrings = allStrings && item.isString();
            list.append(item.toString());
        }
        if (!allStrings) {
            fail(key, QStringLiteral("must be an array of strings"));
            return QStringList();
        }
        return list;
    }

    // Any JSON value; absent reads as null (event values may legitimately be null).
    QJsonValue any(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    }

    void fail(const char* key, const QString& reason)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = QStringLiteral("%1: %2").arg(QLatin1String(key), reason);
    }

private:
    bool present(const char* key, const QJsonValue& value)
    {
        if (!m_ok)
            return false;
        if (value.isUndefined()) {
            fail(key, QStringLiteral("missing"));
            return false;
        }
        return true;
    }

    const QJsonObject& m_object;
    QString* m_error;
    bool m_ok = true;
};

template<typename IdType> QJsonValue nullableIdJson(const std::optional<IdType>& id)
{
    return id ? QJsonValue(id->value()) : QJsonValue(QJsonValue::Null);
}

QJsonValue definedOrNull(const QJsonValue& value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

QString toString(Role role)
{
    return kRoleNames[int(role)];
}

QString toString(ContactRole role)
{
    return kContactRoleNames[int(role)];
}

QString toString(TicketStatus status)
{
    return kStatusNames[int(status)];
}

QString toString(Priority priority)
{
    return kPriorityNames[int(priority)];
}

std::optional<Role> roleFromString(const QString& text)
{
    return lookup<Role>(text, kRoleNames);
}

std::optional<ContactRole> contactRoleFromString(const QString& text)
{
    return lookup<ContactRole>(text, kContactRoleNames);
}

std::optional<TicketStatus> statusFromString(const QString& text)
{
    return lookup<TicketStatus>(text, kStatusNames);
}

std::optional<Priority> priorityFromString(const QString& text)
{
    return lookup<Priority>(text, kPriorityNames);
}

QString toString(Channel channel)
{
    return kChannelNames[int(channel)];
}

QString toString(CallDirection direction)
{
    return kCallDirectionNames[int(direction)];
}

std::optional<Channel> channelFromString(const QString& text)
{
    return lookup<Channel>(text, kChannelNames);
}

std::optional<CallDirection> callDirectionFromString(const QString& text)
{
    return lookup<CallDirection>(text, kCallDirectionNames);
}

QJsonObject Service::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), double(id) }, { QStringLiteral("kind"), kind },
        { QStringLiteral("name"), name }, { QStringLiteral("details"), details } };
}

std::optional<Service> Service::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    Service service;
    service.id = reader.positive("id");
    service.kind = reader.string("kind");
    service.name = reader.string("name");
    service.details = reader.string("details");
    return reader.ok() ? std::optional<Service>(service) : std::nullopt;
}

QJsonObject Customer::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id.value() }, { QStringLiteral("name"), name },
        { QStringLiteral("language"), language.isNull() ? QStringLiteral("") : language },
        { QStringLiteral("notes"), notes.isNull() ? QStringLiteral("") : notes },
        { QStringLiteral("mailDomain"), mailDomain.isNull() ? QStringLiteral("") : mailDomain } };
    if (services) {
        QJsonArray list;
        for (const Service& service : *services)
            list.append(service.toJson());
        json.insert(QStringLiteral("services"), list);
    }
    return json;
}

std::optional<Customer> Customer::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    Customer customer;
    customer.id = reader.id<CustomerId>("id");
    customer.name = reader.string("name");
    // Newer fields: absent from servers before schema step 10.
    if (object.contains(QLatin1String("language")))
        customer.language = reader.string("language");
    if (object.contains(QLatin1String("notes")))
        customer.notes = reader.string("notes");
    if (object.contains(QLatin1String("mailDomain")))
        customer.mailDomain = reader.string("mailDomain");
    const QJsonValue services = object.value(QLatin1String("services"));
    if (reader.ok() && services.isArray()) {
        QVector<Service> list;
        for (const QJsonValue& value : services.toArray()) {
            QString serviceError;
            const auto service = Service::fromJson(value.toObject(), &serviceError);
            if (!service) {
                reader.fail("services", serviceError);
                break;
            }
            list << *service;
        }
        customer.services = list;
    } else if (!services.isUndefined() && !services.isArray()) {
        reader.fail("services", QStringLiteral("must be an array"));
    }
    return reader.ok() ? std::optional<Customer>(customer) : std::nullopt;
}

bool Queue::hasMember(UserId user) const
{
    return std::any_of(members.cbegin(), members.cend(),
        [user](const QueueMember& member) { return member.userId == user; });
}

bool Queue::isLead(UserId user) const
{
    return std::any_of(members.cbegin(), members.cend(),
        [user](const QueueMember& member) { return member.userId == user && member.lead; });
}

QJsonObject Queue::toJson() const
{
    QJsonArray memberList;
    for (const QueueMember& member : members)
        memberList.append(QJsonObject { { QStringLiteral("userId"), member.userId.value() },
            { QStringLiteral("lead"), member.lead } });
    return QJsonObject { { QStringLiteral("id"), id.value() }, { QStringLiteral("name"), name },
        { QStringLiteral("kind"), kind }, { QStringLiteral("archived"), archived() },
        { QStringLiteral("archivedAt"),
            archived() ? QJsonValue(toWireTime(archivedAt)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("members"), memberList }, { QStringLiteral("assignMode"), assignMode },
        { QStringLiteral("reassignAfterMinutes"),
            reassignAfterMinutes ? QJsonValue(*reassignAfterMinutes)
                                 : QJsonValue(QJsonValue::Null) } };
}

std::optional<Queue> Queue::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    Queue queue;
    queue.id = reader.id<QueueId>("id");
    queue.name = reader.string("name");
    // The fields of schema step 12 and later are optional: older servers did not send them.
    if (object.value(QLatin1String("kind")).isString())
        queue.kind = object.value(QLatin1String("kind")).toString();
    if (object.value(QLatin1String("archivedAt")).isString())
        queue.archivedAt = fromWireTime(object.value(QLatin1String("archivedAt")).toString());
    if (object.value(QLatin1String("assignMode")).isString())
        queue.assignMode = object.value(QLatin1String("assignMode")).toString();
    if (object.value(QLatin1String("reassignAfterMinutes")).isDouble())
        queue.reassignAfterMinutes = object.value(QLatin1String("reassignAfterMinutes")).toInt();
    const QJsonArray memberList = object.value(QLatin1String("members")).toArray();
    for (const QJsonValue& value : memberList) {
        const QJsonObject member = value.toObject();
        const qint64 user = member.value(QLatin1String("userId")).toInteger();
        if (user > 0)
            queue.members << QueueMember { UserId(user),
                member.value(QLatin1String("lead")).toBool() };
    }
    return reader.ok() ? std::optional<Queue>(queue) : std::nullopt;
}

QJsonObject User::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id.value() },
        { QStringLiteral("login"), login },
        { QStringLiteral("name"), name },
        { QStringLiteral("role"), toString(role) },
        { QStringLiteral("locale"), locale.isNull() ? QStringLiteral("") : locale },
        { QStringLiteral("customerId"), nullableIdJson(customerId) },
        { QStringLiteral("contactRole"),
            contactRole ? QJsonValue(toString(*contactRole)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("email"), email.isNull() ? QStringLiteral("") : email },
        { QStringLiteral("phone"), phone.isNull() ? QStringLiteral("") : phone },
        { QStringLiteral("enabled"), enabled },
    };
}

std::optional<User> User::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    User user;
    user.id = reader.id<UserId>("id");
    user.login = reader.string("login");
    user.name = reader.string("name");
    user.role = reader.enumeration<Role>("role", roleFromString).value_or(Role::Agent);
    user.locale = reader.string("locale");
    user.customerId = reader.nullableId<CustomerId>("customerId");
    user.contactRole = reader.enumeration<ContactRole>("contactRole", contactRoleFromString, true);
    // Newer fields: absent from older servers.
    if (object.contains(QLatin1String("email")))
        user.email = reader.string("email");
    if (object.contains(QLatin1String("phone")))
        user.phone = reader.string("phone");
    if (object.contains(QLatin1String("enabled")))
        user.enabled = reader.boolean("enabled");
    // The wire contract ties the organisation fields to the role; a mix is no valid user.
    if (reader.ok() && isStaff(user.role)) {
        if (user.customerId)
            reader.fail("customerId", QStringLiteral("must be null for staff"));
        else if (user.contactRole)
            reader.fail("contactRole", QStringLiteral("must be null for staff"));
    } else if (reader.ok()) {
        if (!user.customerId)
            reader.fail("customerId", QStringLiteral("required for customer users"));
        else if (!user.contactRole)
            reader.fail("contactRole", QStringLiteral("required for customer users"));
    }
    return reader.ok() ? std::optional<User>(user) : std::nullopt;
}

QJsonObject Ticket::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id.value() },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("status"), toString(status) },
        { QStringLiteral("priority"), toString(priority) },
        { QStringLiteral("queueId"), nullableIdJson(queueId) },
        { QStringLiteral("assigneeId"), nullableIdJson(assigneeId) },
        { QStringLiteral("customerId"), nullableIdJson(customerId) },
        { QStringLiteral("requesterId"), requesterId.value() },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
        { QStringLiteral("createdAt"), toWireTime(createdAt) },
        { QStringLiteral("updatedAt"), toWireTime(updatedAt) },
        { QStringLiteral("version"), version },
        { QStringLiteral("channel"), toString(channel) },
        { QStringLiteral("mergedInto"), nullableIdJson(mergedInto) },
        { QStringLiteral("sla"), sla ? QJsonValue(sla->toJson()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("timeSpentMinutes"), timeSpentMinutes },
        { QStringLiteral("requestTypeId"), nullableIdJson(requestTypeId) },
        { QStringLiteral("approval"),
            approval.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(approval) },
    };
}

std::optional<Ticket> Ticket::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    Ticket ticket;
    ticket.id = reader.id<TicketId>("id");
    ticket.subject = reader.string("subject");
    ticket.status
        = reader.enumeration<TicketStatus>("status", statusFromString).value_or(TicketStatus::New);
    ticket.priority
        = reader.enumeration<Priority>("priority", priorityFromString).value_or(Priority::Normal);
    ticket.queueId = reader.nullableId<QueueId>("queueId");
    ticket.assigneeId = reader.nullableId<UserId>("assigneeId");
    ticket.customerId = reader.nullableId<CustomerId>("customerId");
    ticket.requesterId = reader.id<UserId>("requesterId");
    ticket.tags = reader.strings("tags");
    ticket.createdAt = reader.time("createdAt");
    ticket.updatedAt = reader.time("updatedAt");
    ticket.version = reader.positive("version");
    ticket.channel = reader.enumeration<Channel>("channel", channelFromString, true)
                         .value_or(Channel::Client);
    ticket.mergedInto = reader.nullableId<TicketId>("mergedInto");
    const QJsonValue sla = object.value(QStringLiteral("sla"));
    if (sla.isObject())
        ticket.sla = TicketSla::fromJson(sla.toObject());
    ticket.timeSpentMinutes = object.value(QStringLiteral("timeSpentMinutes")).toInteger();
    ticket.requestTypeId = reader.nullableId<RequestTypeId>("requestTypeId");
    ticket.approval = object.value(QStringLiteral("approval")).toString();
    return reader.ok() ? std::optional<Ticket>(ticket) : std::nullopt;
}

QJsonObject CallInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("callerId"), callerId.value() },
        { QStringLiteral("direction"), toString(direction) },
        { QStringLiteral("durationSeconds"), durationSeconds },
    };
}

std::optional<CallInfo> CallInfo::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    CallInfo call;
    call.callerId = reader.id<UserId>("callerId");
    call.direction = reader.enumeration<CallDirection>("direction", callDirectionFromString)
                         .value_or(CallDirection::Inbound);
    const QJsonValue duration = object.value(QStringLiteral("durationSeconds"));
    if (!duration.isUndefined()) {
        const std::optional<qint64> seconds = exactInteger(duration);
        if (!seconds || *seconds < 0)
            reader.fail("durationSeconds", QStringLiteral("must be a non-negative integer"));
        else
            call.durationSeconds = *seconds;
    }
    return reader.ok() ? std::optional<CallInfo>(call) : std::nullopt;
}

QJsonObject Message::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id.value() },
        { QStringLiteral("ticketId"), ticketId.value() },
        { QStringLiteral("authorId"), authorId.value() },
        { QStringLiteral("body"), body },
        { QStringLiteral("internal"), internal },
        { QStringLiteral("createdAt"), toWireTime(createdAt) },
        { QStringLiteral("channel"), toString(channel) },
    };
    if (call)
        json.insert(QStringLiteral("call"), call->toJson());
    if (!mailFrom.isEmpty())
        json.insert(QStringLiteral("mailFrom"), mailFrom);
    if (announcementId)
        json.insert(QStringLiteral("announcementId"), announcementId->value());
    if (!attachments.isEmpty()) {
        QJsonArray files;
        for (const Attachment& attachment : attachments)
            files.append(attachment.toJson());
        json.insert(QStringLiteral("attachments"), files);
    }
    QJsonArray copied;
    for (const UserId user : cc)
        copied.append(user.value());
    json.insert(QStringLiteral("cc"), copied);
    return json;
}

std::optional<Message> Message::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    Message message;
    message.id = reader.id<MessageId>("id");
    message.ticketId = reader.id<TicketId>("ticketId");
    message.authorId = reader.id<UserId>("authorId");
    message.body = reader.string("body");
    message.internal = reader.boolean("internal");
    message.createdAt = reader.time("createdAt");
    message.announcementId = reader.nullableId<AnnouncementId>("announcementId");
    message.channel = reader.enumeration<Channel>("channel", channelFromString, true)
                          .value_or(Channel::Client);
    const QJsonValue call = object.value(QStringLiteral("call"));
    if (reader.ok() && !call.isUndefined() && !call.isNull()) {
        QString callError;
        message.call = call.isObject() ? CallInfo::fromJson(call.toObject(), &callError)
                                       : std::nullopt;
        if (!message.call)
            reader.fail("call", call.isObject() ? callError : QStringLiteral("must be an object"));
    }
    message.mailFrom = object.value(QStringLiteral("mailFrom")).toString();
    for (const QJsonValue& file : object.value(QStringLiteral("attachments")).toArray()) {
        QString fileError;
        if (const auto attachment = Attachment::fromJson(file.toObject(), &fileError))
            message.attachments.append(*attachment);
        else
            reader.fail("attachments", fileError);
    }
    const QJsonValue cc = object.value(QStringLiteral("cc"));
    if (!cc.isUndefined() && !cc.isArray())
        reader.fail("cc", QStringLiteral("expected an array of user ids"));
    for (const QJsonValue& user : cc.toArray()) {
        if (user.toInteger(0) > 0)
            message.cc.append(UserId(user.toInteger()));
        else
            reader.fail("cc", QStringLiteral("expected an array of user ids"));
    }
    return reader.ok() ? std::optional<Message>(message) : std::nullopt;
}

QJsonObject TicketEvent::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id.value() },
        { QStringLiteral("ticketId"), ticketId.value() },
        { QStringLiteral("actorId"), actorId.value() },
        { QStringLiteral("field"), field },
        { QStringLiteral("old"), definedOrNull(oldValue) },
        { QStringLiteral("new"), definedOrNull(newValue) },
        { QStringLiteral("createdAt"), toWireTime(createdAt) },
    };
}

std::optional<TicketEvent> TicketEvent::fromJson(const QJsonObject& object, QString* error)
{
    FieldReader reader(object, error);
    TicketEvent event;
    event.id = reader.id<EventId>("id");
    event.ticketId = reader.id<TicketId>("ticketId");
    event.actorId = reader.id<UserId>("actorId");
    event.field = reader.string("field");
    event.oldValue = reader.any("old");
    event.newValue = reader.any("new");
    event.createdAt = reader.time("createdAt");
    return reader.ok() ? std::optional<TicketEvent>(event) : std::nullopt;
}

} // namespace helpdesk
