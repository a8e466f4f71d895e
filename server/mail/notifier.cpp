// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "directory/directorystore.h"
#include "mail/mailcomposer.h"
#include "mail/mailgateway.h"
#include "mail/mailstore.h"
#include "mail/mailtemplates.h"
#include "mail/outboxstore.h"
#include "reports/csattoken.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QSet>

namespace helpdesk::server::mail {

namespace {

// Who gets a notification, in which language, from which address.
struct Recipient
{
    User user;
    bool wantsMail = true; // users.mail_notifications
    QString language;
};

std::optional<Recipient> recipient(Db& db, UserId id)
{
    const auto user = findUser(db, id);
    if (!user || !user->enabled || !isPlainAddress(user->email))
        return std::nullopt;
    Recipient r { *user, outboxstore::wantsMail(db, id), QString() };
    QStringList languages { user->locale };
    if (user->customerId) {
        if (const auto customer = findCustomer(db, *user->customerId))
            languages << customer->language;
    }
    r.language = templateLanguage(languages);
    return r;
}

class Composer
{
public:
    Composer(Db& db, const MailConfig& config)
        : m_db(db)
        , m_config(config)
    {
    }

    // The mail about `ticket` to `to`, in the outbox.
    void queue(const Ticket& ticket, const Recipient& to, const QString& kind,
        std::optional<MessageId> message, const QHash<QString, QString>& values, bool person)
    {
        const QString queueAddress = queueAddressOf(ticket);
        const QString from = queueAddress.isEmpty() ? m_config.smtp.from : queueAddress;
        if (!isPlainAddress(from))
            return; // nothing to send from (docs: a queue address or smtp.from)
        const QString secret = mailstore::ticketSecret(m_db, ticket.id);
        OutgoingMail mail;
        mail.fromName = m_config.fromName;
        mail.fromAddress = from;
        mail.toName = to.user.name;
        mail.toAddress = to.user.email;
        mail.replyTo = from;
        mail.subject = templateText(to.language, kind + QStringLiteral("Subject"), values);
        mail.body = templateText(to.language, kind + QStringLiteral("Body"), values);
        mail.messageId = ticketMessageId(ticket.id, secret, m_config.domain);
        mail.references = outboxstore::threadIds(m_db, ticket.id, to.user.id);
        mail.autoSubmitted = person ? QString() : QStringLiteral("auto-generated");
        mail.language = to.language;
        outboxstore::enqueue(m_db,
            { kind, ticket.id, message, to.user.id, to.user.email, from, mail.messageId,
                composeMail(mail) });
    }

    QHash<QString, QString> values(const Ticket& ticket, const QString& language)
    {
        const QString secret = mailstore::ticketSecret(m_db, ticket.id);
        QString customer = templateText(language, QStringLiteral("noCustomer"));
        if (ticket.customerId) {
            if (const auto c = findCustomer(m_db, *ticket.customerId))
                customer = c->name;
        }
        return { { QStringLiteral("subject"), ticket.subject },
            { QStringLiteral("tag"), ticketTag(ticket.id, secret) },
            { QStringLiteral("id"), QString::number(ticket.id.value()) },
            { QStringLiteral("status"), templateText(language, toString(ticket.status)) },
            { QStringLiteral("priority"), templateText(language, toString(ticket.priority)) },
            { QStringLiteral("customer"), customer } };
    }

    const QString& ratingUrl() const { return m_config.ratingUrl; }

private:
    QString queueAddressOf(const Ticket& ticket)
    {
        if (!ticket.queueId)
            return {};
        return m_config.queue(outboxstore::queueName(m_db, *ticket.queueId)).address;
    }

