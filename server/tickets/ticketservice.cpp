// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcements/announcementservice.h"
#include "ticketservice.h"

#include "directory/directorystore.h"
#include "files/attachfiles.h"
#include "files/attachmentstore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "sla/escalation.h"
#include "sla/ticketsla.h"
#include "sla/timespent.h"
#include "storage/db.h"
#include "autoassign.h"
#include "newticket.h"
#include "replyguard.h"
#include "requests/requestservice.h"
#include "messagecc.h"
#include "messageccstore.h"
#include "ticketrequest.h"
#include "directory/queuestore.h"
#include "ticketevents.h"
#include "ticketstore.h"

#include <QJsonArray>

namespace helpdesk::server::tickets {

namespace {

constexpr int kMaxSubjectChars = 500;
constexpr int kMaxBodyChars = 1'000'000;
constexpr qint64 kMaxCallSeconds = 24 * 3600;

// Fields of the history a customer sees; assignment and queue moves are internal.
const QStringList kCustomerVisibleEvents { QStringLiteral("created"), QStringLiteral("status"),
    QStringLiteral("subject"), QStringLiteral("merged"), QStringLiteral("mergedInto"),
    QStringLiteral("requestType"), QStringLiteral("approval") };

[[noreturn]] void forbidden(const QString& what)
{
    throw RpcException(rpc::Error::forbidden(what));
}

TicketStatus parseStatus(const Params& params, const QString& name)
{
    const QString text = params.requiredString(name);
    const auto status = statusFromString(text);
    if (!status)
        validationError(params.fieldName(name), QStringLiteral("unknown status %1").arg(text));
    return *status;
}

Priority parsePriority(const Params& params, const QString& name)
{
    const QString text = params.requiredString(name);
    const auto priority = priorityFromString(text);
    if (!priority)
        validationError(params.fieldName(name), QStringLiteral("unknown priority %1").arg(text));
    return *priority;
}

// A phone call's details ({callerId?, direction?, durationSeconds?}); the caller defaults to
// `defaultCaller` and must be an existing user.
CallInfo parseCall(Db& db, const Params& params, const QString& name, UserId defaultCaller,
    bool callerAllowed)
{
    const Params call(*params.optionalObject(name), params.fieldName(name) + QLatin1Char('.'));
    call.rejectUnknown({ QStringLiteral("callerId"), QStringLiteral("direction"),
        QStringLiteral("durationSeconds") });
    CallInfo info;
    const auto caller = call.optionalId(QStringLiteral("callerId"));
    if (caller && !callerAllowed)
        validationError(call.fieldName(QStringLiteral("callerId")),
            QStringLiteral("the caller of a new ticket is its requesterId"));
    info.callerId = caller ? UserId(*caller) : defaultCaller;
    if (const auto direction = call.optionalString(QStringLiteral("direction"))) {
        const auto parsed = callDirectionFromString(*direction);
        if (!parsed)
            validationError(call.fieldName(QStringLiteral("direction")),
                QStringLiteral("must be inbound or outbound"));
        info.direction = *parsed;
    }
    const qint64 seconds = call.optionalInt(QStringLiteral("durationSeconds")).value_or(0);
    if (seconds < 0 || seconds > kMaxCallSeconds)
        validationError(call.fieldName(QStringLiteral("durationSeconds")),
            QStringLiteral("must be 0 to %1").arg(kMaxCallSeconds));
    info.durationSeconds = seconds;
    if (!findUser(db, info.callerId))
        validationError(call.fieldName(QStringLiteral("callerId")), QStringLiteral("no such user"));
    return info;
}

bool hasValue(const Params& params, const QString& name)
{
    return params.has(name) && !params.isNull(name);
}

// A ticket goes into a queue that exists and is not archived (one already in an archived
// queue may stay there).
void checkQueue(Db& db, const QString& field, const std::optional<QueueId>& queue,
    const std::optional<QueueId>& current = std::nullopt)
{
    if (!queue || queue == current)
        return;
    const auto found = queuestore::find(db, *queue);
    if (!found)
        validationError(field, QStringLiteral("no such queue"));
    if (found->archived())
        validationError(field, QStringLiteral("the queue is archived"));
}

void checkAssignee(Db& db, const QString& field, const std::optional<UserId>& assignee)
{
    if (!assignee)
        return;
    const auto user = findUser(db, *assignee);
    if (!user || !isStaff(user->role))
        validationError(field, QStringLiteral("not a staff user"));
}

void checkCustomer(Db& db, const QString& field, const std::optional<CustomerId>& customer)
{
    if (customer && !customerExists(db, *customer))
        validationError(field, QStringLiteral("no such customer"));
}

template<typename T> std::optional<T> optionalIdOf(const Params& params, const QString& name)
{
    const auto id = params.optionalId(name);
    return id ? std::optional<T>(T(*id)) : std::nullopt;
}

// The message this author already stored under `key`, if any; 1022 when it was for another
// ticket.
std::optional<Message> messageByKey(
    Db& db, const Principal& me, const QString& key, TicketId ticketId)
{
    auto message = ticketstore::messageByKey(db, me.userId, key);
    if (message && message->ticketId != ticketId)
        validationError(
            QStringLiteral("idempotencyKey"), QStringLiteral("already used for another ticket"));
    if (message)
        message->attachments = attachmentstore::ofMessage(db, message->id);
    return message;
}

template<typename Tag> QJsonValue idJson(const std::optional<Id<Tag>>& id)
{
    return id ? QJsonValue(double(id->value())) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue create(Db& db, const CallContext& call, EventList& events)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("subject"), QStringLiteral("body"),
        QStringLiteral("priority"), QStringLiteral("queueId"), QStringLiteral("customerId"),
        QStringLiteral("tags"), QStringLiteral("requesterId"), QStringLiteral("assigneeId"),
        QStringLiteral("idempotencyKey"), QStringLiteral("call"), QStringLiteral("attachmentIds"),
        QStringLiteral("requestTypeId"), QStringLiteral("fields") });
    const QVector<qint64> fileIds = files::attachmentIdsParam(params);
    const QString key = params.optionalString(QStringLiteral("idempotencyKey")).value_or(QString());
    if (key.size() > 128)
        validationError(
            QStringLiteral("idempotencyKey"), QStringLiteral("longer than 128 characters"));
    const bool isCall = hasValue(params, QStringLiteral("call"));
    if (isCall)
        params.optionalObject(QStringLiteral("call")); // -32602 when not an object
    if (!key.isEmpty()) {
        // A repeated create (its answer was lost) gets the ticket made the first time.
        if (const auto id = ticketstore::ticketByCreateKey(db, me.userId, key))
            return ticketstore::visible(db, me, *id).toJson();
    }
    const QString subject = validText(QStringLiteral("subject"),
        params.requiredString(QStringLiteral("subject")), kMaxSubjectChars);
    const QString body = validText(QStringLiteral("body"),
        params.requiredString(QStringLiteral("body")), kMaxBodyChars, false);
    Ticket ticket;
    ticket.subject = subject;
    ticket.tags = ticketstore::normaliseTags(QStringLiteral("tags"),
        params.optionalStringList(QStringLiteral("tags")).value_or(QStringList()));
    ticket.queueId = optionalIdOf<QueueId>(params, QStringLiteral("queueId"));
    ticket.assigneeId = optionalIdOf<UserId>(params, QStringLiteral("assigneeId"));
    ticket.customerId = optionalIdOf<CustomerId>(params, QStringLiteral("customerId"));
    const auto requester = optionalIdOf<UserId>(params, QStringLiteral("requesterId"));
    const bool hasPriority
        = params.has(QStringLiteral("priority")) && !params.isNull(QStringLiteral("priority"));
    if (hasPriority)
        ticket.priority = parsePriority(params, QStringLiteral("priority"));

