// SPDX-License-Identifier: GPL-3.0-or-later
// queue.list, queue.create, queue.update, queue.setMembers.
#include "queueservice.h"

#include "directorystore.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "queuestore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "service/auditstore.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QSet>

namespace helpdesk::server::directory {

namespace {
constexpr int kMaxQueueNameChars = 100;
constexpr qsizetype kMaxMembers = 500;
constexpr qint64 kMaxReassignMinutes = 7 * 24 * 60;
const QStringList kKinds { QStringLiteral("technical"), QStringLiteral("billing"),
    QStringLiteral("general") };
const QStringList kAssignModes { QStringLiteral("off"), QStringLiteral("round_robin"),
    QStringLiteral("least_loaded") };

QString oneOf(const Params& params, const QString& name, const QStringList& allowed)
{
    const QString value = params.requiredString(name);
    if (!allowed.contains(value))
        validationError(name, QStringLiteral("one of %1").arg(allowed.join(QStringLiteral(", "))));
    return value;
}

QString validQueueName(Db& db, const Params& params, std::optional<QueueId> except)
{
    const QString name = validText(QStringLiteral("name"),
        params.requiredString(QStringLiteral("name")), kMaxQueueNameChars);
    if (queuestore::nameTaken(db, name, except))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    return name;
}

// The optional settings both create and update take, applied to `queue`.
void applySettings(const Params& params, Queue& queue)
{
    if (params.has(QStringLiteral("kind")))
        queue.kind = oneOf(params, QStringLiteral("kind"), kKinds);
    if (params.has(QStringLiteral("assignMode")))
        queue.assignMode = oneOf(params, QStringLiteral("assignMode"), kAssignModes);
    if (params.has(QStringLiteral("reassignAfterMinutes"))) {
        const auto minutes = params.optionalInt(QStringLiteral("reassignAfterMinutes"));
        if (minutes && (*minutes < 1 || *minutes > kMaxReassignMinutes))
            validationError(QStringLiteral("reassignAfterMinutes"),
                QStringLiteral("must be 1 to %1").arg(kMaxReassignMinutes));
        queue.reassignAfterMinutes
            = minutes ? std::optional<int>(int(*minutes)) : std::optional<int>();
    }
}

// The queue to change: it must exist (1004), and a lead must lead it (1003).
Queue managedQueue(Db& db, const Principal& me, QueueId id)
{
    auto queue = queuestore::find(db, id);
    if (!queue)
        throw RpcException(rpc::Error::notFound(QStringLiteral("queue %1").arg(id.value())));
    if (me.role != Role::Admin && !queue->isLead(me.userId))
        throw RpcException(rpc::Error::forbidden(
            QStringLiteral("only admins and the queue's leads may change queue %1")
                .arg(id.value())));
    return *queue;
}

QVector<QueueMember> parseMembers(Db& db, const QJsonArray& list)
{
    if (list.size() > kMaxMembers)
        validationError(
            QStringLiteral("members"), QStringLiteral("at most %1").arg(kMaxMembers));
    QVector<QueueMember> members;
    QSet<qint64> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("members.%1.").arg(i);
        if (!list.at(i).isObject())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("members.%1").arg(i), QStringLiteral("expected an object")));
        const Params item(list.at(i).toObject(), prefix);
        item.rejectUnknown({ QStringLiteral("userId"), QStringLiteral("lead") });
        const UserId user(item.requiredId(QStringLiteral("userId")));
        const bool lead = item.optionalBool(QStringLiteral("lead"), false);
        const auto found = findUser(db, user);
        if (!found || !isStaff(found->role))
            validationError(prefix + QStringLiteral("userId"), QStringLiteral("not a staff user"));
        if (seen.contains(user.value()))
            validationError(prefix + QStringLiteral("userId"), QStringLiteral("listed twice"));
        seen.insert(user.value());
        members << QueueMember { user, lead };
    }
    return members;
}

