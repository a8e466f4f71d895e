// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachment.h"
#include "ticketsla.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace helpdesk {

// Strong id types: a TicketId cannot be passed where a UserId is expected.
template<typename Tag> class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {
    }
    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Id a, Id b) { return a.m_value < b.m_value; }

private:
    qint64 m_value = 0;
};

using TicketId = Id<struct TicketIdTag>;
using MessageId = Id<struct MessageIdTag>;
using UserId = Id<struct UserIdTag>;
using CustomerId = Id<struct CustomerIdTag>;
using QueueId = Id<struct QueueIdTag>;
using EventId = Id<struct EventIdTag>;
using AnnouncementId = Id<struct AnnouncementIdTag>;
using RequestTypeId = Id<struct RequestTypeIdTag>;

enum class Role { Admin, Lead, Agent, Customer };
enum class ContactRole { Owner, Technical, Billing };
enum class TicketStatus { New, Open, Pending, Resolved, Closed };
enum class Priority { Low, Normal, High, Urgent };
// How a ticket or a message reached us: the desktop client, a phone call logged by an agent,
// e-mail, or a monitoring alert.
enum class Channel { Client, Phone, Email, Alert };
enum class CallDirection { Inbound, Outbound };

// Wire names ("admin", "pending", ...). fromString returns nullopt for anything else.
QString toString(Role role);
QString toString(ContactRole role);
QString toString(TicketStatus status);
QString toString(Priority priority);
std::optional<Role> roleFromString(const QString& text);
std::optional<ContactRole> contactRoleFromString(const QString& text);
std::optional<TicketStatus> statusFromString(const QString& text);
std::optional<Priority> priorityFromString(const QString& text);
QString toString(Channel channel);
QString toString(CallDirection direction);
std::optional<Channel> channelFromString(const QString& text);
std::optional<CallDirection> callDirectionFromString(const QString& text);
inline bool isStaff(Role role)
{
    return role != Role::Customer;
}

// Wire times: UTC ISO 8601 with milliseconds, "2026-11-26T08:20:11.123Z".
QString toWireTime(const QDateTime& time);
// Accepts the wire form (and any ISO 8601 with offset); invalid QDateTime on failure.
QDateTime fromWireTime(const QString& text);

// Every fromJson() returns nullopt and sets *error (when given) to "field: reason" if a
// required field is missing or any known field has the wrong type or value. Unknown fields
// are ignored.

// Something an organisation has with us (a hosting plan, a domain, a mailbox...): what a
// request can say is affected.
struct Service
{
    qint64 id = 0;
    QString kind; // hosting, domain, mailbox, other
    QString name; // "example.org", "Business 20 GB"
    QString details;

    QJsonObject toJson() const;
    static std::optional<Service> fromJson(const QJsonObject& object, QString* error = nullptr);
};

struct Customer
{
    CustomerId id;
    QString name;
    QString language; // the organisation's language for texts we write ("" : not set)
    QString notes; // staff only; "" for customers
    std::optional<QVector<Service>> services; // only where a method says so (customer.get)

    QString mailDomain; // mail from unknown addresses of this domain makes them its contacts

    QJsonObject toJson() const;
    static std::optional<Customer> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// Who works in a queue: a member, and whether they lead it (issue 12).
struct QueueMember
{
    UserId userId;
    bool lead = false;
};

struct Queue
{
    QueueId id;
    QString name;
    // Servers before schema step 12 sent only id and name: these read as the defaults.
    QString kind = QStringLiteral("general"); // technical, billing or general
    QDateTime archivedAt; // invalid: not archived
    QVector<QueueMember> members;
    QString assignMode = QStringLiteral("off"); // off, round_robin or least_loaded
    std::optional<int> reassignAfterMinutes; // reassign when the assignee is away this long

    bool archived() const { return archivedAt.isValid(); }
    bool hasMember(UserId user) const;
    bool isLead(UserId user) const;

    QJsonObject toJson() const;
    static std::optional<Queue> fromJson(const QJsonObject& object, QString* error = nullptr);
};

struct User
{
    UserId id;
    QString login;
    QString name;
    Role role = Role::Agent;
    QString locale; // "ru_RU"; empty on the wire as ""
    std::optional<CustomerId> customerId; // null for staff
    std::optional<ContactRole> contactRole; // null for staff
    QString email; // "" when unknown, or hidden from the reader
    QString phone;
    bool enabled = true; // a disabled user cannot log in

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject& object, QString* error = nullptr);
};

struct Ticket
{
    TicketId id;
    QString subject;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    std::optional<QueueId> queueId;
    std::optional<UserId> assigneeId;
    std::optional<CustomerId> customerId;
    UserId requesterId;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;
    Channel channel = Channel::Client; // absent in JSON from older servers: client
    std::optional<TicketId> mergedInto; // a merged duplicate: the ticket that took it over
    // Server side only, never on the wire: the kind of its queue ("technical", "billing",
    // "general"; "" without a queue), which decides which contacts of the organisation see it.
    QString queueKind;
    std::optional<TicketSla> sla; // null: no SLA policy applies
    qint64 timeSpentMinutes = 0; // the sum of its messages' timeSpentMinutes
    std::optional<RequestTypeId> requestTypeId; // the request type it was filed as (issue 11)
    // The owner's approval of a sensitive request: "" (none needed), "awaiting", "approved",
    // "refused" (null on the wire for "").
    QString approval;
    bool awaitingApproval() const { return approval == QLatin1String("awaiting"); }

    QJsonObject toJson() const;
    static std::optional<Ticket> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// A phone call as a message records it: the agent who took or made it is the message's
// author, the notes its body.
struct CallInfo
{
    UserId callerId; // the person on the other end
    CallDirection direction = CallDirection::Inbound;
    qint64 durationSeconds = 0; // 0: not recorded

    QJsonObject toJson() const;
    static std::optional<CallInfo> fromJson(const QJsonObject& object, QString* error = nullptr);
};

struct Message
{
    MessageId id;
    TicketId ticketId;
    UserId authorId;
    QString body;
    bool internal = false;
    QDateTime createdAt;
    Channel channel = Channel::Client; // absent in JSON from older servers: client
    std::optional<CallInfo> call; // channel phone only
    QString mailFrom; // a message that came by mail: the sender's address ("" otherwise)
    std::optional<AnnouncementId> announcementId; // the announcement it is about, if any
    QVector<Attachment> attachments; // "attachments" in JSON, absent when there are none
    // The contacts a public reply was copied to by mail (issue 13), ascending ids; "cc" in
    // JSON, always present ([] when none; absent from older servers reads as []).
    QVector<UserId> cc;

    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// One recorded change of a ticket field: who, when, which field, old and new value (as the
// wire shows them: strings, numbers, null, or arrays for tags).
struct TicketEvent
{
    EventId id;
    TicketId ticketId;
    UserId actorId;
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<TicketEvent> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace helpdesk
