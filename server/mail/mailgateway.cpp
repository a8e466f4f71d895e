// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailgateway.h"

#include "directory/directorystore.h"
#include "files/attachmentstore.h"
#include "files/blobstore.h"
#include "files/filename.h"
#include "mail/mailparser.h"
#include "mail/mailstore.h"
#include "mail/notifier.h"
#include "storage/db.h"
#include "tickets/messagecc.h"
#include "tickets/messageccstore.h"
#include "tickets/ticketevents.h"
#include "tickets/ticketstore.h"

#include <QDateTime>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace helpdesk::server::mail {

namespace {

constexpr int kMaxSubjectChars = 500; // as ticket.create
constexpr qint64 kHourMs = 3600LL * 1000;
// A password hash no password matches: contacts made from mail cannot log in until an admin
// sets a password.
const QString kNoPassword = QStringLiteral("!mail-contact");

GatewayResult result(Disposition disposition, const QString& text)
{
    GatewayResult r;
    r.disposition = disposition;
    r.text = text;
    return r;
}

// Why this mail must not be answered or filed as a person's words; empty when it is.
QString loopReason(const ParsedMail& mail, const MailConfig& config, const QueueMailConfig& queue)
{
    if (!mail.autoSubmitted.isEmpty() && mail.autoSubmitted != QLatin1String("no"))
        return QStringLiteral("Auto-Submitted: %1").arg(mail.autoSubmitted);
    if (mail.precedence == QLatin1String("bulk") || mail.precedence == QLatin1String("list")
        || mail.precedence == QLatin1String("junk"))
        return QStringLiteral("Precedence: %1").arg(mail.precedence);
    if (mail.messageId.endsWith(QLatin1Char('@') + config.domain, Qt::CaseInsensitive))
        return QStringLiteral("our own Message-ID");
    if (!queue.address.isEmpty() && mail.fromAddress == queue.address.toLower())
        return QStringLiteral("from the queue's own address");
    if (mail.fromAddress.startsWith(QLatin1String("mailer-daemon@"))
        || mail.fromAddress.startsWith(QLatin1String("postmaster@")))
        return QStringLiteral("from %1").arg(mail.fromAddress);
    return {};
}

struct Thread
{
    TicketId ticket;
    QString secret;
};

// The ticket a reply names: the subject tag, else an In-Reply-To/References id of ours. Each
// carries the ticket's secret; a reference without the right one threads nothing.
std::optional<Thread> namedThread(Db& db, const ParsedMail& mail, const MailConfig& config)
{
    static const QRegularExpression tag(QStringLiteral("\\[#(\\d{1,18})-([a-z0-9]{4,32})\\]"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = tag.match(mail.subject);
    if (match.hasMatch()) {
        const Thread thread { TicketId(match.captured(1).toLongLong()), match.captured(2) };
        if (mailstore::secretMatches(db, thread.ticket, thread.secret))
            return thread;
    }
    static const QRegularExpression ours(
        QStringLiteral("^ticket\\.(\\d{1,18})\\.([a-z0-9]{4,32})\\.[^@]*@(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& id : mail.references) {
        const auto ref = ours.match(id);
        if (!ref.hasMatch() || ref.captured(3).compare(config.domain, Qt::CaseInsensitive) != 0)
            continue;
        const Thread thread { TicketId(ref.captured(1).toLongLong()), ref.captured(2) };
        if (mailstore::secretMatches(db, thread.ticket, thread.secret))
            return thread;
    }
    return std::nullopt;
}

// The ticket to add to: merged duplicates lead to their survivor; the sender must be one who
// may write in it (its requester, a contact of its organisation, or staff).
std::optional<Ticket> threadTicket(Db& db, const Thread& thread, const User& sender)
{
    auto ticket = ticketstore::find(db, thread.ticket);
    for (int hops = 0; ticket && ticket->mergedInto && hops < 16; ++hops)
        ticket = ticketstore::find(db, *ticket->mergedInto);
    if (!ticket)
        return std::nullopt;
    const bool staff = sender.role != Role::Customer;
    const bool ofTicket = ticket->requesterId == sender.id
        || (sender.customerId && ticket->customerId == sender.customerId);
    if (!staff && !ofTicket)
        return std::nullopt;
    return ticket;
}

ContactRole contactRoleFor(const QString& queueKind)
{
    return queueKind == QLatin1String("billing") ? ContactRole::Billing : ContactRole::Technical;
}

// The sender as a user: an existing one by address, or a new contact as the queue says.
// nullopt with `refusal` set when the queue takes no mail from them.
std::optional<User> senderUser(Db& db, const ParsedMail& mail, const QueueMailConfig& queue,
    const QString& queueKind, QString* refusal)
{
    if (auto user = mailstore::userByEmail(db, mail.fromAddress)) {
        if (!user->enabled) {
            *refusal = QStringLiteral("the account of %1 is disabled").arg(mail.fromAddress);
            return std::nullopt;
        }
        return user;
    }
    if (queue.unknownSenders == UnknownSenders::Reject) {
        *refusal = QStringLiteral("%1 is not known to this helpdesk; ask your organisation to "
                                  "add you as a contact")
                       .arg(mail.fromAddress);
        return std::nullopt;
    }
    const QString domain = mail.fromAddress.section(QLatin1Char('@'), -1);
    auto customer = mailstore::customerByMailDomain(db, domain);
    if (!customer) {
        if (queue.unknownSenders == UnknownSenders::Domain) {
            *refusal = QStringLiteral("no organisation here has the mail domain %1").arg(domain);
            return std::nullopt;
        }
        customer = mailstore::insertCustomer(db, domain, domain);
    }
    User contact;
    contact.login = mailstore::freeLogin(db, mail.fromAddress);
    contact.name = mail.fromName.isEmpty() ? mail.fromAddress : mail.fromName.left(200);
    contact.role = Role::Customer;
    contact.customerId = customer;
    contact.contactRole = contactRoleFor(queueKind);
    contact.email = mail.fromAddress;
    return insertUser(db, contact, kNoPassword);
}

QString messageBody(const ParsedMail& mail)
{
    QString body = mail.strippedText;
    if (!mail.attachments.isEmpty()) {
        QStringList names;
        for (const AttachmentInfo& attachment : mail.attachments)
            names << QStringLiteral("[attachment: %1 (%2)]")
                         .arg(attachment.fileName.isEmpty() ? QStringLiteral("unnamed")
                                                            : attachment.fileName,
                             attachment.contentType);
        body += (body.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + names.join(QLatin1Char('\n'));
    }
    return body.isEmpty() ? QStringLiteral("(empty mail)") : body;
}

// The mail's attachments (those within the size limit) stored as the message's files.
Message withAttachments(
    Db& db, const MailConfig& config, const ParsedMail& mail, const User& sender, Message message)
{
    if (config.attachmentDirectory.isEmpty())
        return message;
    const files::BlobStore store(config.attachmentDirectory);
    for (const AttachmentInfo& part : mail.attachments) {
        if (!part.kept)
            continue;
        Attachment file;
        file.messageId = message.id.value();
        file.mediaType = part.contentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                    : part.contentType.toLower();
        file.name = files::sanitiseFileName(part.fileName);
        if (file.name.isEmpty()) {
            const QString suffix = QMimeDatabase().mimeTypeForName(file.mediaType).preferredSuffix();
            file.name = suffix.isEmpty() ? QStringLiteral("attachment")
                                         : QStringLiteral("attachment.") + suffix;
        }
        file.size = part.data.size();
        file.sha256 = store.put(part.data);
        message.attachments << attachmentstore::insert(db, file, sender.id, nowMs());
    }
    return message;
}

// A customer's mail copied to colleagues: the contacts among its To and Cc addresses who could
// be copied on a reply in this ticket (tickets::ccRefusal: of its organisation, allowed to see
// it) become the message's cc; other addresses are ignored, and no user is made from them.
void recordCopies(Db& db, const ParsedMail& mail, const User& sender, TicketId ticketId,
    Message& message)
{
    const auto ticket = ticketstore::find(db, ticketId);
    if (sender.role != Role::Customer || message.internal || !ticket)
        return;
    QVector<UserId> copied;
    for (const QString& address : mail.copies) {
        const auto user = mailstore::userByEmail(db, address);
        if (!user || user->id == sender.id || copied.contains(user->id)
            || !tickets::ccRefusal(*user, *ticket).isEmpty())
            continue;
        copied << user->id;
        if (copied.size() == tickets::kMaxCc)
            break;
    }
    messageccstore::store(db, message.id, copied);
    message.cc = messageccstore::ofMessage(db, message.id);
}

Message newMessage(TicketId ticket, const User& sender, const QString& body, qint64 now)
{
    Message message;
    message.ticketId = ticket;
    message.authorId = sender.id;
    message.body = body;
    message.createdAt = ticketstore::fromMs(now);
    message.channel = Channel::Email;
    message.mailFrom = sender.email.toLower();
    return message;
}

GatewayResult openTicket(Db& db, const MailConfig& config, const ParsedMail& mail,
    const User& sender, std::optional<QueueId> queue, EventList& events)
{
    const qint64 now = nowMs();
    Ticket ticket;
    ticket.subject = mail.subject.isEmpty() ? QStringLiteral("(no subject)")
                                            : mail.subject.left(kMaxSubjectChars);
    ticket.queueId = queue;
    ticket.customerId = sender.customerId;
    ticket.requesterId = sender.id;
    ticket.channel = Channel::Email;
    ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(now);
    ticket = ticketstore::insert(db, ticket);
    mailstore::ticketSecret(db, ticket.id);
    Message message = withAttachments(db, config, mail, sender,
        *ticketstore::insertMessage(db, newMessage(ticket.id, sender, messageBody(mail), now), {}));
    recordCopies(db, mail, sender, ticket.id, message);
    ticketstore::recordEvent(db, ticket.id, sender.id, QStringLiteral("created"), QJsonValue::Null,
        toString(ticket.status), now);
    events << ticketChangedEvent(ticket) << messageAddedEvent(ticket, message);
    GatewayResult r
        = result(Disposition::Filed, QStringLiteral("new ticket %1").arg(ticket.id.value()));
    r.ticketId = ticket.id;
    r.messageId = message.id;
    r.newTicket = true;
    return r;
}

GatewayResult addReply(Db& db, const MailConfig& config, const ParsedMail& mail,
    const User& sender, const Ticket& found, EventList& events)
{
    const qint64 now = nowMs();
    Message reply = newMessage(found.id, sender, messageBody(mail), now);
    // A sensitive request waiting for its owner's approval: staff mail is kept as an internal
    // note, never a reply to the customer (docs/protocol.md, "Owner approval").
    reply.internal = isStaff(sender.role) && found.awaitingApproval();
    Message message
        = withAttachments(db, config, mail, sender, *ticketstore::insertMessage(db, reply, {}));
    recordCopies(db, mail, sender, found.id, message);
    if (!ticketstore::touch(db, found.id, now))
        throw SqlError(QStringLiteral("ticket %1 vanished").arg(found.id.value()));
    Ticket ticket = *ticketstore::find(db, found.id);
    // A customer writing again needs us again (as message.add).
    const TicketStatus before = ticket.status;
    if (sender.role == Role::Customer && before != TicketStatus::New
        && before != TicketStatus::Open) {
        ticket.status = TicketStatus::Open;
        ticketstore::setStatus(db, ticket.id, ticket.status);
        ticketstore::recordEvent(db, ticket.id, sender.id, QStringLiteral("status"),
            toString(before), toString(ticket.status), now);
    }
    events << messageAddedEvent(ticket, message) << ticketChangedEvent(ticket);
    GatewayResult r
        = result(Disposition::Filed, QStringLiteral("reply in ticket %1").arg(ticket.id.value()));
    r.ticketId = ticket.id;
    r.messageId = message.id;
    return r;
}

} // namespace

int exitCode(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Filed:
    case Disposition::Ignored:
        return 0;
    case Disposition::DataError:
        return 65;
    case Disposition::NoPermission:
        return 77;
    case Disposition::TempFail:
        return 75;
    }
    return 75;
}

QString ticketTag(TicketId ticket, const QString& secret)
{
    return QStringLiteral("[#%1-%2]").arg(ticket.value()).arg(secret);
}

QString ticketMessageId(TicketId ticket, const QString& secret, const QString& domain)
{
    return QStringLiteral("ticket.%1.%2.%3@%4")
        .arg(ticket.value())
        .arg(secret,
            QString::number(QDateTime::currentMSecsSinceEpoch(), 36)
                + QString::number(QRandomGenerator::system()->generate(), 36),
            domain);
}

GatewayResult fileMail(Db& db, const MailConfig& config, const QString& queueName,
    const QByteArray& raw, EventList& events)
{
    if (raw.size() > config.maxMessageBytes)
        return result(Disposition::DataError,
            QStringLiteral("the message is larger than this helpdesk accepts (%1 bytes at most)")
                .arg(config.maxMessageBytes));
    const auto queueRow = mailstore::queueByName(db, queueName);
    if (!queueRow)
        return result(Disposition::TempFail, QStringLiteral("no queue named %1").arg(queueName));
    const QueueMailConfig queue = config.queue(queueName);
    ParseLimits limits;
    limits.maxAttachmentBytes
        = config.attachmentDirectory.isEmpty() ? 0 : config.maxAttachmentBytes;
    const ParsedMail mail = parseMail(raw, limits);
    if (!mail.ok)
        return result(
            Disposition::DataError, QStringLiteral("unreadable message: %1").arg(mail.error));
    if (const QString loop = loopReason(mail, config, queue); !loop.isEmpty())
        return result(Disposition::Ignored, QStringLiteral("not filed (%1)").arg(loop));
    if (mailstore::isFiled(db, mail.messageId))
        return result(Disposition::Ignored,
            QStringLiteral("already filed: Message-ID <%1>").arg(mail.messageId));

    mailstore::InboundRow row { mail.messageId, mail.fromAddress, queueRow->id, std::nullopt,
        mail.text, raw };
    if (mailstore::mailsSince(db, mail.fromAddress, nowMs() - kHourMs) >= config.sendersPerHour) {
        mailstore::insertInbound(db, row); // kept for an admin to look at, not filed
        return result(Disposition::Ignored,
            QStringLiteral(
                "not filed: more than %1 mails from %2 in an hour (kept in mail_inbound)")
                .arg(config.sendersPerHour)
                .arg(mail.fromAddress));
    }
    QString refusal;
    const auto sender = senderUser(db, mail, queue, queueRow->kind, &refusal);
    if (!sender)
        return result(Disposition::NoPermission, refusal);

    const auto thread = namedThread(db, mail, config);
    const auto ticket = thread ? threadTicket(db, *thread, *sender) : std::nullopt;
    GatewayResult filed = ticket ? addReply(db, config, mail, *sender, *ticket, events)
                                 : openTicket(db, config, mail, *sender, queueRow->id, events);
    row.messageId = filed.messageId;
    if (!mailstore::insertInbound(db, row))
        throw SqlError(QStringLiteral("Message-ID <%1> was filed meanwhile").arg(mail.messageId));
    if (filed.newTicket && queue.acknowledge)
        queueAcknowledgement(db, config, filed.ticketId);
    return filed;
}

} // namespace helpdesk::server::mail