    if (me.isCustomer()) {
        if (isCall)
            forbidden(QStringLiteral("customers cannot log phone calls"));
        if (ticket.queueId || ticket.assigneeId || hasPriority || requester)
            forbidden(
                QStringLiteral("customers cannot set queue, assignee, priority or requester"));
        if (ticket.customerId && ticket.customerId != me.customerId)
            forbidden(QStringLiteral("customers can only open tickets for their own organisation"));
        ticket.customerId = me.customerId;
        ticket.requesterId = me.userId;
        // A technical or billing contact files into the first open queue of its kind, where
        // the organisation's contacts of that role see it too; the owner leaves it to staff.
        if (me.contactRole && *me.contactRole != ContactRole::Owner)
            ticket.queueId = ticketstore::firstQueueOfKind(db, toString(*me.contactRole));
    } else {
        ticket.requesterId = requester.value_or(me.userId);
        if (requester) {
            const auto requesterUser = findUser(db, *requester);
            if (!requesterUser)
                validationError(QStringLiteral("requesterId"), QStringLiteral("no such user"));
            if (requesterUser->customerId) {
                if (ticket.customerId && ticket.customerId != requesterUser->customerId)
                    validationError(QStringLiteral("customerId"),
                        QStringLiteral("the requester belongs to another customer"));
                ticket.customerId = requesterUser->customerId;
            }
        }
        checkQueue(db, QStringLiteral("queueId"), ticket.queueId);
        checkAssignee(db, QStringLiteral("assigneeId"), ticket.assigneeId);
        checkCustomer(db, QStringLiteral("customerId"), ticket.customerId);
    }
    std::optional<CallInfo> callInfo;
    if (isCall) {
        if (!requester)
            validationError(QStringLiteral("requesterId"),
                QStringLiteral("required with call: the person who called"));
        callInfo = parseCall(db, params, QStringLiteral("call"), ticket.requesterId, false);
        ticket.channel = Channel::Phone;
    }

