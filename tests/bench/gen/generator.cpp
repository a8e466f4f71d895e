// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "directory/passwordhasher.h"
#include "search/searchindex.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace helpdesk::bench {

using server::Db;
using server::SqlError;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kSpan = 730 * kDay; // tickets were created over the last two years

enum Status { New, Open, Pending, Resolved, Closed };
const char* const kStatusNames[] = { "new", "open", "pending", "resolved", "closed" };
const char* const kPriorityNames[] = { "low", "normal", "high", "urgent" };

const char* const kSupportTags[] = { "php", "mysql", "email", "dns", "ssl", "backup", "wordpress",
    "cron", "performance", "migration", "ssh", "outage", "vps", "ftp", "nginx" };
const char* const kBillingTags[] = { "invoice", "refund", "upgrade", "domain", "payment", "vat" };
const char* const kAbuseTags[] = { "spam", "abuse", "malware", "blacklist", "phishing" };

// One-element JSON array, the form ticket_events stores values in (see ticketstore.cpp).
QString jsonValue(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

int weighted(Random& random, const int* weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    int roll = random.below(total);
    for (int i = 0; i < count; ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return count - 1;
}

qint64 exponential(Random& random, qint64 mean)
{
    return qint64(-std::log(1.0 - random.unit()) * double(mean));
}

void execOrThrow(QSqlQuery& query)
{
    if (!query.exec())
        throw SqlError(
            query.lastError().text() + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']'));
}

} // namespace

