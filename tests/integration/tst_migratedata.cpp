// SPDX-License-Identifier: GPL-3.0-or-later
// `helpdesk-server migrate-data`: a SQLite installation filled through the protocol (tickets,
// replies, internal notes, history, tags, Cyrillic and Polish text, a NUL in a body, staff
// and customers) is moved into a fresh PostgreSQL database; a server on PostgreSQL then
// answers exactly as the SQLite one did. PostgreSQL only: skipped without HELPDESK_TEST_PG.
#include "testclient.h"
#include "reportchecks.h"
#include "testserver.h"

#include "storage/db.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::test;

namespace {

using Run = TestServer::CommandRun;


Run migrateData(const QString& from, const QString& to)
{
    return TestServer::runCommand({ QStringLiteral("migrate-data"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), to });
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

const QString kPeterPassword = QStringLiteral("Piotr-hasło-2024");
const QString kNulBody = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
const QString kEscapeCharBody
    = QStringLiteral("literal ") + QChar(0xFDD0) + QStringLiteral(" kept");

} // namespace

class TestMigrateData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsProgressAndVerification();
    void leavesTheSourceUnchanged();
    void samePasswords_data();
    void samePasswords();
    void rememberedSessionsKeepWorking();
    void apiTokensAndIncidentsCarriedOver();
    void sameTickets();
    void storesNulEscapedLikeTheServer();
    void reportAggregatesCounted();
    void sameSearchResults_data();
    void sameSearchResults();
    void newRowsGetIdsPastTheOldOnes();
    void idempotencyKeysCarriedOver();
    void refusesATargetInUseOrWithData();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void refusesAnOlderSource();

private:
    QJsonObject createTicket(TestClient& client, const QJsonObject& params);
    QJsonObject addMessage(TestClient& client, qint64 ticketId, const QString& body,
        bool internal = false, const QString& key = {});
    QList<qint64> searchIds(TestClient& client, const QString& query);
    std::unique_ptr<TestClient> loggedIn(const QString& login, const QString& password);

    TestServer m_source;
    TestServer m_target;
    QString m_sourceUrl;
    QByteArray m_sourceHashBefore;
    Run m_migration;
    QList<qint64> m_ticketIds;
    QHash<qint64, QJsonObject> m_ticketsBefore; // ticket.get as agent
    QJsonObject m_aliceTicketBefore; // ticket.get as alice (customer view)
    qint64 m_aliceTicket = 0;
    QString m_aliceToken;
    QString m_apiToken; // an API token of the source (issue 13)
    qint64 m_incident = 0; // the ticket its alert opened
    QHash<QString, QList<qint64>> m_searchBefore;
    qint64 m_maxTicket = 0;
    qint64 m_maxMessage = 0;
    qint64 m_maxCustomer = 0;
    qint64 m_keyedMessage = 0;
};

namespace {
// Queries with the same answer on both backends ("zazo": the prefix of Zażółć; unaccent folds
// ł, FTS5 does not, docs/admin.md).
const char* const kQueries[] = { "Ключ", "gęślą", "zazo", "quokka", "почта", "Globex" };
} // namespace

QJsonObject TestMigrateData::createTicket(TestClient& client, const QJsonObject& params)
{
    const QJsonObject response = client.call(QStringLiteral("ticket.create"), params);
    if (errorCode(response) != 0)
        qWarning("ticket.create: %s", describe(response).constData());
    const QJsonObject ticket = resultOf(response);
    m_ticketIds << idOf(ticket);
    return ticket;
}

QJsonObject TestMigrateData::addMessage(
    TestClient& client, qint64 ticketId, const QString& body, bool internal, const QString& key)
{
    QJsonObject params { { QStringLiteral("ticketId"), ticketId }, { QStringLiteral("body"), body },
        { QStringLiteral("internal"), internal } };
    if (!key.isEmpty())
        params.insert(QStringLiteral("idempotencyKey"), key);
    const QJsonObject response = client.call(QStringLiteral("message.add"), params);
    if (errorCode(response) != 0)
        qWarning("message.add: %s", describe(response).constData());
    return resultOf(response);
}