    const NewRequest request = prepareRequest(db, me, params, ticket);
    if (ticket.queueId && !ticket.assigneeId && !ticket.awaitingApproval())
        ticket.assigneeId = autoassign::choose(db, *ticket.queueId);
    const qint64 now = nowMs();
    ticket.status = TicketStatus::New;
    ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(now);
    ticket.version = 1;
    // Another server sharing the database may store the same key meanwhile: then all of this
    // is undone (nested savepoint) and the caller gets that server's ticket.
    const QString savepoint = QStringLiteral("ticket_create");
    if (!key.isEmpty())
        db.execRaw(QStringLiteral("SAVEPOINT ") + savepoint);
    ticket = ticketstore::insert(db, ticket);
    ticket.queueKind = ticketstore::queueKind(db, ticket.queueId);
    // The first message is the requester's words; a logged phone call is the agent's notes,
    // marked as the call. The history records who created the ticket.
    Message first;
    first.ticketId = ticket.id;
    first.authorId = callInfo ? me.userId : ticket.requesterId;
    first.body = body;
    first.createdAt = ticket.createdAt;
    first.channel = ticket.channel;
    first.call = callInfo;
    first = *ticketstore::insertMessage(db, first, QString());
    files::attachFiles(db, me, fileIds, first);
    ticketstore::recordEvent(db, ticket.id, me.userId, QStringLiteral("created"), QJsonValue::Null,
        toString(ticket.status), now);
    storeRequest(db, me, request, ticket, now);
    if (!key.isEmpty()) {
        if (!ticketstore::rememberCreateKey(db, me.userId, key, ticket.id)) {
            db.execRaw(QStringLiteral("ROLLBACK TO ") + savepoint);
            db.execRaw(QStringLiteral("RELEASE ") + savepoint);
            const auto id = ticketstore::ticketByCreateKey(db, me.userId, key);
            if (!id)
                throw SqlError(QStringLiteral("ticket_create_keys: key vanished"));
            return ticketstore::visible(db, me, *id).toJson();
        }
        db.execRaw(QStringLiteral("RELEASE ") + savepoint);
    }
    return announceNewTicket(db, ticket, first, now, events).toJson();
}

