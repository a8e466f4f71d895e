// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema step applies on a real SQLite file, and on a fresh PostgreSQL database of the
// server in HELPDESK_TEST_PG when that is set, from every older version up to the latest.
#include "search/searchindex.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helpdesk::server;

namespace {

// An empty database of one backend for one test, gone afterwards.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_config = DatabaseConfig(m_dir.filePath(QStringLiteral("h.sqlite")));
            m_ok = m_dir.isValid();
            return;
        }
        const auto admin
            = DatabaseConfig::fromUrl(qEnvironmentVariable("HELPDESK_TEST_PG"), &m_error);
        if (!admin)
            return;
        static QAtomicInt s_counter;
        m_name = QStringLiteral("helpdesk_migrations_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(s_counter.fetchAndAddRelaxed(1));
        try {
            Db db(*admin, QStringLiteral("admin-") + m_name);
            db.execRaw(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name);
            db.execRaw(QStringLiteral("CREATE DATABASE ") + m_name);
        } catch (const std::exception& e) {
            m_error = QString::fromUtf8(e.what());
            return;
        }
        m_admin = *admin;
        m_config = *admin;
        m_config.databaseName = m_name;
        m_ok = true;
    }
    ~TestDatabase()
    {
        if (m_name.isEmpty())
            return;
        try {
            Db db(m_admin, QStringLiteral("drop-") + m_name);
            db.execRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        } catch (const std::exception&) {
        }
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    const DatabaseConfig& config() const { return m_config; }

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    DatabaseConfig m_admin;
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

// The backends to test: SQLite always, PostgreSQL when HELPDESK_TEST_PG names a server (or
// when HELPDESK_TEST_REQUIRE_PG says it must, so that a missing server fails).
QStringList backends()
{
    QStringList list { QStringLiteral("sqlite") };
    if (qEnvironmentVariableIsSet("HELPDESK_TEST_PG")
        || qEnvironmentVariableIsSet("HELPDESK_TEST_REQUIRE_PG"))
        list << QStringLiteral("postgres");
    return list;
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString& backend : backends())
        QTest::newRow(qPrintable(backend)) << backend;
}

} // namespace

#define OPEN_TEST_DATABASE(var)                                                                    \
    QFETCH(QString, backend);                                                                      \
    TestDatabase var(backend);                                                                     \
    QVERIFY2(var.ok(), qPrintable(QStringLiteral("no %1 database: %2").arg(backend, var.error())))

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void schemaHasSteps();
    void everyBackendHasEveryStep();
    void upgradesFromEveryVersion_data();
    void upgradesFromEveryVersion();
    void isIdempotent_data() { addBackendRows(); }
    void isIdempotent();
    void refusesNewerDatabase_data() { addBackendRows(); }
    void refusesNewerDatabase();
    void splitsTriggerBodies();
    void splitsDollarQuotedBodies();
    void messagesEnterTheIndexOncePerSync();
};

void TestMigrations::schemaHasSteps()
{
    QVERIFY(schemaVersion() >= 1);
}

// Step numbers are the schema version: a backend missing one could not be upgraded alike.
// Numbers are handed out to parallel branches of work, so one may be missing until its branch
// lands; they only ever increase.
void TestMigrations::everyBackendHasEveryStep()
{
    const QList<int> sqlite = schemaSteps(DatabaseBackend::Sqlite);
    QCOMPARE(schemaSteps(DatabaseBackend::Postgres), sqlite);
    QCOMPARE(sqlite.last(), schemaVersion());
    QCOMPARE(sqlite.first(), 1);
    for (int i = 1; i < sqlite.size(); ++i)
        QVERIFY(sqlite.at(i) > sqlite.at(i - 1));
}

void TestMigrations::upgradesFromEveryVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("from");
    for (const QString& backend : backends()) {
        QList<int> versions { 0 };
        versions << schemaSteps(DatabaseBackend::Sqlite);
        versions.removeLast();
        for (int version : versions)
            QTest::addRow("%s from %d", qPrintable(backend), version) << backend << version;
    }
}

void TestMigrations::upgradesFromEveryVersion()
{
    QFETCH(int, from);
    OPEN_TEST_DATABASE(database);
    Db db(database.config(), QStringLiteral("upgrade"));
    migrate(db, from);
    QCOMPARE(databaseVersion(db), from);
    migrate(db);
    QCOMPARE(databaseVersion(db), schemaVersion());
    // The tables the server relies on exist and the FTS triggers work.
    Query customer(db,
        QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('c', 0) RETURNING id"));
    QVERIFY(customer.scalar().toLongLong() > 0);
    Query user(db,
        QStringLiteral("INSERT INTO users (login, name, role, password_hash, created_at) "
                       "VALUES ('a', 'A', 'agent', 'x', 0) RETURNING id"));
    const qint64 userId = user.scalar().toLongLong();
    Query ticket(db,
        QStringLiteral(
            "INSERT INTO tickets (subject, status, priority, requester_id, created_at, updated_at) "
            "VALUES ('Ключ не работает', 0, 1, ?, 0, 0) RETURNING id"));
    QVERIFY(ticket.bind(userId).scalar().toLongLong() > 0);
    Query match(db,
        db.isPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM tickets WHERE helpdesk_tsvector(subject) @@ "
                             "helpdesk_tsquery('ключ')")
            : QStringLiteral("SELECT COUNT(*) FROM ticket_fts WHERE ticket_fts MATCH 'ключ'"));
    QCOMPARE(match.scalar().toInt(), 1);
}

