// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertservice.h"

#include "alertstore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "rpc/session.h"
#include "service/serverconfig.h"
#include "service/servercontext.h"
#include "storage/storage.h"
#include "tickets/autoassign.h"
#include "tickets/newticket.h"
#include "tickets/ticketevents.h"
#include "tickets/ticketstore.h"
#include "sla/ticketsla.h"

namespace helpdesk::server::alerts {

namespace {


QString details(const Alert& alert)
{
    QStringList lines;
    if (!alert.severity.isEmpty())
        lines << QStringLiteral("Severity: %1").arg(alert.severity);
    if (!alert.host.isEmpty())
        lines << QStringLiteral("Host: %1").arg(alert.host);
    if (!alert.service.isEmpty())
        lines << QStringLiteral("Service: %1").arg(alert.service);
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it)
        lines << QStringLiteral("Label %1: %2").arg(it.key(), it.value().toString());
    lines << QStringLiteral("Alert key: %1").arg(alert.key);
    return lines.join(QLatin1Char('\n'));
}

QString alertText(const QString& heading, const Alert& alert)
{
    QStringList parts { heading };
    if (!alert.summary.isEmpty())
        parts << alert.summary;
    if (!alert.description.isEmpty())
        parts << alert.description;
    parts << details(alert);
    return parts.join(QStringLiteral("\n\n"));
}

Message note(const Ticket& ticket, UserId actor, const QString& body, qint64 now)
{
    Message message;
    message.ticketId = ticket.id;
    message.authorId = actor;
    message.body = body;
    message.internal = true;
    message.channel = Channel::Alert;
    message.createdAt = ticketstore::fromMs(now);
    return message;
}

// The ticket an incident points at, following merges to the survivor.
std::optional<Ticket> incidentTicket(Db& db, const std::optional<TicketId>& id)
{
    auto ticket = id ? ticketstore::find(db, *id) : std::nullopt;
    for (int hops = 0; ticket && ticket->mergedInto && hops < 16; ++hops)
        ticket = ticketstore::find(db, *ticket->mergedInto);
    return ticket;
}

Ticket openIncident(Db& db, const AlertConfig& config, const Alert& alert, UserId actor,
    qint64 now, EventList& events)
{
    Ticket ticket;
    ticket.subject = alert.summary.left(kMaxSummaryChars);
    ticket.priority = priorityOfSeverity(alert.severity).value_or(Priority::Normal);
    ticket.queueId = config.queue.isEmpty()
        ? ticketstore::firstQueueOfKind(db, QStringLiteral("technical"))
        : alertstore::queueByName(db, config.queue);
    ticket.customerId = alertstore::customerOfService(db, alert.host);
    if (!ticket.customerId)
        ticket.customerId = alertstore::customerOfService(db, alert.service);
    ticket.requesterId = actor;
    ticket.channel = Channel::Alert;
    ticket.status = TicketStatus::New;
    if (ticket.queueId)
        ticket.assigneeId = autoassign::choose(db, *ticket.queueId);
    ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(now);
    ticket = ticketstore::insert(db, ticket);
    const Message first = *ticketstore::insertMessage(
        db, note(ticket, actor, alertText(QStringLiteral("Alert firing."), alert), now), {});
    ticketstore::recordEvent(db, ticket.id, actor, QStringLiteral("created"), QJsonValue::Null,
        toString(ticket.status), now);
    return tickets::announceNewTicket(db, ticket, first, now, events);
}

// A note on the ticket, and optionally a new status, as one change of it.
void addNote(Db& db, const Ticket& found, UserId actor, const QString& body,
    std::optional<TicketStatus> status, qint64 now, EventList& events)
{
    const Message message = *ticketstore::insertMessage(db, note(found, actor, body, now), {});
    if (!ticketstore::touch(db, found.id, now))
        throw SqlError(QStringLiteral("ticket %1 vanished").arg(found.id.value()));
    if (status && *status != found.status) {
        ticketstore::setStatus(db, found.id, *status);
        ticketstore::recordEvent(db, found.id, actor, QStringLiteral("status"),
            toString(found.status), toString(*status), now);
    }
    Ticket ticket = *ticketstore::find(db, found.id);
    if (status)
        sla::trackTicket(db, found, ticket, sla::SlaTrigger::None, now);
    ticket = *ticketstore::find(db, found.id);
    events << messageAddedEvent(ticket, message) << ticketChangedEvent(ticket);
}

AlertOutcome outcome(const QString& action, const std::optional<TicketId>& ticket)
{
    return AlertOutcome { action, ticket };
}

AlertOutcome fireRepeat(Db& db, const AlertConfig& config, const Alert& alert, UserId actor,
    const alertstore::Incident& incident, qint64 now, EventList& events)
{
    const auto ticket = incidentTicket(db, incident.ticketId);
    if (!ticket || ticket->status == TicketStatus::Closed) {
        // The incident was closed (or deleted): this is a new one.
        const Ticket opened = openIncident(db, config, alert, actor, now, events);
        alertstore::restart(db, alert.key, opened.id, now);
        return outcome(QStringLiteral("opened"), opened.id);
    }
    if (!incident.firing || ticket->status == TicketStatus::Resolved) {
        addNote(db, *ticket, actor, alertText(QStringLiteral("Alert firing again."), alert),
            TicketStatus::Open, now, events);
        alertstore::noted(db, alert.key, now);
        return outcome(QStringLiteral("reopened"), ticket->id);
    }
    if (now - incident.lastNoteAtMs < config.noteIntervalMs) {
        alertstore::countUnnoted(db, alert.key);
        return outcome(QStringLiteral("counted"), ticket->id);
    }
    const QString heading = QStringLiteral("Alert still firing: %1 repeats since the last note "
                                           "(%2 firings in all).")
                                .arg(incident.unnotedRepeats + 1)
                                .arg(incident.firedCount);
    addNote(db, *ticket, actor, alertText(heading, alert), std::nullopt, now, events);
    alertstore::noted(db, alert.key, now);
    return outcome(QStringLiteral("noted"), ticket->id);
}

QString checkedText(const Params& params, const QString& name, int maxChars, bool required)
{
    const auto value = required ? std::optional<QString>(params.requiredString(name))
                                : params.optionalString(name);
    if (!value)
        return {};
    const QString text = value->trimmed();
    if (required && text.isEmpty())
        validationError(name, QStringLiteral("must not be empty"));
    if (text.size() > maxChars)
        validationError(name, QStringLiteral("longer than %1 characters").arg(maxChars));
    return text;
}

} // namespace