QJsonValue get(Db& db, const CallContext& call)
{
    const Params params(call.params);
    const TicketId id(params.requiredId(QStringLiteral("id")));
    const Ticket ticket = ticketstore::visible(db, call.principal, id);
    const bool staff = call.principal.isStaff();
    QVector<Message> thread = ticketstore::messages(db, id, staff);
    attachmentstore::fill(db, id, thread);
    QJsonArray messages;
    for (const Message& m : std::as_const(thread))
        messages.append(m.toJson());
    QJsonArray history;
    for (const TicketEvent& e :
        ticketstore::events(db, id, staff ? QStringList() : kCustomerVisibleEvents))
        history.append(e.toJson());
    QJsonArray links;
    for (const Ticket& other : ticketstore::linked(db, id)) {
        if (!call.principal.canSeeTicket(other))
            continue;
        links.append(QJsonObject { { QStringLiteral("id"), double(other.id.value()) },
            { QStringLiteral("subject"), other.subject },
            { QStringLiteral("status"), toString(other.status) },
            { QStringLiteral("customerId"),
                other.customerId ? QJsonValue(double(other.customerId->value()))
                                 : QJsonValue(QJsonValue::Null) } });
    }
    return QJsonObject { { QStringLiteral("ticket"), ticket.toJson() },
        { QStringLiteral("messages"), messages }, { QStringLiteral("events"), history },
        { QStringLiteral("links"), links },
        { QStringLiteral("request"), requests::requestJson(db, call.principal, ticket) } };
}

