// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratedata.h"

#include "storage/db.h"
#include "storage/migrations.h"
#include "storage/tablecopy.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <stdexcept>

namespace helpdesk::server {

namespace {

// Rows of the content check per table: every row whose key is a multiple of count / this.
constexpr qint64 kSampleRows = 1000;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void refuse(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

QString seconds(const QElapsedTimer& timer)
{
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

DatabaseConfig parseUrl(const QString& url, const char* option, bool postgres)
{
    if (url.isEmpty())
        refuse(QStringLiteral("migrate-data needs --from sqlite:PATH and --to "
                              "postgres://USER:PASSWORD@HOST:PORT/DBNAME"));
    QString error;
    const auto config = DatabaseConfig::fromUrl(url, &error);
    if (!config)
        refuse(QStringLiteral("--%1: %2").arg(QLatin1String(option), error));
    if (config->isPostgres() != postgres)
        refuse(postgres ? QStringLiteral("--to must be a PostgreSQL database (postgres://...)")
                        : QStringLiteral("--from must be a SQLite database (sqlite:PATH)"));
    return *config;
}

void checkSourceSchema(SqliteSnapshot& source, const QString& path)
{
    const qint64 version = source.schemaVersion();
    if (version == 0)
        refuse(QStringLiteral("%1 is not a helpdesk database (no schema_version table)").arg(path));
    if (version > schemaVersion())
        refuse(QStringLiteral("the source database is at schema version %1, newer than this "
                              "server (%2): use the helpdesk-server that wrote it")
                   .arg(version)
                   .arg(schemaVersion()));
    if (version < schemaVersion())
        refuse(QStringLiteral("the source database is at schema version %1, this server writes "
                              "%2: upgrade it first with `helpdesk-server init --database "
                              "sqlite:%3` (migrate-data opens the source read-only and never "
                              "changes it)")
                   .arg(version)
                   .arg(schemaVersion())
                   .arg(path));
    QStringList copied;
    for (const CopiedTable& table : copiedTables())
        copied << table.name;
    for (const QString& table : source.tables()) {
        if (!copied.contains(table) && !isSkippedSqliteTable(table))
            refuse(QStringLiteral("the source has a table this migrate-data does not know: %1")
                       .arg(table));
    }
}

// The columns to copy for each table: the same set on both sides, in the source's order.
QHash<QString, QStringList> matchColumns(SqliteSnapshot& source, Db& target)
{
    const QStringList targetTables = postgresTables(target);
    QStringList copied;
    for (const CopiedTable& table : copiedTables())
        copied << table.name;
    for (const QString& table : targetTables) {
        if (!copied.contains(table) && !isSkippedSqliteTable(table)
            && table != QLatin1String("schema_version"))
            refuse(QStringLiteral("the target has a table this migrate-data does not know: %1")
                       .arg(table));
    }
    QHash<QString, QStringList> columns;
    for (const CopiedTable& table : copiedTables()) {
        const QStringList from = source.columns(table.name);
        const QStringList to = postgresColumns(target, table.name);
        if (from.isEmpty() || to.isEmpty()
            || QSet<QString>(from.begin(), from.end()) != QSet<QString>(to.begin(), to.end()))
            refuse(QStringLiteral("table %1 differs between source (%2) and target (%3)")
                       .arg(table.name, from.join(QLatin1Char(',')), to.join(QLatin1Char(','))));
        columns.insert(table.name, from);
    }
    return columns;
}

// A server still using the target would write into it during the copy (or hold locks).
void checkNoOtherSessions(Db& target)
{
    Query sessions(target,
        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
    const qint64 count = sessions.scalar().toLongLong();
    if (count > 0)
        refuse(QStringLiteral("%1 other session(s) are connected to the target database: stop "
                              "every helpdesk-server (and other clients) using it first")
                   .arg(count));
}

// Inside the copy's transaction: the target must hold no data. What a fresh schema creates
// is replaced by the source's: the queues Support, Billing and Abuse, the starter canned
// responses of step 13 (created_at 0, no creator), the built-in 24/7 calendar of step 15 and
// the starter request types of step 19 (created_at 0).
void checkTargetEmpty(Db& target)
{
    QStringList tables;
    for (const CopiedTable& table : copiedTables())
        tables << table.name;
    target.execRaw(QStringLiteral("SET LOCAL lock_timeout = '10s'"));
    target.execRaw(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE")
                       .arg(tables.join(QStringLiteral(", "))));
    QStringList held;
    for (const CopiedTable& table : copiedTables()) {
        if (table.name == QLatin1String("queues") || table.name.startsWith(QLatin1String("canned_"))
            || table.name == QLatin1String("sla_calendars")
            || table.name.startsWith(QLatin1String("request_type")))
            continue;
        Query count(target, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.name));
        const qint64 rows = count.scalar().toLongLong();
        if (rows > 0)
            held << QStringLiteral("%1: %2").arg(table.name).arg(rows);
    }
    Query ownQueues(target,
        QStringLiteral("SELECT COUNT(*) FROM queues WHERE name NOT IN ('Support', 'Billing', "
                       "'Abuse')"));
    const qint64 queues = ownQueues.scalar().toLongLong();
    if (queues > 0)
        held << QStringLiteral("queues: %1 not made by init").arg(queues);
    Query ownResponses(target,
        QStringLiteral("SELECT COUNT(*) FROM canned_responses WHERE created_at <> 0 OR created_by "
                       "IS NOT NULL"));
    const qint64 responses = ownResponses.scalar().toLongLong();
    if (responses > 0)
        held << QStringLiteral("canned_responses: %1 not made by init").arg(responses);
    Query ownCalendars(target,
        QStringLiteral("SELECT COUNT(*) FROM sla_calendars WHERE name <> '24/7' OR updated_at <> 0"));
    const qint64 calendars = ownCalendars.scalar().toLongLong();
    if (calendars > 0)
        held << QStringLiteral("sla_calendars: %1 not made by init").arg(calendars);
    Query ownTypes(target,
        QStringLiteral("SELECT COUNT(*) FROM request_types WHERE created_at <> 0 OR version <> 1"));
    const qint64 types = ownTypes.scalar().toLongLong();
    if (types > 0)
        held << QStringLiteral("request_types: %1 not made by init").arg(types);
    if (!held.isEmpty())
        refuse(QStringLiteral("the target database already holds data (%1): migrate-data only "
                              "fills an empty database (a new one, or one just made by `init`)")
                   .arg(held.join(QStringLiteral(", "))));
    target.execRaw(QStringLiteral("DELETE FROM canned_responses")); // and their texts
    target.execRaw(QStringLiteral("DELETE FROM sla_calendars")); // the built-in 24/7 one
    target.execRaw(QStringLiteral("DELETE FROM request_types")); // names and fields cascade
    target.execRaw(QStringLiteral("DELETE FROM queues"));
}

// A secondary index is built faster once over the copied rows than row by row during the
// copy (the GIN search indexes most of all): such indexes are dropped inside the copy's
// transaction and created again from their own definitions before it commits. Indexes that
// back a primary key or unique constraint stay, so duplicates fail at once.
QList<QPair<QString, QString>> dropSecondaryIndexes(Db& target)
{
    QStringList tables;
    for (const CopiedTable& table : copiedTables())
        tables << QLatin1Char('\'') + table.name + QLatin1Char('\'');
    Query query(target,
        QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                       "JOIN pg_class i ON i.oid = x.indexrelid "
                       "JOIN pg_class t ON t.oid = x.indrelid "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace "
                       "WHERE n.nspname = current_schema() AND t.relname IN (%1) "
                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
                       "ORDER BY i.relname")
            .arg(tables.join(QStringLiteral(", "))));
    query.exec();
    QList<QPair<QString, QString>> indexes;
    while (query.next())
        indexes.append({ query.text(0), query.text(1) });
    for (const auto& index : std::as_const(indexes))
        target.execRaw(QStringLiteral("DROP INDEX %1").arg(index.first));
    return indexes;
}

void createIndexes(Db& target, const QList<QPair<QString, QString>>& indexes)
{
    // Memory for the sorts of the builds, for this transaction only.
    target.execRaw(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
    for (const auto& index : indexes) {
        QElapsedTimer timer;
        timer.start();
        target.execRaw(index.second);
        out() << "index " << index.first << " built in " << seconds(timer) << Qt::endl;
    }
}

void moveSequences(Db& target)
{
    for (const CopiedTable& table : copiedTables()) {
        if (!table.identity)
            continue;
        // The next generated id is max + 1 (1 for an empty table).
        Query(target,
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                           "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                .arg(table.name, table.key))
            .scalar();
    }
}

bool verify(SqliteSnapshot& source, Db& target, const QHash<QString, QStringList>& columns,
    const QHash<QString, qint64>& counts)
{
    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("table"), -20)
                 .arg(QStringLiteral("source rows"), 12)
                 .arg(QStringLiteral("target rows"), 12)
                 .arg(QStringLiteral("sum/max of key"), 15)
                 .arg(QStringLiteral("sample rows"), 12)
                 .arg(QStringLiteral("sample"))
          << Qt::endl;
    bool same = true;
    for (const CopiedTable& table : copiedTables()) {
        const QStringList& cols = columns.value(table.name);
        const qint64 stride = std::max<qint64>(1, counts.value(table.name) / kSampleRows);
        const TableFigures from = sqliteFigures(source, table, cols, stride);
        const TableFigures to = postgresFigures(target, table, cols, stride);
        const bool keysSame = from.keySum == to.keySum && from.keyMax == to.keyMax;
        const bool sampleSame = from.sampled == to.sampled && from.sampleHash == to.sampleHash;
        same = same && from == to;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(table.name, -20)
                     .arg(QString::number(from.rows), 12)
                     .arg(QString::number(to.rows), 12)
                     .arg(keysSame ? QStringLiteral("same") : QStringLiteral("DIFFERENT"), 15)
                     .arg(QString::number(from.sampled), 12)
                     .arg(sampleSame ? QStringLiteral("same") : QStringLiteral("DIFFERENT"))
              << Qt::endl;
    }
    return same;
}

} // namespace

int migrateData(const QString& fromUrl, const QString& toUrl)
{
    const DatabaseConfig from = parseUrl(fromUrl, "from", false);
    const DatabaseConfig to = parseUrl(toUrl, "to", true);
    QElapsedTimer total;
    total.start();

    SqliteSnapshot source(from.sqlitePath);
    checkSourceSchema(source, from.sqlitePath);
    out() << "source: " << from.toUrl() << " (schema " << schemaVersion() << ", read-only snapshot)"
          << Qt::endl;

    Db target(to, QStringLiteral("migrate-target"));
    migrate(target); // the same steps as serve and init
    out() << "target: " << to.toUrl() << " (schema " << databaseVersion(target) << ")" << Qt::endl;
    const QHash<QString, QStringList> columns = matchColumns(source, target);
    checkNoOtherSessions(target);

    target.begin();
    try {
        checkTargetEmpty(target);
        // Each agent's open-ticket count (step 23) is counted once after the copy: row by row,
        // the trigger would update one row per agent many times in this one transaction.
        for (const char* trigger : { "tickets_open_count", "tickets_open_count_update" })
            target.execRaw(QStringLiteral("ALTER TABLE tickets DISABLE TRIGGER %1").arg(QLatin1String(trigger)));
        const auto indexes = dropSecondaryIndexes(target);
        QHash<QString, qint64> counts;
        for (const CopiedTable& table : copiedTables()) {
            QElapsedTimer timer;
            timer.start();
            const qint64 rows = source.rowCount(table.name);
            int reported = 0; // tenths of the table already reported
            const qint64 copied
                = copyTable(source, target, table, columns.value(table.name), [&](qint64 done) {
                      const int tenths = rows > 0 ? int(done * 10 / rows) : 10;
                      if (tenths > reported && tenths < 10) {
                          reported = tenths;
                          out() << table.name << ": " << done << "/" << rows << " ("
                                << done * 100 / rows << " %)" << Qt::endl;
                      }
                  });
            counts.insert(table.name, copied);
            out() << table.name << ": " << copied << "/" << rows << " (100 %) in " << seconds(timer)
                  << Qt::endl;
        }
        for (const char* trigger : { "tickets_open_count", "tickets_open_count_update" })
            target.execRaw(QStringLiteral("ALTER TABLE tickets ENABLE TRIGGER %1").arg(QLatin1String(trigger)));
        target.execRaw(QStringLiteral("DELETE FROM agent_open_tickets"));
        target.execRaw(QStringLiteral(
            "INSERT INTO agent_open_tickets (user_id, open_count) SELECT assignee_id, COUNT(*) "
            "FROM tickets WHERE assignee_id IS NOT NULL AND status IN (0, 1, 2) GROUP BY assignee_id"));
        createIndexes(target, indexes);
        moveSequences(target);
        QElapsedTimer checking;
        checking.start();
        if (!verify(source, target, columns, counts)) {
            target.rollback();
            out() << Qt::endl
                  << "verification FAILED: nothing was written to the target (rolled back)"
                  << Qt::endl;
            return 1;
        }
        out() << "verified in " << seconds(checking) << Qt::endl;
        target.commit();
    } catch (...) {
        target.rollback();
        throw;
    }
    QElapsedTimer analyzing;
    analyzing.start();
    for (const CopiedTable& table : copiedTables())
        target.execRaw(QStringLiteral("ANALYZE %1").arg(table.name));
    out() << "statistics updated (ANALYZE) in " << seconds(analyzing) << Qt::endl;
    out() << "migrated in " << seconds(total) << "; start the servers with --database "
          << to.toUrl() << Qt::endl;
    return 0;
}

} // namespace helpdesk::server
