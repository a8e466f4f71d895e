// SPDX-License-Identifier: GPL-3.0-or-later
#include "csatservice.h"

#include "csattoken.h"
#include "domain/types.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "sla/escalation.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QDateTime>

namespace helpdesk::server::reports {

namespace {

constexpr int kMaxCommentChars = 2000;

struct Rating
{
    bool good = false;
    QString comment;
};

Rating parseRating(const Params& params)
{
    Rating rating;
    const QString text = params.requiredString(QStringLiteral("rating"));
    if (text != QLatin1String("good") && text != QLatin1String("bad"))
        validationError(QStringLiteral("rating"), QStringLiteral("must be good or bad"));
    rating.good = text == QLatin1String("good");
    const auto comment = params.optionalString(QStringLiteral("comment"));
    if (comment && !comment->trimmed().isEmpty())
        rating.comment = validText(QStringLiteral("comment"), *comment, kMaxCommentChars);
    return rating;
}

bool isResolved(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

QJsonValue wireTime(const QVariant& ms)
{
    if (ms.isNull())
        return QJsonValue::Null;
    return toWireTime(QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC));
}

// Stores the rating of one resolution, once; records it in the history and alerts the
// queue's leads of a bad one.
QJsonValue apply(Db& db, const Ticket& ticket, qint64 number, const Rating& rating,
    UserId rater, EventList& events)
{
    const qint64 now = nowMs();
    Query q(db,
        QStringLiteral("UPDATE ticket_resolutions SET rating = ?, rating_comment = ?, "
                       "rated_by = ?, rated_at = ? "
                       "WHERE ticket_id = ? AND number = ? AND rated_at IS NULL"));
    q.bind(rating.good ? 1 : 0).bind(rating.comment.isEmpty() ? QVariant(QString()) : rating.comment)
        .bind(rater.value()).bind(now).bind(ticket.id.value()).bind(number).exec();
    if (q.rowsAffected() != 1)
        validationError(QStringLiteral("rating"), QStringLiteral("this resolution is already rated"));
    const QJsonObject value { { QStringLiteral("resolution"), double(number) },
        { QStringLiteral("rating"), rating.good ? QStringLiteral("good") : QStringLiteral("bad") },
        { QStringLiteral("comment"), rating.comment } };
    ticketstore::recordEvent(db, ticket.id, rater, QStringLiteral("csat"), QJsonValue::Null, value, now);
    if (!rating.good) {
        if (const auto alert = sla::claimBadRatingAlert(db, ticket, now)) {
            ticketstore::recordEvent(db, ticket.id, rater, QStringLiteral("slaAlert"),
                QJsonValue::Null, alert->historyValue(), now);
            events << sla::alertEvent(*alert, ticket);
        }
    }
    QJsonObject result = value;
    result.insert(QStringLiteral("ticketId"), double(ticket.id.value()));
    result.insert(QStringLiteral("ratedAt"), wireTime(now));
    return result;
}

} // namespace

QJsonValue getRating(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("ticketId") });
    const Ticket ticket
        = ticketstore::visible(db, call.principal, TicketId(params.requiredId(QStringLiteral("ticketId"))));
    const qint64 number = latestResolution(db, ticket.id);
    QJsonObject result { { QStringLiteral("ticketId"), double(ticket.id.value()) },
        { QStringLiteral("resolution"), number ? QJsonValue(double(number)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("resolvedAt"), QJsonValue::Null }, { QStringLiteral("rating"), QJsonValue::Null },
        { QStringLiteral("comment"), QString() }, { QStringLiteral("ratedAt"), QJsonValue::Null } };
    bool rated = false;
    if (number) {
        Query q(db,
            QStringLiteral("SELECT resolved_at, rating, rating_comment, rated_at "
                           "FROM ticket_resolutions WHERE ticket_id = ? AND number = ?"));
        q.bind(ticket.id.value()).bind(number).exec();
        if (q.next()) {
            result.insert(QStringLiteral("resolvedAt"), wireTime(q.value(0)));
            rated = !q.isNull(3);
            if (rated) {
                result.insert(QStringLiteral("rating"),
                    q.int64(1) == 1 ? QStringLiteral("good") : QStringLiteral("bad"));
                result.insert(QStringLiteral("comment"), q.text(2));
                result.insert(QStringLiteral("ratedAt"), wireTime(q.value(3)));
            }
        }
    }
    result.insert(QStringLiteral("canRate"),
        call.principal.isCustomer() && number > 0 && !rated && isResolved(ticket.status));
    return result;
}

QJsonValue rate(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("ticketId"), QStringLiteral("rating"), QStringLiteral("comment") });
    const TicketId id(params.requiredId(QStringLiteral("ticketId")));
    const Rating rating = parseRating(params);
    const Ticket ticket = ticketstore::visible(db, call.principal, id);
    const qint64 number = latestResolution(db, id);
    if (!isResolved(ticket.status) || number == 0)
        validationError(QStringLiteral("ticketId"), QStringLiteral("the ticket is not resolved"));
    return apply(db, ticket, number, rating, call.principal.userId, events);
}

QJsonValue rateByToken(Db& db, const CallContext& call, EventList& events)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("token"), QStringLiteral("rating"), QStringLiteral("comment") });
    const QString token = params.requiredString(QStringLiteral("token"));
    const Rating rating = parseRating(params);
    const auto claim = verifyCsatToken(db, token);
    if (!claim)
        validationError(QStringLiteral("token"), QStringLiteral("not a valid rating link"));
    const auto ticket = ticketstore::find(db, claim->ticket);
    if (!ticket || claim->resolution > latestResolution(db, claim->ticket))
        throw RpcException(rpc::Error::notFound(QStringLiteral("resolution")));
    // The link went to the requester: the rating is theirs.
    return apply(db, *ticket, claim->resolution, rating, ticket->requesterId, events);
}

} // namespace helpdesk::server::reports
