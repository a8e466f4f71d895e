// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema step applies on a real SQLite file, from every older version up to the latest.
#include "search/searchindex.h"
#include "storage/db.h"
#include "storage/migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk::server;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void schemaHasSteps();
    void upgradesFromEveryVersion_data();
    void upgradesFromEveryVersion();
    void isIdempotent();
    void refusesNewerDatabase();
    void splitsTriggerBodies();
    void messagesEnterTheIndexOncePerSync();
};

void TestMigrations::schemaHasSteps()
{
    QVERIFY(schemaVersion() >= 1);
}

void TestMigrations::upgradesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < schemaVersion(); ++version)
        QTest::addRow("from %d", version) << version;
}

void TestMigrations::upgradesFromEveryVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Db db(DatabaseConfig { dir.filePath(QStringLiteral("h.sqlite")) }, QStringLiteral("upgrade"));
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
    Query match(
        db, QStringLiteral("SELECT COUNT(*) FROM ticket_fts WHERE ticket_fts MATCH 'ключ'"));
    QCOMPARE(match.scalar().toInt(), 1);
}

void TestMigrations::isIdempotent()
{
    QTemporaryDir dir;
    Db db(DatabaseConfig { dir.filePath(QStringLiteral("h.sqlite")) }, QStringLiteral("twice"));
    migrate(db);
    migrate(db);
    Query steps(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QCOMPARE(steps.scalar().toInt(), schemaVersion());
}

void TestMigrations::refusesNewerDatabase()
{
    QTemporaryDir dir;
    Db db(DatabaseConfig { dir.filePath(QStringLiteral("h.sqlite")) }, QStringLiteral("newer"));
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