QList<qint64> TestMigrateData::searchIds(TestClient& client, const QString& query)
{
    const QJsonObject response = client.call(QStringLiteral("search"),
        QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("limit"), 50 } });
    QList<qint64> ids;
    for (const QJsonValue& value : resultOf(response).value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        ids << item.value(QLatin1String("ticketId")).toInteger()
            << item.value(QLatin1String("messageId")).toInteger(-1);
    }
    return ids;
}

std::unique_ptr<TestClient> TestMigrateData::loggedIn(const QString& login, const QString& password)
{
    auto client = std::make_unique<TestClient>(m_target.port());
    if (!client->isConnected() || errorCode(client->hello()) != 0
        || errorCode(client->login(login, password)) != 0)
        return nullptr;
    return client;
}

void TestMigrateData::initTestCase()
{
    TestServer::Options sqlite;
    sqlite.backend = QStringLiteral("sqlite");
    QVERIFY2(m_source.start(sqlite), qPrintable(m_source.errorString()));
    m_sourceUrl = QStringLiteral("sqlite:")
        + QDir(m_source.dataDir()).filePath(QStringLiteral("helpdesk.sqlite"));
    auto agent = TestClient::loggedIn(m_source.port(), QStringLiteral("agent"));
    auto lead = TestClient::loggedIn(m_source.port(), QStringLiteral("lead"));
    auto admin = TestClient::loggedIn(m_source.port(), QStringLiteral("admin"));
    auto alice = TestClient::loggedIn(m_source.port(), QStringLiteral("alice"));
    auto bob = TestClient::loggedIn(m_source.port(), QStringLiteral("bob"));
    QVERIFY(agent && lead && admin && alice && bob);
    m_aliceToken = alice->token();

    // An API token and the incident its alert opened (issue 13).
    m_apiToken = resultOf(admin->call(QStringLiteral("apiToken.create"),
                              QJsonObject { { QStringLiteral("name"), QStringLiteral("Prometheus") },
                                  { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } }))
                     .value(QLatin1String("token"))
                     .toString();
    TestClient monitor(m_source.port());
    HD_EXPECT_OK(monitor.hello());
    HD_EXPECT_OK(monitor.call(QStringLiteral("auth.token"), params(QStringLiteral("token"), m_apiToken)));
    m_incident = resultOf(monitor.call(QStringLiteral("alert.fire"),
                              QJsonObject { { QStringLiteral("key"), QStringLiteral("HostDown/web-01") },
                                  { QStringLiteral("status"), QStringLiteral("firing") },
                                  { QStringLiteral("summary"), QStringLiteral("web-01 is down") } }))
                     .value(QLatin1String("ticketId"))
                     .toInteger();
    QVERIFY(m_incident > 0);

    // A customer organisation and a user made through the protocol, with their own password.
    const QJsonObject initech = admin->call(QStringLiteral("customer.create"),
        params(QStringLiteral("name"), QStringLiteral("Инитех Sp. z o.o.")));
    HD_EXPECT_OK(initech);
    m_maxCustomer = idOf(resultOf(initech));
    HD_EXPECT_OK(admin->call(QStringLiteral("user.create"),
        QJsonObject { { QStringLiteral("login"), QStringLiteral("peter") },
            { QStringLiteral("name"), QStringLiteral("Piotr Łukasiewicz") },
            { QStringLiteral("role"), QStringLiteral("customer") },
            { QStringLiteral("password"), kPeterPassword },
            { QStringLiteral("customerId"), m_maxCustomer },
            { QStringLiteral("contactRole"), QStringLiteral("billing") },
            { QStringLiteral("locale"), QStringLiteral("pl_PL") } }));

    const qint64 first = idOf(createTicket(*agent,
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Ключ не работает") },
            { QStringLiteral("body"), QStringLiteral("Почта не доходит, сервер молчит") },
            { QStringLiteral("priority"), QStringLiteral("high") },
            { QStringLiteral("queueId"), 2 }, { QStringLiteral("customerId"), kAcme },
            { QStringLiteral("tags"),
                QJsonArray { QStringLiteral("почта"), QStringLiteral("dns") } } }));
    QVERIFY(first > 0);
    HD_EXPECT_OK(agent->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), first }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("status"), QStringLiteral("open") },
                    { QStringLiteral("assigneeId"), agent->userId() } } } }));
    QVERIFY(addMessage(*agent, first, QStringLiteral("Проверяем MX, a quokka ate the cable"))
                .value(QLatin1String("id"))
                .toInteger()
        > 0);
    addMessage(*lead, first, QStringLiteral("Внутренняя заметка: клиент важный"), true);
    addMessage(*agent, first, kNulBody);
    addMessage(*agent, first, kEscapeCharBody, true);

    m_aliceTicket = idOf(createTicket(*alice,
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Zażółć gęślą jaźń") },
            { QStringLiteral("body"), QStringLiteral("Proszę sprawdzić połączenie z bazą") },
            { QStringLiteral("idempotencyKey"), QStringLiteral("alice-create-1") } }));
    QVERIFY(m_aliceTicket > 0);
    HD_EXPECT_OK(lead->call(QStringLiteral("ticket.update"),
        QJsonObject { { QStringLiteral("id"), m_aliceTicket }, { QStringLiteral("version"), 1 },
            { QStringLiteral("changes"),
                QJsonObject { { QStringLiteral("priority"), QStringLiteral("urgent") },
                    { QStringLiteral("tags"), QJsonArray { QStringLiteral("vip") } },
                    { QStringLiteral("status"), QStringLiteral("pending") } } } }));

    m_keyedMessage = idOf(addMessage(*alice, m_aliceTicket, QStringLiteral("Już działa?"), false,
        QStringLiteral("alice-outbox-1")));
    addMessage(*agent, m_aliceTicket, QStringLiteral("Notatka wewnętrzna"), true);
    const qint64 bobs = idOf(createTicket(*bob,
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Globex invoice") },
            { QStringLiteral("body"), QStringLiteral("Wrong VAT number") } }));
    QVERIFY(bobs > 0);
    for (int i = 0; i < 5; ++i)
        createTicket(*agent,
            QJsonObject { { QStringLiteral("subject"), QStringLiteral("Routine %1").arg(i) },
                { QStringLiteral("body"), QStringLiteral("Ćevapi i šešir %1").arg(i) } });
    m_ticketIds << m_incident; // last: the checks of the first ticket stay on it

    for (const qint64 id : std::as_const(m_ticketIds)) {
        const QJsonObject got
            = agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id));
        HD_EXPECT_OK(got);
        m_ticketsBefore.insert(id, resultOf(got));
        for (const QJsonValue& message : resultOf(got).value(QLatin1String("messages")).toArray())
            m_maxMessage = std::max(m_maxMessage, idOf(message));
        m_maxTicket = std::max(m_maxTicket, id);
    }
    m_aliceTicketBefore = resultOf(
        alice->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_aliceTicket)));
    for (const char* query : kQueries)
        m_searchBefore.insert(
            QString::fromUtf8(query), searchIds(*agent, QString::fromUtf8(query)));
    QVERIFY(!m_searchBefore.value(QStringLiteral("quokka")).isEmpty());
    QVERIFY(!m_searchBefore.value(QStringLiteral("gęślą")).isEmpty());

    agent.reset();
    lead.reset();
    admin.reset();
    alice.reset();
    bob.reset();
    QCOMPARE(m_source.terminate(), 0);
    m_sourceHashBefore = fileHash(m_sourceUrl.mid(7));
    QVERIFY(!m_sourceHashBefore.isEmpty());

    // The target: a fresh PostgreSQL database just made by init (and served once), no data.
    TestServer::Options postgres;
    postgres.backend = QStringLiteral("postgres");
    postgres.populate = false;
    QVERIFY2(m_target.start(postgres), qPrintable(m_target.errorString()));
    QCOMPARE(m_target.terminate(), 0);
    m_migration = migrateData(m_sourceUrl, m_target.databaseUrl());
    QVERIFY2(m_migration.exitCode == 0, qPrintable(m_migration.err + m_migration.out));
    QVERIFY2(m_target.restart(), qPrintable(m_target.errorString()));
}