std::optional<Priority> priorityOfSeverity(const QString& severity)
{
    const QString s = severity.toLower();
    if (s.isEmpty() || s == QLatin1String("warning") || s == QLatin1String("medium")
        || s == QLatin1String("minor"))
        return Priority::Normal;
    if (s == QLatin1String("critical") || s == QLatin1String("page"))
        return Priority::Urgent;
    if (s == QLatin1String("error") || s == QLatin1String("high") || s == QLatin1String("major"))
        return Priority::High;
    if (s == QLatin1String("info") || s == QLatin1String("low") || s == QLatin1String("none"))
        return Priority::Low;
    return std::nullopt;
}

QJsonObject AlertOutcome::toJson() const
{
    return QJsonObject { { QStringLiteral("action"), action },
        { QStringLiteral("ticketId"),
            ticketId ? QJsonValue(double(ticketId->value())) : QJsonValue() } };
}

AlertOutcome fireAlert(Db& db, const AlertConfig& config, const Alert& alert, UserId actor,
    EventList& events)
{
    const qint64 now = nowMs();
    if (!alert.firing) {
        const auto id = alertstore::resolve(db, alert.key, now);
        const auto ticket = incidentTicket(db, id);
        if (!ticket)
            return outcome(QStringLiteral("ignored"), std::nullopt);
        const bool open = ticket->status != TicketStatus::Resolved
            && ticket->status != TicketStatus::Closed;
        addNote(db, *ticket, actor, alertText(QStringLiteral("Alert resolved."), alert),
            open ? std::optional<TicketStatus>(TicketStatus::Resolved) : std::nullopt, now,
            events);
        return outcome(QStringLiteral("resolved"), ticket->id);
    }
    // Two tries: a concurrent claim that rolled back leaves no row to count.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (alertstore::claim(db, alert.key, now)) {
            const Ticket opened = openIncident(db, config, alert, actor, now, events);
            alertstore::restart(db, alert.key, opened.id, now);
            return outcome(QStringLiteral("opened"), opened.id);
        }
        if (const auto incident = alertstore::countFiring(db, alert.key, now))
            return fireRepeat(db, config, alert, actor, *incident, now, events);
    }
    throw SqlError(QStringLiteral("alert_incidents: the row of %1 came and went").arg(alert.key));
}