QJsonValue update(Db& db, const CallContext& call, EventList& events)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    const TicketId id(params.requiredId(QStringLiteral("id")));
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (!version)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    const auto changesObject = params.optionalObject(QStringLiteral("changes"));
    if (!changesObject)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("changes"), QStringLiteral("required")));
    const Params changes(*changesObject, QStringLiteral("changes."));
    changes.rejectUnknown({ QStringLiteral("subject"), QStringLiteral("status"),
        QStringLiteral("priority"), QStringLiteral("queueId"), QStringLiteral("assigneeId"),
        QStringLiteral("customerId"), QStringLiteral("tags") });
    if (changesObject->isEmpty())
        validationError(QStringLiteral("changes"), QStringLiteral("nothing to change"));

    const Ticket current = ticketstore::visible(db, me, id);
    if (me.isCustomer()) {
        for (const QString& key : changesObject->keys()) {
            if (key != QLatin1String("status"))
                forbidden(QStringLiteral("customers cannot change %1").arg(key));
        }
    }
    // Waiting for the owner: nobody works the ticket (subject, priority and tags may be sorted).
    for (const QString& key : { QStringLiteral("status"), QStringLiteral("assigneeId"),
             QStringLiteral("queueId"), QStringLiteral("customerId") }) {
        if (changes.has(key))
            checkNotAwaiting(current, QStringLiteral("changing %1").arg(key));
    }
    if (*version != current.version) {
        throw RpcException(rpc::Conflict,
            QStringLiteral("ticket %1 is at version %2, not %3")
                .arg(id.value())
                .arg(current.version)
                .arg(*version),
            QJsonObject { { QStringLiteral("current"), current.toJson() } });
    }

    Ticket next = current;
    const qint64 now = nowMs();
    bool changed = false;
    auto record
        = [&](const QString& field, const QJsonValue& oldValue, const QJsonValue& newValue) {
              if (oldValue == newValue)
                  return;
              changed = true;
              ticketstore::recordEvent(db, id, me.userId, field, oldValue, newValue, now);
          };
    if (changes.has(QStringLiteral("subject"))) {
        next.subject = validText(QStringLiteral("changes.subject"),
            changes.requiredString(QStringLiteral("subject")), kMaxSubjectChars);
        record(QStringLiteral("subject"), current.subject, next.subject);
    }
    if (changes.has(QStringLiteral("status"))) {
        next.status = parseStatus(changes, QStringLiteral("status"));
        if (me.isCustomer()
            && (next.status == TicketStatus::New || next.status == TicketStatus::Pending))
            validationError(QStringLiteral("changes.status"),
                QStringLiteral("customers can set open, resolved or closed"));
        record(QStringLiteral("status"), toString(current.status), toString(next.status));
    }
    if (changes.has(QStringLiteral("priority"))) {
        next.priority = parsePriority(changes, QStringLiteral("priority"));
        record(QStringLiteral("priority"), toString(current.priority), toString(next.priority));
    }
    if (changes.has(QStringLiteral("queueId"))) {
        next.queueId = optionalIdOf<QueueId>(changes, QStringLiteral("queueId"));
        checkQueue(db, QStringLiteral("changes.queueId"), next.queueId, current.queueId);
        record(QStringLiteral("queueId"), idJson(current.queueId), idJson(next.queueId));
    }
    if (changes.has(QStringLiteral("assigneeId"))) {
        next.assigneeId = optionalIdOf<UserId>(changes, QStringLiteral("assigneeId"));
        checkAssignee(db, QStringLiteral("changes.assigneeId"), next.assigneeId);
        record(QStringLiteral("assigneeId"), idJson(current.assigneeId), idJson(next.assigneeId));
    }
    if (changes.has(QStringLiteral("customerId"))) {
        next.customerId = optionalIdOf<CustomerId>(changes, QStringLiteral("customerId"));
        checkCustomer(db, QStringLiteral("changes.customerId"), next.customerId);
        // The requester must still be able to read their own ticket.
        const auto requester = findUser(db, current.requesterId);
        if (requester && requester->customerId && requester->customerId != next.customerId)
            validationError(QStringLiteral("changes.customerId"),
                QStringLiteral("the requester belongs to another customer"));
        record(QStringLiteral("customerId"), idJson(current.customerId), idJson(next.customerId));
    }
    if (changes.has(QStringLiteral("tags"))) {
        const auto tags = changes.optionalStringList(QStringLiteral("tags"));
        next.tags = ticketstore::normaliseTags(
            QStringLiteral("changes.tags"), tags.value_or(QStringList()));
        record(QStringLiteral("tags"), QJsonArray::fromStringList(current.tags),
            QJsonArray::fromStringList(next.tags));
    }
    // Moved unassigned into a queue while still new: the queue's automatic assignment.
    if (next.queueId && next.queueId != current.queueId && !next.assigneeId
        && !changes.has(QStringLiteral("assigneeId")) && next.status == TicketStatus::New) {
        next.assigneeId = autoassign::choose(db, *next.queueId);
        record(QStringLiteral("assigneeId"), idJson(current.assigneeId), idJson(next.assigneeId));
    }
    if (!changed)
        return current.toJson(); // nothing actually changed: no new version, no event

    next.updatedAt = ticketstore::fromMs(now);
    next.version = current.version + 1;
    // The check above read a snapshot; the UPDATE checks the version again, atomically (another
    // server may have changed the ticket since).
    if (!ticketstore::save(db, next, current.tags, current.version)) {
        const Ticket latest = ticketstore::visible(db, me, id);
        throw RpcException(rpc::Conflict,
            QStringLiteral("ticket %1 is at version %2, not %3")
                .arg(id.value())
                .arg(latest.version)
                .arg(*version),
            QJsonObject { { QStringLiteral("current"), latest.toJson() } });
    }
    sla::trackTicket(db, current, next, sla::SlaTrigger::None, now);
    next = *ticketstore::find(db, id);
    events << ticketChangedEvent(next);
    if (current.customerId != next.customerId && current.customerId)
        events << ticketRemovedEvent(id, *current.customerId);
    else if (next.customerId && current.queueKind != next.queueKind
        && (current.queueKind == QLatin1String("technical")
            || current.queueKind == QLatin1String("billing")))
        events << ticketLeftKindEvent(next, current.queueKind);
    return next.toJson();
}

