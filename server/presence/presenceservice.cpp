// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenceservice.h"

#include "directory/presencestore.h"
#include "rpc/params.h"
#include "storage/db.h"

#include <QJsonArray>

namespace helpdesk::server::presence {

QJsonValue set(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("status"), QStringLiteral("manual") });
    const QString status = params.requiredString(QStringLiteral("status"));
    const bool manual = params.optionalBool(QStringLiteral("manual"), true);
    if (status != QLatin1String("online") && status != QLatin1String("away"))
        validationError(QStringLiteral("status"), QStringLiteral("online or away"));
    const UserId me = call.principal.userId;
    const PresenceState before = presencestore::stateOf(db, me);
    presencestore::setStatus(db, me, status, manual, nowMs());
    const PresenceState after = presencestore::stateOf(db, me);
    if (!(after == before))
        events << presenceChangedEvent(after);
    return after.toJson();
}

QJsonValue list(Db& db, const CallContext&)
{
    QJsonArray items;
    for (const PresenceState& state : presencestore::all(db))
        items.append(state.toJson());
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace helpdesk::server::presence