void TestMigrateData::reportsProgressAndVerification()
{
    const QString& out = m_migration.out;
    QVERIFY2(out.contains(QStringLiteral("tickets: %1/%1 (100 %)").arg(m_ticketIds.size())),
        qPrintable(out));
    // 7 people and the API token's service user.
    QVERIFY2(out.contains(QStringLiteral("users: 9/9 (100 %)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("api_tokens: 1/1 (100 %)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("alert_incidents: 1/1 (100 %)")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("DIFFERENT")));
    // The password is never printed.
    const auto target = helpdesk::server::DatabaseConfig::fromUrl(m_target.databaseUrl(), nullptr);
    QVERIFY(target && !target->password.isEmpty());
    QVERIFY(!out.contains(target->password) && !m_migration.err.contains(target->password));
    // One verification row per copied table, every one "same" on both sides.
    for (const char* table : { "customers", "queues", "users", "auth_tokens", "tickets",
             "ticket_tags", "messages", "ticket_events", "ticket_create_keys" }) {
        const QString row
            = out.split(QLatin1Char('\n'))
                  .filter(QRegularExpression(QStringLiteral("^%1 ").arg(QLatin1String(table))))
                  .value(0);
        QVERIFY2(!row.isEmpty(), table);
        const QStringList cells = row.simplified().split(QLatin1Char(' '));
        QCOMPARE(cells.size(), 6);
        QCOMPARE(cells.at(1), cells.at(2)); // source rows, target rows
        QCOMPARE(cells.at(3), QStringLiteral("same"));
        QCOMPARE(cells.at(5), QStringLiteral("same"));
    }
}

void TestMigrateData::leavesTheSourceUnchanged()
{
    QCOMPARE(fileHash(m_sourceUrl.mid(7)), m_sourceHashBefore);
}

void TestMigrateData::samePasswords_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    for (const char* login : { "admin", "lead", "agent", "agent2", "alice", "amy", "bob" })
        QTest::newRow(login) << QString::fromLatin1(login) << kPassword;
    QTest::newRow("peter (made through the protocol)") << QStringLiteral("peter") << kPeterPassword;
}

