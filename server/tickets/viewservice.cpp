// SPDX-License-Identifier: GPL-3.0-or-later
// view.list, view.save, view.delete: a user's saved ticket lists with their counts.
#include "ticketservice.h"

#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "viewstore.h"

#include <QJsonArray>

namespace helpdesk::server::tickets {

namespace {
constexpr int kMaxViewNameChars = 100;
constexpr qint64 kMaxViewsPerUser = 100;

// How many tickets the view lists for this user now; also checks filter and sort exactly as
// ticket.list does (its errors name filter.* and sort.*).
qint64 countFor(Db& db, const Principal& me, const QJsonObject& filter, const QJsonObject& sort)
{
    const CallContext call { me,
        QJsonObject { { QStringLiteral("filter"), filter }, { QStringLiteral("sort"), sort },
            { QStringLiteral("limit"), 1 } },
        QString() };
    return list(db, call).toObject().value(QLatin1String("total")).toInteger();
}

QJsonObject withCount(Db& db, const Principal& me, const SavedView& view)
{
    QJsonObject json = view.toJson();
    json.insert(QStringLiteral("count"), double(countFor(db, me, view.filter, view.sort)));
    return json;
}
} // namespace

QJsonValue listViews(Db& db, const CallContext& call)
{
    QJsonArray items;
    for (const SavedView& view : viewstore::ofUser(db, call.principal.userId))
        items.append(withCount(db, call.principal, view));
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue saveView(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("filter"),
        QStringLiteral("sort") });
    const UserId me = call.principal.userId;
    const auto id = params.optionalId(QStringLiteral("id"));
    SavedView view;
    view.owner = me;
    view.name = validText(QStringLiteral("name"), params.requiredString(QStringLiteral("name")),
        kMaxViewNameChars);
    view.filter = params.optionalObject(QStringLiteral("filter")).value_or(QJsonObject());
    view.sort = params.optionalObject(QStringLiteral("sort")).value_or(QJsonObject());
    if (id) {
        if (!viewstore::find(db, me, *id))
            throw RpcException(rpc::Error::notFound(QStringLiteral("view %1").arg(*id)));
        view.id = *id;
    }
    countFor(db, call.principal, view.filter, view.sort); // -32602 / 1022 as ticket.list
    if (viewstore::nameTaken(db, me, view.name, view.id))
        validationError(QStringLiteral("name"), QStringLiteral("already taken"));
    if (id) {
        viewstore::update(db, view);
    } else {
        if (viewstore::countOf(db, me) >= kMaxViewsPerUser)
            validationError(QStringLiteral("name"),
                QStringLiteral("at most %1 views per user").arg(kMaxViewsPerUser));
        view = viewstore::insert(db, view);
    }
    return withCount(db, call.principal, view);
}

QJsonValue deleteView(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    if (!viewstore::remove(db, call.principal.userId, id))
        throw RpcException(rpc::Error::notFound(QStringLiteral("view %1").arg(id)));
    return QJsonObject();
}

} // namespace helpdesk::server::tickets
