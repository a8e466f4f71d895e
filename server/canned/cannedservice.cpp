// SPDX-License-Identifier: GPL-3.0-or-later
// canned.list, canned.save, canned.delete.
#include "cannedservice.h"

#include "cannedview.h"
#include "directory/directorystore.h"
#include "kb/kbview.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace helpdesk::server::canned {

namespace {

constexpr int kMaxNameChars = 100;
constexpr int kMaxTextChars = 20'000;

bool isLeadOrAdmin(const Principal& me)
{
    return me.role == Role::Admin || me.role == Role::Lead;
}

QString scopeOf(const Response& response)
{
    return response.ownerId ? QStringLiteral("personal")
        : response.queueId  ? QStringLiteral("queue")
                            : QStringLiteral("shared");
}

// Whether `me` may change or delete it: its own personal ones; leads and admins the others.
void checkMayChange(const Principal& me, const Response& response)
{
    if (!response.ownerId && !isLeadOrAdmin(me))
        throw RpcException(rpc::Error::forbidden(
            QStringLiteral("only leads and admins change queue and shared responses")));
}

QHash<QString, QString> textsOf(const Params& params)
{
    const auto texts = params.optionalObject(QStringLiteral("texts"));
    if (!texts)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("texts"), QStringLiteral("required")));
    if (texts->isEmpty())
        validationError(QStringLiteral("texts"), QStringLiteral("at least one language"));
    const Params each(*texts, QStringLiteral("texts."));
    QHash<QString, QString> result;
    for (const QString& language : texts->keys()) {
        kb::checkedLanguage(each.fieldName(language), language);
        result.insert(language,
            validText(
                each.fieldName(language), each.requiredString(language), kMaxTextChars, false));
    }
    return result;
}

QJsonObject actionsOf(Db& db, const Params& params)
{
    const QJsonObject actions
        = params.optionalObject(QStringLiteral("actions")).value_or(QJsonObject());
    const Params fields(actions, QStringLiteral("actions."));
    fields.rejectUnknown({ QStringLiteral("status"), QStringLiteral("priority"),
        QStringLiteral("addTags"), QStringLiteral("removeTags"), QStringLiteral("assignee") });
    QJsonObject result;
    if (const auto status = fields.optionalString(QStringLiteral("status"))) {
        if (!statusFromString(*status))
            validationError(
                fields.fieldName(QStringLiteral("status")), QStringLiteral("not a status"));
        result.insert(QStringLiteral("status"), *status);
    }
    if (const auto priority = fields.optionalString(QStringLiteral("priority"))) {
        if (!priorityFromString(*priority))
            validationError(
                fields.fieldName(QStringLiteral("priority")), QStringLiteral("not a priority"));
        result.insert(QStringLiteral("priority"), *priority);
    }
    for (const QString& name : { QStringLiteral("addTags"), QStringLiteral("removeTags") }) {
        if (const auto tags = fields.optionalStringList(name)) {
            if (!tags->isEmpty())
                result.insert(name,
                    QJsonArray::fromStringList(
                        ticketstore::normaliseTags(fields.fieldName(name), *tags)));
        }
    }
    const QJsonValue assignee = actions.value(QStringLiteral("assignee"));
    if (assignee.isString()) {
        if (assignee != QLatin1String("me") && assignee != QLatin1String("nobody"))
            validationError(fields.fieldName(QStringLiteral("assignee")),
                QStringLiteral("\"me\", \"nobody\" or a staff user's id"));
        result.insert(QStringLiteral("assignee"), assignee);
    } else if (!assignee.isUndefined() && !assignee.isNull()) {
        const qint64 id = fields.requiredId(QStringLiteral("assignee"));
        const auto user = findUser(db, UserId(id));
        if (!user || !isStaff(user->role))
            validationError(
                fields.fieldName(QStringLiteral("assignee")), QStringLiteral("no such staff user"));
        result.insert(QStringLiteral("assignee"), double(id));
    }
    return result;
}

} // namespace

Response usableResponse(Db& db, const Principal& me, qint64 id)
{
    const auto response = findResponse(db, id);
    if (!response || (response->ownerId && *response->ownerId != me.userId))
        throw RpcException(rpc::Error::notFound(QStringLiteral("canned response %1").arg(id)));
    return *response;
}

QJsonObject responseJson(const Response& response)
{
    QJsonObject texts;
    for (auto it = response.texts.cbegin(); it != response.texts.cend(); ++it)
        texts.insert(it.key(), it.value());
    return { { QStringLiteral("id"), double(response.id) },
        { QStringLiteral("name"), response.name }, { QStringLiteral("scope"), scopeOf(response) },
        { QStringLiteral("ownerId"),
            response.ownerId ? QJsonValue(double(response.ownerId->value())) : QJsonValue() },
        { QStringLiteral("queueId"),
            response.queueId ? QJsonValue(double(response.queueId->value())) : QJsonValue() },
        { QStringLiteral("texts"), texts }, { QStringLiteral("actions"), response.actions },
        { QStringLiteral("macro"), !response.actions.isEmpty() },
        { QStringLiteral("version"), double(response.version) },
        { QStringLiteral("updatedAt"), kb::wireTime(response.updatedAtMs) } };
}

QJsonValue list(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("query") });
    const QString query
        = params.optionalString(QStringLiteral("query")).value_or(QString()).trimmed();
    QJsonArray items;
    for (const Response& response : responsesFor(db, call.principal.userId, query))
        items.append(responseJson(response));
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue save(Db& db, const CallContext& call, EventList&)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"),
        QStringLiteral("scope"), QStringLiteral("queueId"), QStringLiteral("texts"),
        QStringLiteral("actions") });
    const auto id = params.optionalId(QStringLiteral("id"));
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (id && !version)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    Response response;
    response.name = validText(
        QStringLiteral("name"), params.requiredString(QStringLiteral("name")), kMaxNameChars);
    response.texts = textsOf(params);
    response.actions = actionsOf(db, params);
    const QString scope
        = params.optionalString(QStringLiteral("scope")).value_or(QStringLiteral("personal"));
    const auto queue = params.optionalId(QStringLiteral("queueId"));
    if (scope == QLatin1String("personal")) {
        response.ownerId = me.userId;
    } else if (scope == QLatin1String("queue")) {
        if (!queue)
            validationError(QStringLiteral("queueId"), QStringLiteral("required for a queue's"));
        if (!queueExists(db, QueueId(*queue)))
            validationError(QStringLiteral("queueId"), QStringLiteral("no such queue"));
        response.queueId = QueueId(*queue);
    } else if (scope != QLatin1String("shared")) {
        validationError(QStringLiteral("scope"), QStringLiteral("personal, queue or shared"));
    }
    checkMayChange(me, response);
    const qint64 now = nowMs();
    if (id) {
        const Response stored = usableResponse(db, me, *id);
        checkMayChange(me, stored);
        response.id = *id;
        if (*version != stored.version || !updateResponse(db, response, *version, now))
            throw RpcException(rpc::Conflict,
                QStringLiteral("canned response %1 is at version %2, not %3")
                    .arg(*id)
                    .arg(stored.version)
                    .arg(*version),
                QJsonObject { { QStringLiteral("current"), responseJson(stored) } });
    } else {
        response.id = insertResponse(db, response, me.userId, now);
    }
    return responseJson(*findResponse(db, response.id));
}

QJsonValue remove(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id") });
    const Response stored
        = usableResponse(db, call.principal, params.requiredId(QStringLiteral("id")));
    checkMayChange(call.principal, stored);
    deleteResponse(db, stored.id);
    return QJsonObject();
}

} // namespace helpdesk::server::canned