QJsonValue addMessage(Db& db, const CallContext& call, EventList& events)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("ticketId"), QStringLiteral("body"),
        QStringLiteral("internal"), QStringLiteral("idempotencyKey"), QStringLiteral("call"),
        QStringLiteral("status"), QStringLiteral("timeSpentMinutes"),
        QStringLiteral("lastSeenMessageId"), QStringLiteral("force"), QStringLiteral("sendMail"),
        QStringLiteral("announcementId"), QStringLiteral("attachmentIds"), QStringLiteral("cc") });
    const TicketId ticketId(params.requiredId(QStringLiteral("ticketId")));
    const QVector<qint64> fileIds = files::attachmentIdsParam(params);
    const auto announcement = params.optionalId(QStringLiteral("announcementId"));
    const QString body = validText(QStringLiteral("body"),
        params.requiredString(QStringLiteral("body")), kMaxBodyChars, false);
    const bool internal = params.optionalBool(QStringLiteral("internal"), false);
    const QString key = params.optionalString(QStringLiteral("idempotencyKey")).value_or(QString());
    if (key.size() > 128)
        validationError(
            QStringLiteral("idempotencyKey"), QStringLiteral("longer than 128 characters"));
    const bool isCall = hasValue(params, QStringLiteral("call"));
    if (isCall)
        params.optionalObject(QStringLiteral("call")); // -32602 when not an object
    const bool setsStatus = hasValue(params, QStringLiteral("status"));
    const TicketStatus requestedStatus = setsStatus
        ? parseStatus(params, QStringLiteral("status"))
        : TicketStatus::New; // unused
    if (internal && me.isCustomer())
        forbidden(QStringLiteral("customers cannot write internal notes"));
    if (isCall && me.isCustomer())
        forbidden(QStringLiteral("customers cannot log phone calls"));
    if (setsStatus && me.isCustomer())
        forbidden(QStringLiteral("customers cannot set the status with a message"));
    const replyguard::Request guard = replyguard::parse(params);
    const bool choosesMail = hasValue(params, QStringLiteral("sendMail"));
    const bool sendMail = params.optionalBool(QStringLiteral("sendMail"), false);
    if (choosesMail && me.isCustomer())
        forbidden(QStringLiteral("customers cannot choose whether a message goes by mail"));
    if (sendMail && internal)
        validationError(QStringLiteral("sendMail"), QStringLiteral("internal notes never go by mail"));
    const auto cc = ccParam(params);
    if (cc && me.isCustomer())
        forbidden(QStringLiteral("customers cannot copy contacts on a message"));
    const bool copies = cc && !cc->isEmpty();
    if (copies && internal)
        validationError(QStringLiteral("cc"), QStringLiteral("internal notes never go by mail"));
    if (copies && choosesMail && !sendMail)
        validationError(QStringLiteral("cc"), QStringLiteral("a copied reply goes by mail: not with sendMail false"));

    const Ticket seen = ticketstore::visible(db, me, ticketId);
    if (me.isStaff() && !internal)
        checkNotAwaiting(seen, QStringLiteral("a reply to the customer"));
    if (setsStatus)
        checkNotAwaiting(seen, QStringLiteral("changing status"));
    const auto minutes = params.optionalInt(QStringLiteral("timeSpentMinutes"));
    if (minutes && me.isCustomer())
        forbidden(QStringLiteral("customers do not account time"));
    if (minutes && (*minutes < 0 || *minutes > sla::kMaxTimeSpentMinutes))
        validationError(QStringLiteral("timeSpentMinutes"),
            QStringLiteral("must be 0 to %1").arg(sla::kMaxTimeSpentMinutes));
    if (!minutes && me.isStaff() && sla::timeSpentRequired(db, seen.queueId))
        validationError(QStringLiteral("timeSpentMinutes"), QStringLiteral("required in this queue"));
    if (announcement
        && !announcements::mayReferTo(
            db, me, AnnouncementId(*announcement), seen.customerId, internal))
        validationError(QStringLiteral("announcementId"),
            QStringLiteral("no such announcement for this ticket's organisation"));
    if (!key.isEmpty()) {
        // A retried send (e.g. from the client's outbox after a reconnect) gets the message
        // stored the first time, and nothing is added twice.
        if (const auto stored = messageByKey(db, me, key, ticketId))
            return stored->toJson();
    }
    if (copies) // after the replay: a retry gets what was stored
        checkCc(db, seen, *cc);
    replyguard::check(db, me, ticketId, guard);

    const qint64 now = nowMs();
    Message message;
    message.ticketId = ticketId;
    message.authorId = me.userId;
    message.body = body;
    message.internal = internal;
    message.createdAt = ticketstore::fromMs(now);
    if (announcement)
        message.announcementId = AnnouncementId(*announcement);
    if (isCall) {
        message.channel = Channel::Phone;
        message.call = parseCall(db, params, QStringLiteral("call"), seen.requesterId, true);
    }
    const auto inserted = ticketstore::insertMessage(db, message, key);
    if (!inserted) { // the same key, stored by another server a moment ago
        if (const auto stored = messageByKey(db, me, key, ticketId))
            return stored->toJson();
        throw SqlError(QStringLiteral("messages: idempotency key vanished"));
    }
    message = *inserted;
    files::attachFiles(db, me, fileIds, message);
    if (minutes)
        sla::recordTimeSpent(db, message.id, ticketId, *minutes);
    if (choosesMail || copies) // a copied reply goes by mail, as with sendMail true
        ticketstore::setSendMail(db, message.id, sendMail || copies);
    if (copies) {
        messageccstore::store(db, message.id, *cc);
        message.cc = messageccstore::ofMessage(db, message.id);
    }

    // The version moves on without a read-modify-write, so a change made meanwhile by another
    // server is kept; the UPDATE locks the row, and the ticket read after it is current.
    if (!ticketstore::touch(db, ticketId, now))
        throw RpcException(rpc::Error::notFound(QStringLiteral("ticket %1").arg(ticketId.value())));
    Ticket ticket = ticketstore::visible(db, me, ticketId);
    const Ticket unchanged = ticket;
    const TicketStatus before = ticket.status;
    if (setsStatus) {
        ticket.status = requestedStatus; // "send and set status"
    } else if (me.isCustomer() && before != TicketStatus::New && before != TicketStatus::Open) {
        ticket.status = TicketStatus::Open; // a customer writing again needs us again
    } else if (me.isStaff() && !internal && before == TicketStatus::New) {
        ticket.status = TicketStatus::Open; // the first answer: someone is on it
    }
    if (ticket.status != before) {
        ticketstore::setStatus(db, ticketId, ticket.status);
        ticketstore::recordEvent(db, ticketId, me.userId, QStringLiteral("status"),
            toString(before), toString(ticket.status), now);
    }
    const auto trigger = me.isCustomer() ? sla::SlaTrigger::CustomerWrote
        : internal                       ? sla::SlaTrigger::None
                                         : sla::SlaTrigger::StaffReplied;
    sla::trackTicket(db, unchanged, ticket, trigger, now);
    ticket = ticketstore::visible(db, me, ticketId);
    events << messageAddedEvent(ticket, message) << ticketChangedEvent(ticket);
    return message.toJson();
}

} // namespace helpdesk::server::tickets
