// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "app/demohistory.h"
#include "directory/passwordhasher.h"
#include "directory/directorystore.h"
#include "search/searchindex.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QHash>

namespace helpdesk::server {

namespace {

struct DemoUser
{
    const char* login;
    const char* name;
    Role role;
    const char* locale;
    int customer; // index into kCustomers, -1 for staff
    ContactRole contact;
};

const char* const kCustomers[] = {
    "Nordwind Hosting Ltd",
    "ООО «Сибирь Веб»",
    "Kowalski Web Sp. z o.o.",
    "Jadran Media d.o.o.",
};

const DemoUser kUsers[] = {
    { "admin", "Alex Admin", Role::Admin, "en_GB", -1, ContactRole::Owner },
    { "lead", "Lena Fischer", Role::Lead, "de_DE", -1, ContactRole::Owner },
    { "ana", "Ana Horvat", Role::Agent, "hr_HR", -1, ContactRole::Owner },
    { "ivan", "Иван Петров", Role::Agent, "ru_RU", -1, ContactRole::Owner },
    { "marta", "Marta Nowak", Role::Agent, "pl_PL", -1, ContactRole::Owner },
    { "sam", "Sam Taylor", Role::Agent, "en_GB", -1, ContactRole::Owner },
    { "oliver", "Oliver Grant", Role::Customer, "en_GB", 0, ContactRole::Owner },
    { "nina", "Nina Patel", Role::Customer, "en_GB", 0, ContactRole::Technical },
    { "sergey", "Сергей Кузнецов", Role::Customer, "ru_RU", 1, ContactRole::Owner },
    { "olga", "Ольга Смирнова", Role::Customer, "ru_RU", 1, ContactRole::Billing },
    { "piotr", "Piotr Kowalski", Role::Customer, "pl_PL", 2, ContactRole::Owner },
    { "ivana", "Ivana Kovač", Role::Customer, "hr_HR", 3, ContactRole::Owner },
};

struct DemoMessage
{
    const char* author; // login
    const char* body;
    bool internal;
};

struct DemoTicket
{
    const char* subject;
    TicketStatus status;
    Priority priority;
    const char* queue; // name
    const char* assignee; // login or nullptr
    const char* tags; // comma separated
    int hoursAgo;
    QVector<DemoMessage> thread; // first message: the requester's
};

const QVector<DemoTicket>& demoTickets()
{
    static const QVector<DemoTicket> tickets {
        { "Website returns 502 after PHP upgrade", TicketStatus::Open, Priority::Urgent, "Support",
            "sam", "php,outage", 3,
            { { "nina",
                  "Hi,\n\nsince this morning's PHP 8.3 upgrade every page on shop.nordwind.example "
                  "returns 502 Bad Gateway. "
                  "We did not change anything on our side. Can you look at it urgently? We are "
                  "losing orders.\n\nNina",
                  false },
                { "sam",
                    "PHP-FPM pool for this site fails to start: the old php7.4 socket path is "
                    "still in the vhost. Fixing now.",
                    true },
                { "sam",
                    "Hello Nina,\n\nthe web server still pointed to the PHP 7.4 socket. I have "
                    "switched the site to PHP 8.3-FPM and "
                    "the shop answers again. Could you check checkout and the admin area?\n\nBest "
                    "regards,\nSam",
                    false } } },
        { "Invoice 2026-1043 charged twice", TicketStatus::Pending, Priority::High, "Billing",
            "sam", "invoice,refund", 27,
            { { "oliver",
                  "Our card was charged twice for invoice 2026-1043 (EUR 149.00). Please refund "
                  "one of the payments.",
                  false },
                { "sam",
                    "Dear Oliver, I can see both payments. I have asked our accounts team to "
                    "refund the second one; it usually "
                    "takes 3–5 business days. I'll keep this ticket open until you confirm it "
                    "arrived.",
                    false } } },
        { "Не приходят письма на info@sibir-web.example", TicketStatus::Open, Priority::High,
            "Support", "ivan", "email,dns", 5,
            { { "sergey",
                  "Здравствуйте!\n\nСо вчерашнего вечера на ящик info@ не приходят письма от "
                  "внешних отправителей. "
                  "Отправка работает. Проверьте, пожалуйста, что случилось.\n\nСергей",
                  false },
                { "ivan",
                    "MX у домена указывает на старый сервер mx2, его вывели из эксплуатации в "
                    "понедельник.",
                    true },
                { "ivan",
                    "Сергей, добрый день!\n\nMX-запись домена указывала на выведенный из работы "
                    "сервер. Я исправил запись, "
                    "изменения разойдутся в течение часа. Письма, отправленные за это время, "
                    "отправители доставят повторно.",
                    false } } },
        { "Счёт за продление домена", TicketStatus::Resolved, Priority::Normal, "Billing", "ivan",
            "domain", 72,
            { { "olga",
                  "Добрый день! Пришлите, пожалуйста, счёт на продление домена sibir-web.example "
                  "на 2 года для оплаты по безналу.",
                  false },
                { "ivan",
                    "Ольга, здравствуйте! Счёт № 5521 отправлен на вашу почту. После оплаты домен "
                    "продлим автоматически.",
                    false },
                { "olga", "Спасибо, оплатили.", false } } },
        { "Certyfikat SSL wygasł na sklepie", TicketStatus::New, Priority::Urgent, "Support",
            nullptr, "ssl", 1,
            { { "piotr",
                "Dzień dobry,\n\nprzeglądarki pokazują ostrzeżenie, że certyfikat dla "
                "sklep.kowalski.example wygasł wczoraj. "
                "Automatyczne odnawianie miało działać. Proszę o pilną pomoc.\n\nPiotr Kowalski",
                false } } },
        { "Przeniesienie bazy danych na nowy serwer", TicketStatus::Open, Priority::Normal,
            "Support", "marta", "migration,mysql", 50,
            { { "piotr",
                  "Chcemy przenieść bazę MySQL (ok. 12 GB) na nowy serwer VPS. Jak to zrobić z "
                  "najkrótszą przerwą?",
                  false },
                { "marta",
                    "Panie Piotrze, proponuję replikację: uruchomimy replikę na nowym serwerze, a "
                    "przełączenie zajmie kilka minut. "
                    "Czy pasuje okno serwisowe w sobotę o 22:00?",
                    false },
                { "marta", "Klient ma stary MySQL 5.7 — sprawdzić zgodność z 8.0 przed replikacją.",
                    true } } },
        { "Backup nije napravljen tri dana", TicketStatus::Open, Priority::High, "Support", "ana",
            "backup", 8,
            { { "ivana",
                  "Pozdrav,\n\nu kontrolnoj ploči vidim da zadnja tri dana nije napravljena "
                  "sigurnosna kopija stranice. "
                  "Možete li provjeriti?\n\nIvana",
                  false },
                { "ana", "Disk za backup je pun; oslobodila sam prostor i pokrenula ručni backup.",
                    true },
                { "ana",
                    "Poštovana Ivana,\n\nproblem je bio u punom disku za sigurnosne kopije. "
                    "Prostor je oslobođen, ručni backup je "
                    "uspješno završen, a noćni će se ponovno izvoditi normalno.\n\nLijep "
                    "pozdrav,\nAna",
                    false } } },
        { "Promjena paketa hostinga", TicketStatus::Closed, Priority::Low, "Billing", "ana",
            "upgrade", 240,
            { { "ivana",
                  "Željeli bismo prijeći na paket Business od idućeg mjeseca. Što trebamo učiniti?",
                  false },
                { "ana",
                    "Promjenu paketa sam pripremila od 1. u mjesecu; razliku ćemo obračunati na "
                    "sljedećem računu.",
                    false } } },
        { "Spam sent from our mailbox?", TicketStatus::Open, Priority::High, "Abuse", "lead",
            "abuse,email", 12,
            { { "oliver",
                  "We received bounce messages for mails we never sent. Is our mailbox "
                  "compromised?",
                  false },
                { "lead",
                    "Outgoing log shows 4,000 messages from newsletter@ via SMTP auth from one IP. "
                    "Password leaked; account locked.",
                    true } } },
        { "Request: SSH access for a new developer", TicketStatus::New, Priority::Normal, "Support",
            nullptr, "ssh", 2,
            { { "nina",
                "Please add SSH access for our new developer. Public key attached "
                "below:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB dev@nordwind",
                false } } },
        { "Медленно работает панель управления", TicketStatus::Pending, Priority::Low, "Support",
            "ivan", "panel", 30,
            { { "sergey", "Панель управления открывается по 20–30 секунд. Это у нас или у вас?",
                  false },
                { "ivan",
                    "Сергей, уточните, пожалуйста: в каком браузере и из какой сети вы работаете? "
                    "С нашей стороны задержек не видно.",
                    false } } },
        { "Faktura VAT z błędnym NIP", TicketStatus::Resolved, Priority::Normal, "Billing", "marta",
            "invoice", 96,
            { { "piotr", "Na fakturze 2026/10/118 jest błędny NIP. Proszę o korektę.", false },
                { "marta", "Wystawiłam fakturę korygującą, jest już dostępna w panelu klienta.",
                    false } } },
    };
    return tickets;
}

QString customerName(int index)
{
    return QString::fromUtf8(kCustomers[index]);
}

} // namespace

int seedDemoData(Db& db)
{
    Query existing(db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (existing.scalar().toLongLong() > 0)
        return 0;

    const QString hash = hashPassword(kDemoPassword);
    const qint64 now = nowMs();
    db.begin();
    try {
        QVector<CustomerId> customers;
        for (int i = 0; i < int(std::size(kCustomers)); ++i) {
            Query insert(db,
                QStringLiteral(
                    "INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
            insert.bind(customerName(i)).bind(now);
            customers << CustomerId(insert.scalar().toLongLong());
        }
        QHash<QString, User> users;
        for (const DemoUser& demo : kUsers) {
            const QString login = QString::fromUtf8(demo.login);
            Query taken(
                db, QStringLiteral("SELECT %1 FROM users u WHERE u.login = ?").arg(userColumns()));
            taken.bind(login).exec();
            if (taken.next()) {
                // An administrator created this login already: the demo uses that user as it is.
                users.insert(login, userFromRow(taken));
                continue;
            }
            User user;
            user.login = login;
            user.name = QString::fromUtf8(demo.name);
            user.role = demo.role;
            user.locale = QString::fromUtf8(demo.locale);
            if (demo.customer >= 0) {
                user.customerId = customers[demo.customer];
                user.contactRole = demo.contact;
            }
            users.insert(login, insertUser(db, user, hash));
        }
        QHash<QString, QueueId> queues;
        Query queueRows(db, QStringLiteral("SELECT id, name FROM queues"));
        queueRows.exec();
        while (queueRows.next())
            queues.insert(queueRows.text(1), QueueId(queueRows.int64(0)));

        // Who works where: the lead leads every queue, the agents share them by skill.
        const struct { const char* queue; const char* login; bool lead; } members[] = {
            { "Support", "lead", true }, { "Support", "ana", false }, { "Support", "ivan", false },
            { "Support", "sam", false }, { "Billing", "lead", true }, { "Billing", "marta", false },
            { "Billing", "sam", false }, { "Abuse", "lead", true }, { "Abuse", "ivan", false },
        };
        for (const auto& member : members) {
            const QueueId queue = queues.value(QString::fromUtf8(member.queue));
            const User user = users.value(QString::fromUtf8(member.login));
            if (!queue.isValid() || !isStaff(user.role))
                continue;
            Query insert(db,
                QStringLiteral("INSERT INTO queue_members (queue_id, user_id, is_lead) "
                               "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM queue_members "
                               "WHERE queue_id = ? AND user_id = ?)"));
            insert.bind(queue.value()).bind(user.id.value()).bind(member.lead ? 1 : 0)
                .bind(queue.value()).bind(user.id.value()).exec();
        }

        int created = 0;
        for (const DemoTicket& demo : demoTickets()) {
            const User requester = users.value(QString::fromUtf8(demo.thread.first().author));
            const User assignee
                = demo.assignee ? users.value(QString::fromUtf8(demo.assignee)) : User();
            // A login taken by a user of another kind does not fit the story: leave that ticket
            // out.
            if (!requester.customerId || (demo.assignee && !isStaff(assignee.role)))
                continue;
            const qint64 start = now - qint64(demo.hoursAgo) * 3600 * 1000;
            Ticket ticket;
            ticket.subject = QString::fromUtf8(demo.subject);
            ticket.status = TicketStatus::New;
            ticket.priority = demo.priority;
            if (queues.contains(QString::fromUtf8(demo.queue)))
                ticket.queueId = queues.value(QString::fromUtf8(demo.queue));
            ticket.customerId = requester.customerId;
            ticket.requesterId = requester.id;
            ticket.tags = QString::fromUtf8(demo.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
            ticket.createdAt = ticket.updatedAt = ticketstore::fromMs(start);
            ticket = ticketstore::insert(db, ticket);
            ticketstore::recordEvent(db, ticket.id, requester.id, QStringLiteral("created"),
                QJsonValue::Null, toString(ticket.status), start);
            qint64 at = start;
            for (const DemoMessage& demoMessage : demo.thread) {
                const User author = users.value(QString::fromUtf8(demoMessage.author));
                Message message;
                message.ticketId = ticket.id;
                // A demo author whose login is taken by a user of another kind is left out.
                const bool customerLine
                    = qstrcmp(demoMessage.author, demo.thread.first().author) == 0;
                if (!author.id.isValid() || isStaff(author.role) == customerLine)
                    continue;
                message.authorId = author.id;
                message.body = QString::fromUtf8(demoMessage.body);
                message.internal = demoMessage.internal;
                message.createdAt = ticketstore::fromMs(at);
                ticketstore::insertMessage(db, message, QString());
                at += qint64(demo.hoursAgo) * 3600 * 1000 / (demo.thread.size() + 1);
            }
            const Ticket before = ticket;
            const User& actor = demo.assignee ? assignee : requester;
            if (demo.assignee) {
                ticket.assigneeId = actor.id;
                const User lead = users.value(QStringLiteral("lead"));
                ticketstore::recordEvent(db, ticket.id,
                    isStaff(lead.role) && lead.id.isValid() ? lead.id : actor.id,
                    QStringLiteral("assigneeId"), QJsonValue::Null, double(actor.id.value()),
                    start + 60'000);
            }
            if (demo.status != TicketStatus::New) {
                ticket.status = demo.status;
                ticketstore::recordEvent(db, ticket.id, actor.id, QStringLiteral("status"),
                    toString(TicketStatus::New), toString(demo.status), at);
            }
            ticket.updatedAt = ticketstore::fromMs(at);
            ticket.version = before.version + 1;
            ticketstore::save(db, ticket, before.tags, before.version);
            ++created;
        }
        created += seedDemoHistory(db, users, queues, now);
        search::syncIndex(db);
        db.commit();
        return created;
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace helpdesk::server