void TestMigrateData::samePasswords()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QVERIFY(loggedIn(login, password));
    auto wrong = std::make_unique<TestClient>(m_target.port());
    HD_EXPECT_OK(wrong->hello());
    QVERIFY(errorCode(wrong->login(login, password + QLatin1Char('x'))) != 0);
}

void TestMigrateData::rememberedSessionsKeepWorking()
{
    TestClient client(m_target.port());
    HD_EXPECT_OK(client.hello());
    const QJsonObject resumed
        = client.call(QStringLiteral("auth.resume"), params(QStringLiteral("token"), m_aliceToken));
    HD_EXPECT_OK(resumed);
    const QJsonObject got = resultOf(
        client.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), m_aliceTicket)));
    QCOMPARE(got, m_aliceTicketBefore);
}

// The token still signs in, and the same alert is a repeat of the same incident.
void TestMigrateData::apiTokensAndIncidentsCarriedOver()
{
    TestClient monitor(m_target.port());
    HD_EXPECT_OK(monitor.hello());
    HD_EXPECT_OK(monitor.call(QStringLiteral("auth.token"), params(QStringLiteral("token"), m_apiToken)));
    const QJsonObject again = resultOf(monitor.call(QStringLiteral("alert.fire"),
        QJsonObject { { QStringLiteral("key"), QStringLiteral("HostDown/web-01") },
            { QStringLiteral("status"), QStringLiteral("firing") },
            { QStringLiteral("summary"), QStringLiteral("web-01 is down") } }));
    QCOMPARE(again.value(QLatin1String("action")).toString(), QStringLiteral("counted"));
    QCOMPARE(again.value(QLatin1String("ticketId")).toInteger(), m_incident);
}

