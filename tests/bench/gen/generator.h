// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textcomposer.h"

#include <QString>
#include <QVector>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace helpdesk::server {
class Db;
}

namespace helpdesk::bench {

struct GeneratorOptions
{
    QString databasePath;
    qint64 tickets = 100'000;
    int messagesPerTicket = 5; // mean; each ticket gets 1 … 2·mean−1
    int customers = 2000;
    int agents = 40;
    QString password = QStringLiteral("bench");
    quint64 seed = 1;
    int ticketsPerTransaction = 5000;
};

struct GeneratorStats
{
    qint64 tickets = 0;
    qint64 messages = 0;
    qint64 events = 0;
    qint64 tags = 0;
    qint64 users = 0;
    qint64 rareTickets = 0;
};

// Fills an empty helpdesk database with a realistic, multilingual data set, fast: the schema
// comes from the server's own migrations (so the full-text triggers fill the index), rows
// go in through prepared statements in large transactions with synchronous=OFF.
class Generator
{
public:
    explicit Generator(GeneratorOptions options);
    ~Generator();

    // Progress callback: tickets written so far.
    void setProgress(std::function<void(qint64)> progress) { m_progress = std::move(progress); }
    // Throws server::SqlError.
    GeneratorStats run();

private:
    struct Customer
    {
        qint64 id;
        Language language;
        QString domain;
        qint64 users[3]; // owner, technical, billing
        QString userNames[3];
    };
    struct Agent
    {
        qint64 id;
        QString name;
    };

    void createStaff(const QString& hash);
    void createCustomers(const QString& hash);
    qint64 insertUser(const QString& login, const QString& name, const char* role,
        const QString& locale, qint64 customerId, const char* contactRole, const QString& hash);
    void createTicket(qint64 index);
    void insertMessage(
        qint64 ticketId, qint64 authorId, const QString& body, bool internal, qint64 at);
    void insertEvent(qint64 ticketId, qint64 actorId, const QString& field, const QString& oldJson,
        const QString& newJson, qint64 at);
    QString personName(Language language);
    const Agent& agentFor(Language language);
    QSqlQuery& statement(const QString& sql);

    GeneratorOptions m_options;
    Random m_random;
    TextComposer m_text;
    std::unique_ptr<server::Db> m_db;
    GeneratorStats m_stats;
    std::function<void(qint64)> m_progress;

    QVector<Customer> m_customers;
    QVector<Agent> m_agentsByLanguage[kLanguageCount];
    QVector<Agent> m_leads;
    qint64 m_queueIds[3] = { 0, 0, 0 };
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    qint64 m_nextMessageId = 1;
    qint64 m_nextEventId = 1;
};

} // namespace helpdesk::bench