void audit(Db& db, const CallContext& call, QLatin1String action, QueueId queue,
    const QJsonObject& details)
{
    appendAudit(db,
        AuditEntry { 0, 0, call.principal.userId, call.address, QString(action),
            QStringLiteral("queue"), queue.value(), details });
}

QJsonValue changed(Db& db, QueueId id, EventList& events)
{
    const Queue queue = *queuestore::find(db, id);
    events << queueChangedEvent(queue);
    return queue.toJson();
}
} // namespace

PushEvent queueChangedEvent(const Queue& queue)
{
    const QJsonObject params { { QStringLiteral("queue"), queue.toJson() } };
    PushEvent event;
    event.internal = true; // staff only
    event.frame = encodeFrame(rpc::makeNotification(QString(push::QueueChanged), params));
    event.cluster = ClusterEvent::queueChanged(queue.id);
    return event;
}

QJsonValue listQueues(Db& db, const CallContext& call)
{
    const UserId me = call.principal.userId;
    QJsonArray items;
    for (const Queue& queue : queuestore::all(db)) {
        QJsonObject item = queue.toJson();
        item.insert(QStringLiteral("member"), queue.hasMember(me));
        item.insert(QStringLiteral("lead"), queue.isLead(me));
        items.append(item);
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue createQueue(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("assignMode"), QStringLiteral("reassignAfterMinutes") });
    Queue queue;
    queue.name = validQueueName(db, params, std::nullopt);
    applySettings(params, queue);
    queue = queuestore::insert(db, queue);
    // A lead who creates a queue leads it, or could not change it afterwards.
    if (call.principal.role == Role::Lead)
        queuestore::setMembers(db, queue.id, { QueueMember { call.principal.userId, true } });
    audit(db, call, method::QueueCreate, queue.id,
        QJsonObject { { QStringLiteral("name"), queue.name }, { QStringLiteral("kind"), queue.kind },
            { QStringLiteral("assignMode"), queue.assignMode } });
    return changed(db, queue.id, events);
}

QJsonValue updateQueue(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("archived"), QStringLiteral("assignMode"),
        QStringLiteral("reassignAfterMinutes") });
    const QueueId id(params.requiredId(QStringLiteral("id")));
    const bool archiving = params.has(QStringLiteral("archived"));
    const bool archive = params.optionalBool(QStringLiteral("archived"), false);
    const Queue before = managedQueue(db, call.principal, id);
    Queue after = before;
    if (params.has(QStringLiteral("name")))
        after.name = validQueueName(db, params, id);
    applySettings(params, after);
    if (archiving && archive != before.archived())
        after.archivedAt = archive ? QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC)
                                   : QDateTime();
    const QJsonObject was = before.toJson();
    const QJsonObject now = after.toJson();
    QJsonObject diff;
    for (const QString& key : { QStringLiteral("name"), QStringLiteral("kind"),
             QStringLiteral("archived"), QStringLiteral("assignMode"),
             QStringLiteral("reassignAfterMinutes") }) {
        if (was.value(key) != now.value(key))
            diff.insert(key, QJsonArray { was.value(key), now.value(key) });
    }
    if (diff.isEmpty())
        return was; // nothing changed: no audit, no push
    queuestore::update(db, after);
    audit(db, call, method::QueueUpdate, id, diff);
    return changed(db, id, events);
}

QJsonValue setQueueMembers(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("members") });
    const QueueId id(params.requiredId(QStringLiteral("id")));
    const auto list = params.optionalArray(QStringLiteral("members"));
    if (!list)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("members"), QStringLiteral("required")));
    const QVector<QueueMember> members = parseMembers(db, *list);
    managedQueue(db, call.principal, id);
    queuestore::setMembers(db, id, members);
    QJsonArray logged;
    for (const QueueMember& member : members)
        logged.append(QStringLiteral("%1%2").arg(member.userId.value()).arg(
            member.lead ? QStringLiteral(" lead") : QString()));
    audit(db, call, method::QueueSetMembers, id, QJsonObject { { QStringLiteral("members"), logged } });
    return changed(db, id, events);
}

} // namespace helpdesk::server::directory