void TestMigrateData::sameTickets()
{
    auto agent = loggedIn(QStringLiteral("agent"), kPassword);
    QVERIFY(agent);
    for (const qint64 id : std::as_const(m_ticketIds)) {
        const QJsonObject got
            = resultOf(agent->call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), id)));
        const QJsonObject before = m_ticketsBefore.value(id);
        QVERIFY(!before.isEmpty());
        // Field by field, so a failure names what differs.
        for (const QString& part :
            { QStringLiteral("ticket"), QStringLiteral("messages"), QStringLiteral("events") })
            QVERIFY2(got.value(part) == before.value(part),
                qPrintable(QStringLiteral("ticket %1, %2").arg(id).arg(part)));
        QCOMPARE(got, before);
    }
    // The NUL and the escape character came through as they were written.
    QStringList bodies;
    for (const QJsonValue& message :
        m_ticketsBefore.value(m_ticketIds.first()).value(QLatin1String("messages")).toArray())
        bodies << message.toObject().value(QLatin1String("body")).toString();
    QVERIFY(bodies.contains(kNulBody));
    QVERIFY(bodies.contains(kEscapeCharBody));
    QVERIFY(!m_ticketsBefore.value(m_ticketIds.first())
                 .value(QLatin1String("events"))
                 .toArray()
                 .isEmpty());
    QCOMPARE(agent->call(QStringLiteral("ticket.list"), QJsonObject())
                 .value(QLatin1String("result"))
                 .toObject()
                 .value(QLatin1String("total"))
                 .toInteger(-1),
        qint64(m_ticketIds.size()));
}

// The report aggregates (step 26) are not copied: the target's triggers count the copied
// tickets and resolutions, and the counts equal the facts.
void TestMigrateData::reportAggregatesCounted()
{
    QVERIFY(aggregateRows(m_target) > 0);
    QCOMPARE(aggregateMismatches(m_target), 0);
    QCOMPARE(aggregateRows(m_target), aggregateRows(m_source));
}

void TestMigrateData::storesNulEscapedLikeTheServer()
{
    // U+0000 is stored as U+FDD0 U+FDD1, a literal U+FDD0 as two: as db.cpp writes them.
    QCOMPARE(m_target
                 .queryScalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE "
                                             "position(U&'\\FDD0\\FDD1' in body) > 0"))
                 .toLongLong(),
        1);
    QCOMPARE(m_target
                 .queryScalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE "
                                             "position(U&'\\FDD0\\FDD0' in body) > 0"))
                 .toLongLong(),
        1);
}

void TestMigrateData::sameSearchResults_data()
{
    QTest::addColumn<QString>("query");
    for (const char* query : kQueries)
        QTest::newRow(query) << QString::fromUtf8(query);
}

void TestMigrateData::sameSearchResults()
{
    QFETCH(QString, query);
    auto agent = loggedIn(QStringLiteral("agent"), kPassword);
    QVERIFY(agent);
    QCOMPARE(searchIds(*agent, query), m_searchBefore.value(query));
}

void TestMigrateData::newRowsGetIdsPastTheOldOnes()
{
    auto agent = loggedIn(QStringLiteral("agent"), kPassword);
    auto admin = loggedIn(QStringLiteral("admin"), kPassword);
    QVERIFY(agent && admin);
    const QJsonObject created = agent->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("After the move") },
            { QStringLiteral("body"), QStringLiteral("first on PostgreSQL") } });
    HD_EXPECT_OK(created);
    QCOMPARE(idOf(resultOf(created)), m_maxTicket + 1);
    const QJsonObject reply = agent->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), m_ticketIds.first() },
            { QStringLiteral("body"), QStringLiteral("reply on PostgreSQL") } });
    HD_EXPECT_OK(reply);
    // The new ticket's first message took max + 1.
    QCOMPARE(idOf(resultOf(reply)), m_maxMessage + 2);
    const QJsonObject customer = admin->call(
        QStringLiteral("customer.create"), params(QStringLiteral("name"), QStringLiteral("New")));
    HD_EXPECT_OK(customer);
    QCOMPARE(idOf(resultOf(customer)), m_maxCustomer + 1);
}

void TestMigrateData::idempotencyKeysCarriedOver()
{
    auto alice = loggedIn(QStringLiteral("alice"), kPassword);
    QVERIFY(alice);
    // A retried create and a retried reply resolve to the rows made on SQLite.
    const QJsonObject again = alice->call(QStringLiteral("ticket.create"),
        QJsonObject { { QStringLiteral("subject"), QStringLiteral("Zażółć gęślą jaźń") },
            { QStringLiteral("body"), QStringLiteral("Proszę sprawdzić połączenie z bazą") },
            { QStringLiteral("idempotencyKey"), QStringLiteral("alice-create-1") } });
    HD_EXPECT_OK(again);
    QCOMPARE(idOf(resultOf(again)), m_aliceTicket);
    const QJsonObject reply = alice->call(QStringLiteral("message.add"),
        QJsonObject { { QStringLiteral("ticketId"), m_aliceTicket },
            { QStringLiteral("body"), QStringLiteral("Już działa?") },
            { QStringLiteral("idempotencyKey"), QStringLiteral("alice-outbox-1") } });
    HD_EXPECT_OK(reply);
    QCOMPARE(idOf(resultOf(reply)), m_keyedMessage);
}