Alert alertFromParams(const QJsonObject& object)
{
    const Params params(object);
    params.rejectUnknown({ QStringLiteral("key"), QStringLiteral("status"),
        QStringLiteral("summary"), QStringLiteral("description"), QStringLiteral("severity"),
        QStringLiteral("host"), QStringLiteral("service"), QStringLiteral("labels") });
    Alert alert;
    alert.key = checkedText(params, QStringLiteral("key"), kMaxKeyChars, true);
    const QString status = params.requiredString(QStringLiteral("status"));
    if (status != QLatin1String("firing") && status != QLatin1String("resolved"))
        validationError(QStringLiteral("status"), QStringLiteral("firing or resolved"));
    alert.firing = status == QLatin1String("firing");
    alert.summary = checkedText(params, QStringLiteral("summary"), kMaxSummaryChars, alert.firing);
    alert.description
        = checkedText(params, QStringLiteral("description"), kMaxDescriptionChars, false);
    alert.severity = checkedText(params, QStringLiteral("severity"), 40, false);
    if (!priorityOfSeverity(alert.severity))
        validationError(QStringLiteral("severity"),
            QStringLiteral("critical, page, error, high, major, warning, medium, minor, info, "
                           "low or none"));
    alert.host = checkedText(params, QStringLiteral("host"), kMaxNameChars, false);
    alert.service = checkedText(params, QStringLiteral("service"), kMaxNameChars, false);
    const QJsonObject labels = params.optionalObject(QStringLiteral("labels")).value_or(QJsonObject());
    if (labels.size() > kMaxLabels)
        validationError(QStringLiteral("labels"), QStringLiteral("at most %1").arg(kMaxLabels));
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!it.value().isString())
            throw RpcException(rpc::Error::invalidParams(
                QStringLiteral("labels.") + it.key().left(60), QStringLiteral("expected a string")));
        if (it.key().size() > kMaxNameChars || it.value().toString().size() > kMaxSummaryChars)
            validationError(QStringLiteral("labels"), QStringLiteral("a name or value too long"));
    }
    alert.labels = labels;
    return alert;
}

void fire(ServerContext& context, Session& session, const QJsonObject& params,
    const Responder& respond)
{
    const Alert alert = alertFromParams(params);
    const AlertConfig config { context.config.alertQueue, context.config.alertNoteIntervalMs };
    const UserId actor = session.principal()->userId;
    context.storage.write(
        [config, alert, actor](Db& db, EventList& events) {
            return QJsonValue(fireAlert(db, config, alert, actor, events).toJson());
        },
        [publish = context.publish, respond](const Outcome& done) {
            if (done.error) {
                respond.error(*done.error);
                return;
            }
            respond.result(done.result);
            publish(done.events);
        });
}

} // namespace helpdesk::server::alerts