void TestMigrations::isIdempotent()
{
    OPEN_TEST_DATABASE(database);
    Db db(database.config(), QStringLiteral("twice"));
    migrate(db);
    migrate(db);
    // Steps are numbered per branch of work: a number may be missing until its branch lands.
    Query steps(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QCOMPARE(steps.scalar().toInt(), int(schemaSteps(db.isPostgres() ? DatabaseBackend::Postgres
                                                                    : DatabaseBackend::Sqlite)
                                             .size()));
}

void TestMigrations::refusesNewerDatabase()
{
    OPEN_TEST_DATABASE(database);
    Db db(database.config(), QStringLiteral("newer"));
    migrate(db);
    Query future(
        db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 0)"));
    future.bind(schemaVersion() + 1).exec();
    QVERIFY_THROWS_EXCEPTION(SqlError, migrate(db));
}

void TestMigrations::splitsTriggerBodies()
{
    const QStringList statements = splitStatements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    INSERT INTO a VALUES (1);\n    INSERT INTO a VALUES (2);\nEND;\nINSERT INTO a VALUES "
        "(3);\n"));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
}

// A PostgreSQL function body ($$ or $tag$, nested tags, BEGIN/END inside) is one statement.
void TestMigrations::splitsDollarQuotedBodies()
{
    const QStringList statements = splitStatements(QStringLiteral(
        "CREATE TABLE a (x INTEGER);\nDO $$\nBEGIN\n    INSERT INTO a VALUES (1);\nEND\n$$;\n"
        "DO $do$\nBEGIN\n    EXECUTE $f$CREATE FUNCTION f() RETURNS int LANGUAGE sql AS\n"
        "    $b$ SELECT 1; $b$$f$;\nEND\n$do$;\nINSERT INTO a VALUES (2);\n"));
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements.at(1).startsWith(QLatin1String("DO $$")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("$$;")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("$do$;")));
    QCOMPARE(statements.at(3), QStringLiteral("INSERT INTO a VALUES (2);"));
}

// Messages reach the full-text index when the writer syncs it before a commit (step 4), each
// exactly once, in the same transaction.
void TestMigrations::messagesEnterTheIndexOncePerSync()
{
    QTemporaryDir dir;
    Db db(DatabaseConfig { dir.filePath(QStringLiteral("h.sqlite")) }, QStringLiteral("sync"));
    migrate(db);
    // Each insert in its own scope: an INSERT … RETURNING still open would block COMMIT.
    const qint64 userId = [&] {
        Query user(db,
            QStringLiteral("INSERT INTO users (login, name, role, password_hash, created_at) "
                           "VALUES ('a', 'A', 'agent', 'x', 0) RETURNING id"));
        return user.scalar().toLongLong();
    }();
    const qint64 ticketId = [&] {
        Query ticket(db,
            QStringLiteral("INSERT INTO tickets (subject, status, priority, requester_id, "
                           "created_at, updated_at) VALUES ('s', 0, 1, ?, 0, 0) RETURNING id"));
        return ticket.bind(userId).scalar().toLongLong();
    }();
    auto addMessage = [&](const QString& body) {
        Query insert(db,
            QStringLiteral("INSERT INTO messages (ticket_id, author_id, body, created_at) "
                           "VALUES (?, ?, ?, 0)"));
        insert.bind(ticketId).bind(userId).bind(body).exec();
    };
    auto matches = [&](const QString& word) {
        Query match(
            db, QStringLiteral("SELECT COUNT(*) FROM message_fts WHERE message_fts MATCH ?"));
        return match.bind(word).scalar().toInt();
    };
    db.begin();
    addMessage(QStringLiteral("Резервная копия готова"));
    addMessage(QStringLiteral("kopija je gotova"));
    QCOMPARE(matches(QStringLiteral("kopija")), 0); // not before the sync
    search::syncIndex(db);
    db.commit();
    QCOMPARE(matches(QStringLiteral("kopija")), 1);
    QCOMPARE(matches(QStringLiteral("копия")), 1);
    db.begin();
    addMessage(QStringLiteral("druga kopija"));
    search::syncIndex(db);
    search::syncIndex(db); // nothing new: nothing added twice
    db.commit();
    QCOMPARE(matches(QStringLiteral("kopija")), 2);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