void TestMigrateData::refusesATargetInUseOrWithData()
{
    // While a server runs on the target.
    Run busy = migrateData(m_sourceUrl, m_target.databaseUrl());
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err.contains(QStringLiteral("connected to the target database")),
        qPrintable(busy.err));
    QCOMPARE(m_target.terminate(), 0);
    // Stopped, but holding the migrated (and newer) data.
    const qint64 tickets
        = m_target.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong();
    Run full = migrateData(m_sourceUrl, m_target.databaseUrl());
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QStringLiteral("already holds data")), qPrintable(full.err));
    QVERIFY2(full.err.contains(QStringLiteral("tickets: %1").arg(tickets)), qPrintable(full.err));
    // Nothing was touched.
    QCOMPARE(
        m_target.queryScalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong(), tickets);
    QVERIFY2(m_target.restart(), qPrintable(m_target.errorString()));
}

void TestMigrateData::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString pg = QStringLiteral("%PG%");
    const QString src = QStringLiteral("%SRC%");
    const auto row = [](const char* name, QStringList arguments, const char* message) {
        QTest::newRow(name) << arguments << QString::fromUtf8(message);
    };
    row("no --to", { QStringLiteral("--from"), src }, "needs --from sqlite:PATH and --to");
    row("no --from", { QStringLiteral("--to"), pg }, "needs --from sqlite:PATH and --to");
    row("target is SQLite", { QStringLiteral("--from"), src, QStringLiteral("--to"), src },
        "--to must be a PostgreSQL database");
    row("source is PostgreSQL", { QStringLiteral("--from"), pg, QStringLiteral("--to"), pg },
        "--from must be a SQLite database");
    row("unknown scheme",
        { QStringLiteral("--from"), src, QStringLiteral("--to"),
            QStringLiteral("mysql://u:secret@h/db") },
        "--to: database URL must start with postgres://");
    row("no database name",
        { QStringLiteral("--from"), src, QStringLiteral("--to"),
            QStringLiteral("postgres://u:secret@h/") },
        "--to: database URL: name the database");
    row("bad port",
        { QStringLiteral("--from"), src, QStringLiteral("--to"),
            QStringLiteral("postgres://u:secret@h:99999/db") },
        "port \"99999\" is not 1 to 65535");
    row("missing source file",
        { QStringLiteral("--from"), QStringLiteral("sqlite:/nonexistent/helpdesk.sqlite"),
            QStringLiteral("--to"), pg },
        "no SQLite database at /nonexistent/helpdesk.sqlite");
}

void TestMigrateData::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString& argument : arguments) {
        argument.replace(QStringLiteral("%PG%"), m_target.databaseUrl());
        argument.replace(QStringLiteral("%SRC%"), m_sourceUrl);
    }
    const Run run = TestServer::runCommand(QStringList { QStringLiteral("migrate-data") } + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("secret")));
    QVERIFY(run.out.isEmpty() || !run.out.contains(QStringLiteral("(100 %)")));
}

void TestMigrateData::refusesAnOlderSource()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        helpdesk::server::Db db(
            helpdesk::server::DatabaseConfig(path), QStringLiteral("old-source"));
        helpdesk::server::migrate(db, 1);
    }
    const QByteArray before = fileHash(path);
    TestServer fresh;
    TestServer::Options postgres;
    postgres.backend = QStringLiteral("postgres");
    postgres.populate = false;
    QVERIFY2(fresh.start(postgres), qPrintable(fresh.errorString()));
    QCOMPARE(fresh.terminate(), 0);
    const Run run = migrateData(QStringLiteral("sqlite:") + path, fresh.databaseUrl());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("schema version 1, this server writes %1")
                                  .arg(helpdesk::server::schemaVersion())),
        qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestMigrateData)
#include "tst_migratedata.moc"
