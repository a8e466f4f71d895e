// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed shapes of the method results and params the client uses, built on the shared domain
// types. They live here rather than in shared/ because only the client needs them typed.

#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::client {

// ticket.get: the ticket with its thread and history, both oldest first.
struct TicketDetails
{
    Ticket ticket;
    QVector<Message> messages;
    QVector<TicketEvent> events;
    // The guided request it was filed as (ticket.get's "request"; empty for none): type name
    // and answers, shown above the thread (RequestPanel).
    QJsonObject request;

    static std::optional<TicketDetails> fromJson(const QJsonValue& value, QString* error = nullptr);
};

// ticket.list: one page and the number of tickets matching the filter.
struct TicketPage
{
    qint64 total = 0;
    QVector<Ticket> items;

    static std::optional<TicketPage> fromJson(const QJsonValue& value, QString* error = nullptr);
};

// A phone call to log. With ticket.create the caller is the ticket's requester, so callerId
// stays unset; with message.add an unset callerId means the ticket's requester.
struct CallLog
{
    std::optional<UserId> callerId;
    CallDirection direction = CallDirection::Inbound;
    qint64 durationSeconds = 0; // 0: not recorded

    QJsonObject toJson() const;
    // Also reads what toJson() wrote (the outbox keeps calls on disk); nullopt when malformed.
    static std::optional<CallLog> fromJson(const QJsonObject& object);
};

// ticket.create params. Unset optionals are left out, so the server applies its defaults.
struct NewTicket
{
    QString subject;
    QString body;
    std::optional<Priority> priority;
    std::optional<QueueId> queueId;
    std::optional<CustomerId> customerId;
    std::optional<UserId> requesterId; // staff logging a phone call on behalf of a contact
    std::optional<UserId> assigneeId;
    QStringList tags;
    // A repeated create with the same key returns the ticket made the first time.
    QString idempotencyKey;
    // Staff: the ticket is a call from requesterId, the body the agent's notes on it.
    std::optional<CallLog> call;
    // A guided request: its type and the answers, {key: value} (issue 11).
    std::optional<qint64> requestTypeId;
    QJsonObject fields;

    QJsonObject toJson() const;
};

// message.add params. Unset optionals are left out.
struct NewMessage
{
    TicketId ticketId;
    QString body;
    bool internal = false;
    std::optional<TicketStatus> status; // staff: "send and set status"
    std::optional<CallLog> call; // staff: the message records a phone call
    std::optional<int> timeSpentMinutes; // staff: time accounting
    std::optional<bool> sendMail; // staff: a reply also (or not) by e-mail; nullopt: the default
    QVector<qint64> attachmentIds; // uploaded files (AttachmentUpload) to attach
    QVector<qint64> cc; // staff: contacts this public reply is copied to by mail (message.add cc)
    QString idempotencyKey; // empty: none
    // Issue 12: the newest message the author had seen (0: not checked), and "send anyway".
    qint64 lastSeenMessageId = 0;
    bool force = false;

    QJsonObject toJson() const;
};

// message.add's attachmentIds and back (the outbox keeps them on disk).
QJsonArray attachmentIdsJson(const QVector<qint64>& ids);
QVector<qint64> attachmentIdsFromJson(const QJsonValue& value);

// One reply signature (signature.list, signature.set): an agent's own (userId) or a queue's
// (queueId), in one language; locale "" is the fallback for any language.
struct Signature
{
    std::optional<UserId> userId;
    std::optional<QueueId> queueId;
    QString locale;
    QString text;
    QDateTime updatedAt;

    static std::optional<Signature> fromJson(const QJsonObject& object, QString* error = nullptr);
};

// ticket.update "changes": only what was set is sent. An id set to nullopt clears the field
// (unassigns, removes the queue), which is why the setters take optionals.
class TicketChanges
{
public:
    TicketChanges& setSubject(const QString& subject);
    TicketChanges& setStatus(TicketStatus status);
    TicketChanges& setPriority(Priority priority);
    TicketChanges& setQueue(std::optional<QueueId> queue);
    TicketChanges& setAssignee(std::optional<UserId> assignee);
    TicketChanges& setCustomer(std::optional<CustomerId> customer);
    TicketChanges& setTags(const QStringList& tags);

    bool isEmpty() const { return m_json.isEmpty(); }
    QJsonObject toJson() const { return m_json; }

private:
    QJsonObject m_json;
};

// search: one hit.
struct SearchHit
{
    TicketId ticketId;
    std::optional<MessageId> messageId;
    QString snippet;
};

std::optional<QVector<SearchHit>> searchHitsFromJson(const QJsonValue& value);

// A 1009 conflict carries the stored ticket in data.current; nullopt for other errors.
std::optional<Ticket> conflictCurrent(const rpc::Error& error);

} // namespace helpdesk::client
