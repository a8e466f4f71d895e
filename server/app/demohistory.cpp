// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "sla/ticketsla.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <random>

namespace helpdesk::server {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;

struct Story
{
    const char* queue;
    const char* subject;
    const char* question;
    const char* answer;
};

const Story kStories[] = {
    { "Support", "Mailbox full", "I cannot receive mail any more: the mailbox is full.",
        "I raised the quota to 5 GB and emptied the trash folder; new mail arrives again." },
    { "Support", "SSL certificate expired", "The browser warns that our certificate expired.",
        "The automatic renewal failed on a DNS record; fixed it and renewed the certificate." },
    { "Support", "Site slow since this morning", "Pages take ten seconds to load.",
        "A backup job ran during the day; moved it to the night. Pages load in under a second." },
    { "Support", "FTP login refused", "FileZilla says the login is incorrect.",
        "The FTP password was reset by the security check; I sent you a new one by phone." },
    { "Support", "DNS change not visible", "We changed the A record yesterday, the old site still shows.",
        "The old record had a TTL of one day; it is live everywhere now." },
    { "Billing", "Invoice address wrong", "Please put our new address on the invoices.",
        "Done: the next invoice goes to the new address; last month's is corrected too." },
    { "Billing", "Double charge in November", "We were charged twice for the domain.",
        "The second payment is refunded; you will see it in three to five days." },
    { "Billing", "Upgrade to the Business plan", "What does the Business plan cost per year?",
        "I sent the offer; the upgrade takes effect as soon as you confirm it." },
    { "Abuse", "Spam sent from our address", "Customers receive spam that looks like ours.",
        "A contact form was misused; we added a captcha and blocked the sender." },
    { "Abuse", "Phishing page on a subdomain", "A bank login page appeared on old.example.",
        "The page came through an outdated plugin; removed it and updated the site." },
};

// Requesters: contacts of the demo organisations.
const char* const kRequesters[] = { "oliver", "nina", "sergey", "olga", "piotr", "ivana" };
// Who answers in which queue.
const char* agentFor(const QString& queue, unsigned pick)
{
    static const char* const support[] = { "ana", "ivan", "sam" };
    static const char* const billing[] = { "marta", "sam" };
    if (queue == QLatin1String("Billing"))
        return billing[pick % 2];
    if (queue == QLatin1String("Abuse"))
        return "ivan";
    return support[pick % 3];
}

// One change of the ticket at `at`: saved, in its history and on its SLA clock (which keeps
// the report facts).
void change(Db& db, Ticket& ticket, TicketStatus status, UserId actor, sla::SlaTrigger trigger, qint64 at)
{
    const Ticket before = ticket;
    ticket.status = status;
    ticket.updatedAt = ticketstore::fromMs(at);
    ticket.version = before.version + 1;
    ticketstore::save(db, ticket, before.tags, before.version);
    ticketstore::recordEvent(db, ticket.id, actor, QStringLiteral("status"),
        toString(before.status), toString(status), at);
    sla::trackTicket(db, before, ticket, trigger, at);
}

} // namespace

int seedDemoHistory(Db& db, const QHash<QString, User>& users, const QHash<QString, QueueId>& queues,
    qint64 nowMs)
{
    std::minstd_rand random(20261205); // the same history every time
    auto between = [&random](qint64 low, qint64 high) {
        return low + qint64(random() % quint64(high - low + 1));
    };
    int made = 0;
    for (int daysAgo = 28; daysAgo >= 1; --daysAgo) {
        const qint64 count = between(1, 4);
        for (qint64 n = 0; n < count; ++n) {
            const Story& story = kStories[between(0, qint64(std::size(kStories)) - 1)];
            const QString queueName = QString::fromUtf8(story.queue);
            const User requester = users.value(QString::fromUtf8(kRequesters[between(0, 5)]));
            const User agent = users.value(QString::fromUtf8(agentFor(queueName, unsigned(random()))));
            if (!requester.customerId || !isStaff(agent.role) || !queues.contains(queueName))
                continue; // a login an administrator had taken for someone else
            const qint64 created = nowMs - daysAgo * kDay + between(-6 * 60, 6 * 60) * kMinute;
            const qint64 replied = created + between(15, 8 * 60) * kMinute;
            const qint64 resolved = std::min(replied + between(20, 36 * 60) * kMinute, nowMs - 60 * kMinute);
            if (resolved <= replied)
                continue;

            Ticket ticket;
            ticket.subject = QString::fromUtf8(story.subject);
            ticket.status = TicketStatus::New;
            ticket.priority = between(0, 9) == 0 ? Priority::High : Priority::Normal;
            ticket.queueId = queues.value(queueName);
            ticket.customerId = requester.customerId;
            ticket.requesterId = requester.id;
            ticket.assigneeId = agent.id;
            ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(created);
            ticket = ticketstore::insert(db, ticket);
            ticketstore::recordEvent(db, ticket.id, requester.id, QStringLiteral("created"),
                QJsonValue::Null, toString(ticket.status), created);
            sla::trackTicket(db, std::nullopt, ticket, sla::SlaTrigger::None, created);

            Message question;
            question.ticketId = ticket.id;
            question.authorId = requester.id;
            question.body = QString::fromUtf8(story.question);
            question.createdAt = ticketstore::fromMs(created);
            ticketstore::insertMessage(db, question, QString());
            Message answer = question;
            answer.authorId = agent.id;
            answer.body = QString::fromUtf8(story.answer);
            answer.createdAt = ticketstore::fromMs(replied);
            ticketstore::insertMessage(db, answer, QString());
            change(db, ticket, TicketStatus::Open, agent.id, sla::SlaTrigger::StaffReplied, replied);
            change(db, ticket, TicketStatus::Resolved, agent.id, sla::SlaTrigger::None, resolved);

            // Two in three customers rate; most are happy.
            if (between(0, 2) > 0) {
                const bool good = between(0, 6) > 0;
                const qint64 rated = std::min(resolved + between(10, 12 * 60) * kMinute, nowMs);
                Query rate(db,
                    QStringLiteral("UPDATE ticket_resolutions SET rating = ?, rated_by = ?, "
                                   "rated_at = ? WHERE ticket_id = ? AND number = 1"));
                rate.bind(good ? 1 : 0).bind(requester.id.value()).bind(rated).bind(ticket.id.value()).exec();
                ticketstore::recordEvent(db, ticket.id, requester.id, QStringLiteral("csat"),
                    QJsonValue::Null,
                    QJsonObject { { QStringLiteral("resolution"), 1 },
                        { QStringLiteral("rating"), good ? QStringLiteral("good") : QStringLiteral("bad") },
                        { QStringLiteral("comment"), QString() } },
                    rated);
            }
            ++made;
        }
    }
    return made;
}

} // namespace helpdesk::server