Generator::Generator(GeneratorOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
    , m_text(m_random)
{
}

Generator::~Generator() = default;

QSqlQuery& Generator::statement(const QString& sql)
{
    return m_db->prepared(sql);
}

GeneratorStats Generator::run()
{
    m_db = std::make_unique<Db>(
        server::DatabaseConfig { m_options.databasePath }, QStringLiteral("helpdesk-gen"));
    server::migrate(*m_db);
    {
        server::Query existing(*m_db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        if (existing.scalar().toLongLong() > 0)
            throw SqlError(QStringLiteral("%1 already holds tickets; use a new file")
                               .arg(m_options.databasePath));
    }
    // A generator may lose everything on a crash; the server itself always runs with FULL.
    m_db->execRaw(QStringLiteral("PRAGMA synchronous=OFF"));
    m_db->execRaw(QStringLiteral("PRAGMA foreign_keys=OFF")); // rows are consistent by construction
    m_db->execRaw(QStringLiteral("PRAGMA cache_size=-1048576"));
    m_db->execRaw(QStringLiteral("PRAGMA wal_autocheckpoint=100000"));

    m_nowMs = server::nowMs();
    m_startMs = m_nowMs - kSpan;
    {
        server::Query queues(*m_db, QStringLiteral("SELECT id, name FROM queues"));
        queues.exec();
        while (queues.next()) {
            const QString name = queues.text(1);
            const int kind = name == QLatin1String("Billing") ? 1
                : name == QLatin1String("Abuse")              ? 2
                                                              : 0;
            if (name == QLatin1String("Support") || kind > 0)
                m_queueIds[kind] = queues.int64(0);
        }
    }

    const QString hash = server::hashPassword(m_options.password);
    m_db->begin();
    createStaff(hash);
    createCustomers(hash);
    m_db->commit();

    for (qint64 index = 0; index < m_options.tickets;) {
        const qint64 end = std::min(m_options.tickets, index + m_options.ticketsPerTransaction);
        m_db->begin();
        for (; index < end; ++index)
            createTicket(index);
        server::search::syncIndex(*m_db); // as the server does before each commit
        m_db->commit();
        if (m_progress)
            m_progress(index);
    }
    m_db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    m_db.reset();
    return m_stats;
}

qint64 Generator::insertUser(const QString& login, const QString& name, const char* role,
    const QString& locale, qint64 customerId, const char* contactRole, const QString& hash)
{
    QSqlQuery& q = statement(QStringLiteral("INSERT INTO users (login, name, role, locale, "
                                            "customer_id, contact_role, password_hash, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, login);
    q.bindValue(1, name);
    q.bindValue(2, QString::fromLatin1(role));
    q.bindValue(3, locale);
    q.bindValue(4, customerId > 0 ? QVariant(customerId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(5,
        contactRole ? QVariant(QString::fromLatin1(contactRole))
                    : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(6, hash);
    q.bindValue(7, m_startMs - 30 * kDay);
    execOrThrow(q);
    if (!q.next())
        throw SqlError(QStringLiteral("no id for user %1").arg(login));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ++m_stats.users;
    return id;
}

QString Generator::personName(Language language)
{
    const PhrasePool& pool = phrases(language);
    return m_random.pick(pool.firstNames) + QLatin1Char(' ') + m_random.pick(pool.lastNames);
}

void Generator::createStaff(const QString& hash)
{
    insertUser(QStringLiteral("admin"), QStringLiteral("Alex Admin"), "admin",
        QStringLiteral("en_GB"), 0, nullptr, hash);
    for (int i = 1; i <= 3; ++i) {
        const Language language = Language(i % kLanguageCount);
        const QString name = personName(language);
        m_leads.append({ insertUser(QStringLiteral("lead%1").arg(i), name, "lead",
                             phrases(language).locale, 0, nullptr, hash),
            name });
    }
    // Agents speak the customers' languages roughly in proportion to them.
    for (int i = 1; i <= m_options.agents; ++i) {
        const int slot = (i - 1) % 10;
        const Language language = slot < 4 ? Language::English
            : slot < 6                     ? Language::Russian
            : slot < 8                     ? Language::Polish
                                           : Language::Croatian;
        const QString name = personName(language);
        const qint64 id = insertUser(QStringLiteral("agent%1").arg(i), name, "agent",
            phrases(language).locale, 0, nullptr, hash);
        m_agentsByLanguage[int(language)].append({ id, name });
    }
    for (auto& agents : m_agentsByLanguage) {
        if (agents.isEmpty())
            agents = m_leads; // with very few agents, leads answer
    }
}

void Generator::createCustomers(const QString& hash)
{
    static const int kLanguageWeights[] = { 40, 25, 20, 15 };
    static const char* const kContactRoles[] = { "owner", "technical", "billing" };
    static const char* const kLoginSuffixes[] = { "owner", "tech", "billing" };
    QSqlQuery& insert = statement(
        QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
    for (int i = 1; i <= m_options.customers; ++i) {
        Customer customer;
        customer.language = Language(weighted(m_random, kLanguageWeights, kLanguageCount));
        const PhrasePool& pool = phrases(customer.language);
        QString name = m_random.pick(pool.companyPatterns);
        name.replace(QLatin1String("{last}"), m_random.pick(pool.lastNames));
        customer.domain
            = QStringLiteral("%1-%2.example").arg(m_random.pick(pool.domainWords)).arg(i);
        insert.bindValue(0, name);
        insert.bindValue(1, m_startMs - 60 * kDay + m_random.below64(kSpan / 2));
        execOrThrow(insert);
        insert.next();
        customer.id = insert.value(0).toLongLong();
        insert.finish();
        for (int role = 0; role < 3; ++role) {
            customer.userNames[role] = personName(customer.language);
            customer.users[role] = insertUser(
                QStringLiteral("customer%1.%2").arg(i).arg(QLatin1String(kLoginSuffixes[role])),
                customer.userNames[role], "customer", pool.locale, customer.id, kContactRoles[role],
                hash);
        }
        m_customers.append(customer);
    }
}

const Generator::Agent& Generator::agentFor(Language language)
{
    const QVector<Agent>& agents = m_agentsByLanguage[int(language)];
    return agents.at(m_random.below(int(agents.size())));
}

void Generator::insertMessage(
    qint64 ticketId, qint64 authorId, const QString& body, bool internal, qint64 at)
{
    QSqlQuery& q = statement(QStringLiteral("INSERT INTO messages (id, ticket_id, author_id, body, "
                                            "internal, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, m_nextMessageId++);
    q.bindValue(1, ticketId);
    q.bindValue(2, authorId);
    q.bindValue(3, body);
    q.bindValue(4, internal ? 1 : 0);
    q.bindValue(5, at);
    execOrThrow(q);
    ++m_stats.messages;
}

void Generator::insertEvent(qint64 ticketId, qint64 actorId, const QString& field,
    const QString& oldJson, const QString& newJson, qint64 at)
{
    QSqlQuery& q = statement(QStringLiteral("INSERT INTO ticket_events (id, ticket_id, actor_id, "
                                            "field, old_value, new_value, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, m_nextEventId++);
    q.bindValue(1, ticketId);
    q.bindValue(2, actorId);
    q.bindValue(3, field);
    q.bindValue(4, oldJson);
    q.bindValue(5, newJson);
    q.bindValue(6, at);
    execOrThrow(q);
    ++m_stats.events;
}

void Generator::createTicket(qint64 index)
{
    const qint64 ticketId = index + 1;
    // Ids grow with creation time, as they do in a live system.
    const qint64 slot = kSpan / std::max<qint64>(1, m_options.tickets);
    const qint64 created
        = std::min(m_nowMs - kMinute, m_startMs + index * slot + m_random.below64(slot + 1));
    const qint64 age = m_nowMs - created;

    // Customer (skewed: a few large customers open many tickets) or a phone call without one.
    const bool hasCustomer = !m_random.chance(0.03);
    const Customer* customer = nullptr;
    Language language;
    QString domain;
    if (hasCustomer) {
        customer
            = &m_customers.at(int(double(m_customers.size()) * std::pow(m_random.unit(), 2.0)));
        language = customer->language;
        domain = customer->domain;
    } else {
        language = Language(m_random.below(kLanguageCount));
        domain = QStringLiteral("%1.example").arg(m_random.pick(phrases(language).domainWords));
    }

    static const int kQueueWeights[] = { 75, 18, 7 };
    const auto queue = QueueKind(weighted(m_random, kQueueWeights, 3));
    static const int kRecentStatus[] = { 15, 30, 20, 20, 15 };
    static const int kOldStatus[] = { 1, 3, 2, 14, 80 };
    const int status = weighted(m_random, age < 30 * kDay ? kRecentStatus : kOldStatus, 5);
    static const int kPriorityWeights[] = { 20, 55, 18, 7 };
    int priority = weighted(m_random, kPriorityWeights, 4);

    // Requester: billing questions come from the billing contact, the rest mostly from tech.
    int contact = 0;
    if (customer)
        contact = queue == QueueKind::Billing ? (m_random.chance(0.7) ? 2 : 0)
                                              : (m_random.chance(0.7) ? 1 : 0);
    const Agent& agent = agentFor(language);
    const qint64 requester = customer ? customer->users[contact] : agent.id;
    const QString requesterName = customer ? customer->userNames[contact] : personName(language);
    const bool assigned = status == New ? m_random.chance(0.3) : m_random.chance(0.95);

    // Last activity: new tickets are fresh, others were worked on for a while.
    qint64 updated = created;
    int messageCount = 1;
    if (status == New) {
        messageCount = m_random.chance(0.7) ? 1 : 2;
        if (messageCount > 1)
            updated = created + std::min(age, kMinute + m_random.below64(2 * kHour));
    } else {
        const int mean = std::max(2, m_options.messagesPerTicket);
        messageCount = 2 + m_random.below(2 * mean - 3);
        const qint64 duration
            = exponential(m_random, status == Resolved || status == Closed ? 2 * kDay : 3 * kDay);
        updated = created + std::min(age, kMinute + duration);
    }

    QStringList tags;
    {
        static const int kTagCounts[] = { 25, 40, 25, 10 };
        const int tagCount = weighted(m_random, kTagCounts, 4);
        const char* const* pool = queue == QueueKind::Billing ? kBillingTags
            : queue == QueueKind::Abuse                       ? kAbuseTags
                                                              : kSupportTags;
        const int poolSize = queue == QueueKind::Billing ? int(std::size(kBillingTags))
            : queue == QueueKind::Abuse                  ? int(std::size(kAbuseTags))
                                                         : int(std::size(kSupportTags));
        for (int i = 0; i < tagCount; ++i) {
            const QString tag = QString::fromLatin1(pool[m_random.below(poolSize)]);
            if (!tags.contains(tag))
                tags << tag;
        }
        if (m_random.chance(0.02))
            tags << QStringLiteral("vip");
    }

    // Messages, spread from creation to the last update.
    const bool rare = m_random.below(kRareWordEvery) == 0;
    const qint64 step = messageCount > 1 ? (updated - created) / (messageCount - 1) : 0;
    qint64 firstAgentReply = 0;
    bool customerTurn = true;
    for (int k = 0; k < messageCount; ++k) {
        const qint64 at = k == messageCount - 1 ? updated : created + k * step;
        if (k == 0) {
            insertMessage(ticketId, requester,
                m_text.firstMessage(language, domain, requesterName, rare), false, at);
            customerTurn = false;
        } else if (customerTurn || !assigned) {
            insertMessage(ticketId, requester,
                m_text.customerReply(language, domain, requesterName), false, at);
            customerTurn = false;
        } else if (m_random.chance(0.15)) {
            insertMessage(ticketId, agent.id, m_text.internalNote(language, domain), true, at);
        } else {
            insertMessage(
                ticketId, agent.id, m_text.agentReply(language, domain, agent.name), false, at);
            if (firstAgentReply == 0)
                firstAgentReply = at;
            customerTurn = m_random.chance(0.7);
        }
    }
    if (rare)
        ++m_stats.rareTickets;

    // History: created, assignment, priority and the status path to where the ticket is now.
    int changes = 0;
    insertEvent(ticketId, requester, QStringLiteral("created"), jsonValue(QJsonValue::Null),
        jsonValue(QStringLiteral("new")), created);
    if (assigned) {
        const Agent& lead = m_leads.at(m_random.below(int(m_leads.size())));
        insertEvent(ticketId, m_random.chance(0.5) ? lead.id : agent.id,
            QStringLiteral("assigneeId"), jsonValue(QJsonValue::Null), jsonValue(double(agent.id)),
            std::min(updated, created + kMinute + m_random.below64(30 * kMinute)));
        ++changes;
    }
    if (status != New && m_random.chance(0.08)) {
        const int raised = std::min(3, priority + 1);
        insertEvent(ticketId, agent.id, QStringLiteral("priority"),
            jsonValue(QLatin1String(kPriorityNames[priority])),
            jsonValue(QLatin1String(kPriorityNames[raised])),
            std::min(updated, created + 10 * kMinute));
        priority = raised;
        ++changes;
    }
    if (status != New) {
        const qint64 openedAt
            = firstAgentReply ? firstAgentReply : std::min(updated, created + 5 * kMinute);
        insertEvent(ticketId, agent.id, QStringLiteral("status"), jsonValue(QStringLiteral("new")),
            jsonValue(QStringLiteral("open")), openedAt);
        ++changes;
        if (status != Open) {
            const int via = status == Closed ? int(Resolved) : status;
            insertEvent(ticketId, agent.id, QStringLiteral("status"),
                jsonValue(QStringLiteral("open")), jsonValue(QLatin1String(kStatusNames[via])),
                updated);
            ++changes;
            if (status == Closed) {
                insertEvent(ticketId, agent.id, QStringLiteral("status"),
                    jsonValue(QStringLiteral("resolved")), jsonValue(QStringLiteral("closed")),
                    updated);
                ++changes;
            }
        }
    }

    QSqlQuery& q = statement(QStringLiteral(
        "INSERT INTO tickets (id, subject, status, priority, queue_id, assignee_id, customer_id, "
        "requester_id, "
        "tags, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, ticketId);
    q.bindValue(1, m_text.subject(language, queue, domain));
    q.bindValue(2, status);
    q.bindValue(3, priority);
    q.bindValue(4,
        m_queueIds[int(queue)] ? QVariant(m_queueIds[int(queue)])
                               : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(5, assigned ? QVariant(agent.id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(6, customer ? QVariant(customer->id) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(7, requester);
    q.bindValue(8,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact)));
    q.bindValue(9, created);
    q.bindValue(10, updated);
    q.bindValue(11, 1 + changes + (messageCount - 1));
    execOrThrow(q);
    ++m_stats.tickets;

    QSqlQuery& tag
        = statement(QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)"));
    for (const QString& name : std::as_const(tags)) {
        tag.bindValue(0, ticketId);
        tag.bindValue(1, name);
        execOrThrow(tag);
        ++m_stats.tags;
    }
}

} // namespace helpdesk::bench
