// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenceservice.h"

#include "directory/presencestore.h"
#include "rpc/params.h"
#include "rpc/session.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "ticketactivity.h"
#include "tickets/ticketstore.h"

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

void setActivity(ServerContext& context, Session& session, const QJsonObject& object,
    const Responder& respond)
{
    const Params params(object);
    params.rejectUnknown({ QStringLiteral("ticketId"), QStringLiteral("state") });
    const TicketId ticket(params.requiredId(QStringLiteral("ticketId")));
    const QString name = params.requiredString(QStringLiteral("state"));
    activity::State state = activity::State::Left;
    if (name == QLatin1String("viewing"))
        state = activity::State::Viewing;
    else if (name == QLatin1String("typing"))
        state = activity::State::Typing;
    else if (name != QLatin1String("left"))
        validationError(QStringLiteral("state"), QStringLiteral("viewing, typing or left"));
    const Principal me = *session.principal();
    // Before the write: the push of this very change already reaches the viewers' list right.
    session.setViewing(ticket, state != activity::State::Left);
    context.storage.write(
        [me, ticket, state](Db& db, EventList& events) {
            ticketstore::visible(db, me, ticket); // 1004 for a missing ticket
            const qint64 now = nowMs();
            if (state == activity::State::Left)
                activity::leave(db, ticket, me.userId, events);
            else
                activity::record(db, ticket, me.userId, state, now, events);
            return QJsonValue(QJsonObject {
                { QStringLiteral("viewers"), activity::others(db, ticket, me.userId, now) } });
        },
        [&context, respond, ticket, session = QPointer<Session>(&session)](const Outcome& outcome) {
            if (outcome.error) {
                if (session)
                    session->setViewing(ticket, false);
                respond.error(*outcome.error);
                return;
            }
            respond.result(outcome.result);
            context.publish(outcome.events);
        });
}

} // namespace helpdesk::server::presence
