// SPDX-License-Identifier: GPL-3.0-or-later
// canned.render (a response's text for one ticket, placeholders filled by the server) and
// macro.apply (that text as a reply plus the macro's ticket changes, in one transaction and
// checked against the ticket's version).
#include "cannedservice.h"

#include "cannedview.h"
#include "directory/directorystore.h"
#include "directory/queuestore.h"
#include "kb/kblanguage.h"
#include "kb/kbview.h"
#include "placeholders.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketstore.h"

#include <QJsonArray>

namespace helpdesk::server::canned {

namespace {

struct Rendered
{
    QString language;
    QString body;
};

// The text in the ticket's language (the requester's locale, then the organisation's
// language, then English, unless `language` asks for another) with the placeholders filled.
Rendered renderFor(Db& db, const Principal& me, const Response& response, const Ticket& ticket,
    const std::optional<QString>& language)
{
    const auto requester = findUser(db, ticket.requesterId);
    const auto agent = findUser(db, me.userId);
    const auto organisation
        = ticket.customerId ? findCustomer(db, *ticket.customerId) : std::nullopt;
    QString queueName;
    if (ticket.queueId) {
        if (const auto queue = queuestore::find(db, *ticket.queueId))
            queueName = queue->name;
    }
    const QStringList chain
        = kb::languageChain(language.value_or(requester ? requester->locale : QString()),
            organisation ? organisation->language : QString());
    const QString chosen = kb::pickLanguage(response.texts.keys(), chain);
    const QHash<QString, QString> values {
        { QStringLiteral("customer.name"), requester ? requester->name : QString() },
        { QStringLiteral("customer.email"), requester ? requester->email : QString() },
        { QStringLiteral("ticket.id"), QString::number(ticket.id.value()) },
        { QStringLiteral("ticket.subject"), ticket.subject },
        { QStringLiteral("agent.name"), agent ? agent->name : QString() },
        { QStringLiteral("organisation.name"), organisation ? organisation->name : QString() },
        { QStringLiteral("queue.name"), queueName },
    };
    return { chosen, fillPlaceholders(response.texts.value(chosen), values) };
}

std::optional<QString> languageParam(const Params& params)
{
    const auto language = params.optionalString(QStringLiteral("language"));
    if (language)
        kb::checkedLanguage(QStringLiteral("language"), *language);
    return language;
}

// The ticket.update changes a macro makes to this ticket: only fields it really changes.
QJsonObject changesFor(const QJsonObject& actions, const Ticket& ticket, const Principal& me)
{
    QJsonObject changes;
    const QString status = actions.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != toString(ticket.status))
        changes.insert(QStringLiteral("status"), status);
    const QString priority = actions.value(QStringLiteral("priority")).toString();
    if (!priority.isEmpty() && priority != toString(ticket.priority))
        changes.insert(QStringLiteral("priority"), priority);
    QStringList tags = ticket.tags;
    for (const QJsonValue& tag : actions.value(QStringLiteral("addTags")).toArray()) {
        if (!tags.contains(tag.toString()))
            tags << tag.toString();
    }
    for (const QJsonValue& tag : actions.value(QStringLiteral("removeTags")).toArray())
        tags.removeAll(tag.toString());
    if (tags != ticket.tags)
        changes.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    const QJsonValue assignee = actions.value(QStringLiteral("assignee"));
    std::optional<qint64> wanted;
    if (assignee == QLatin1String("me"))
        wanted = me.userId.value();
    else if (assignee.isDouble())
        wanted = assignee.toInteger();
    const qint64 current = ticket.assigneeId ? ticket.assigneeId->value() : 0; // 0: nobody
    if (assignee == QLatin1String("nobody") && current != 0)
        changes.insert(QStringLiteral("assigneeId"), QJsonValue());
    else if (wanted && *wanted != current)
        changes.insert(QStringLiteral("assigneeId"), double(*wanted));
    return changes;
}

} // namespace

QJsonValue render(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("ticketId"), QStringLiteral("language") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const TicketId ticketId(params.requiredId(QStringLiteral("ticketId")));
    const auto language = languageParam(params);
    const Response response = usableResponse(db, call.principal, id);
    const Ticket ticket = ticketstore::visible(db, call.principal, ticketId);
    const Rendered rendered = renderFor(db, call.principal, response, ticket, language);
    return QJsonObject { { QStringLiteral("id"), double(id) },
        { QStringLiteral("language"), rendered.language },
        { QStringLiteral("body"), rendered.body },
        { QStringLiteral("actions"), response.actions } };
}

QJsonValue applyMacro(Db& db, const CallContext& call, EventList& events)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("ticketId"), QStringLiteral("version"),
            QStringLiteral("body"), QStringLiteral("internal"), QStringLiteral("language") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const qint64 ticketId = params.requiredId(QStringLiteral("ticketId"));
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (!version)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    const auto body = params.optionalString(QStringLiteral("body"));
    const bool internal = params.optionalBool(QStringLiteral("internal"), false);
    const auto language = languageParam(params);
    const Response response = usableResponse(db, me, id);
    const Ticket ticket = ticketstore::visible(db, me, TicketId(ticketId));
    if (*version != ticket.version)
        throw RpcException(rpc::Conflict,
            QStringLiteral("ticket %1 is at version %2, not %3")
                .arg(ticketId)
                .arg(ticket.version)
                .arg(*version),
            QJsonObject { { QStringLiteral("current"), ticket.toJson() } });

    // The ticket's own handlers do the work, so their checks, history and pushes apply.
    const QJsonObject changes = changesFor(response.actions, ticket, me);
    if (!changes.isEmpty())
        tickets::update(db,
            CallContext { me,
                QJsonObject { { QStringLiteral("id"), ticketId },
                    { QStringLiteral("version"), *version },
                    { QStringLiteral("changes"), changes } },
                call.address },
            events);
    const QString text = body ? *body : renderFor(db, me, response, ticket, language).body;
    QJsonValue message;
    if (!text.trimmed().isEmpty())
        message = tickets::addMessage(db,
            CallContext { me,
                QJsonObject { { QStringLiteral("ticketId"), ticketId },
                    { QStringLiteral("body"), text }, { QStringLiteral("internal"), internal } },
                call.address },
            events);
    return QJsonObject {
        { QStringLiteral("ticket"), ticketstore::visible(db, me, TicketId(ticketId)).toJson() },
        { QStringLiteral("message"), message },
    };
}

} // namespace helpdesk::server::canned