    Db& m_db;
    const MailConfig& m_config;
};

QString nameOf(Db& db, UserId id)
{
    const auto user = findUser(db, id);
    return user ? user->name : QString();
}

// A staff member's public reply: to the requester, unless the agent said no (send_mail 0),
// or the requester turned notifications off and the ticket did not come by mail.
bool notifyReply(Db& db, Composer& composer, MessageId id)
{
    const auto message = ticketstore::findMessage(db, id);
    if (!message || message->internal)
        return false;
    const auto author = findUser(db, message->authorId);
    if (!author || author->role == Role::Customer)
        return false;
    const std::optional<bool> sendMail = outboxstore::sendMailChoice(db, id);
    if (sendMail == false)
        return false;
    const auto ticket = ticketstore::find(db, message->ticketId);
    if (!ticket)
        return false;
    const auto to = recipient(db, ticket->requesterId);
    if (!to || to->user.role != Role::Customer)
        return false;
    if (!sendMail && !to->wantsMail && ticket->channel != Channel::Email)
        return false;
    auto values = composer.values(*ticket, to->language);
    values.insert(QStringLiteral("agent"), author->name);
    values.insert(QStringLiteral("text"), message->body);
    composer.queue(*ticket, *to, QStringLiteral("reply"), id, values, true);
    return true;
}

// A status mail; a resolution's asks for a rating by two signed one-click links (good, bad)
// when mail.json has a ratingUrl.
void notifyStatus(Db& db, Composer& composer, const Ticket& ticket, const Recipient& to)
{
    auto values = composer.values(ticket, to.language);
    const qint64 resolution = reports::latestResolution(db, ticket.id);
    if (ticket.status != TicketStatus::Resolved || resolution == 0 || composer.ratingUrl().isEmpty()) {
        composer.queue(ticket, to, QStringLiteral("status"), std::nullopt, values, false);
        return;
    }
    const QString token = reports::csatToken(db, ticket.id, resolution);
    for (const QString& rating : { QStringLiteral("good"), QStringLiteral("bad") }) {
        QString link = composer.ratingUrl();
        link.replace(QStringLiteral("{token}"), token).replace(QStringLiteral("{rating}"), rating);
        values.insert(rating + QStringLiteral("Link"), link);
    }
    composer.queue(ticket, to, QStringLiteral("resolved"), std::nullopt, values, false);
}

// Status and assignee against what the last notification knew.
void notifyChanges(Db& db, Composer& composer, TicketId id, bool replied)
{
    const auto ticket = ticketstore::find(db, id);
    if (!ticket)
        return;
    const auto known = outboxstore::knownState(db, id);
    outboxstore::rememberState(db, id, ticket->status, ticket->assigneeId);
    const bool statusChanged = known && known->status != ticket->status;
    if (statusChanged && !replied) {
        const auto actor = outboxstore::lastActor(db, id, QStringLiteral("status"));
        const auto actorUser = actor ? findUser(db, *actor) : std::nullopt;
        const auto to = recipient(db, ticket->requesterId);
        if (actorUser && actorUser->role != Role::Customer && to && to->wantsMail
            && to->user.role == Role::Customer)
            notifyStatus(db, composer, *ticket, *to);
    }
    const bool assigned = ticket->assigneeId && (!known || known->assigneeId != ticket->assigneeId);
    if (!assigned)
        return;
    const auto actor = outboxstore::lastActor(
        db, id, known ? QStringLiteral("assigneeId") : QStringLiteral("created"));
    const auto to = recipient(db, *ticket->assigneeId);
    if (!to || !to->wantsMail || actor == ticket->assigneeId)
        return;
    auto values = composer.values(*ticket, to->language);
    values.insert(QStringLiteral("actor"), actor ? nameOf(db, *actor) : QString());
    composer.queue(*ticket, *to, QStringLiteral("assigned"), std::nullopt, values, false);
}

} // namespace

void queueNotifications(Db& db, const EventList& events, const MailConfig& config)
{
    if (config.smtp.url.isEmpty())
        return;
    Composer composer(db, config);
    QSet<qint64> replied;
    QVector<TicketId> changed;
    for (const PushEvent& event : events) {
        if (!event.cluster)
            continue;
        const ClusterEvent& e = *event.cluster;
        if (e.kind == ClusterEvent::Kind::MessageAdded && notifyReply(db, composer, e.message))
            replied.insert(e.ticket.value());
        if (e.kind == ClusterEvent::Kind::TicketChanged && !changed.contains(e.ticket))
            changed << e.ticket;
    }
    for (const TicketId id : changed)
        notifyChanges(db, composer, id, replied.contains(id.value()));
}

} // namespace helpdesk::server::mail
