// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include "db.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helpdesk::server {

namespace {

// One INSERT carries up to this many rows and bound values: large enough that the round trip
// and the statement overhead vanish, small enough for the statement text to stay a few MB.
constexpr int kMaxBatchRows = 1000;
constexpr int kMaxBatchValues = 16000;

QString columnList(const QStringList& columns)
{
    return columns.join(QStringLiteral(", "));
}

QString insertSql(const QString& table, const QStringList& columns, int rows)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columnList(columns));
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += row;
    }
    return sql;
}

QSqlQuery sqliteExec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw SqlError(QStringLiteral("%1 [%2]").arg(query.lastError().text(), sql));
    return query;
}

// A value in a form that is equal on both backends: integers of any width as integers, text
// as UTF-8, bytes as bytes, NULL apart from the empty string; each value length-prefixed.
void appendNormalised(QByteArray& row, const QVariant& value, bool isNull)
{
    if (isNull) {
        row += "n;";
        return;
    }
    QByteArray bytes;
    char kind = 's';
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        kind = 'i';
        bytes = QByteArray::number(value.toLongLong());
        break;
    case QMetaType::QByteArray:
        kind = 'b';
        bytes = value.toByteArray();
        break;
    default:
        bytes = value.toString().toUtf8();
        break;
    }
    row += kind;
    row += QByteArray::number(bytes.size());
    row += ':';
    row += bytes;
}

QByteArray hashRows(QList<QByteArray>& rows)
{
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& row : rows) {
        hash.addData(QByteArray::number(row.size()) + ':');
        hash.addData(row);
    }
    return hash.result().toHex();
}

QString figuresSql(const CopiedTable& table, bool postgres)
{
    return QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0)%3, COALESCE(MAX(%1), 0) FROM %2")
        .arg(table.key, table.name, postgres ? QStringLiteral("::bigint") : QString());
}

QString sampleSql(const CopiedTable& table, const QStringList& columns)
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 % ? = 0")
        .arg(columnList(columns), table.name, table.key);
}

} // namespace

const QList<CopiedTable>& copiedTables()
{
    static const QList<CopiedTable> tables {
        { QStringLiteral("customers"), QStringLiteral("id") },
        { QStringLiteral("queues"), QStringLiteral("id") },
        { QStringLiteral("sla_calendars"), QStringLiteral("id") },
        { QStringLiteral("sla_policies"), QStringLiteral("id") },
        { QStringLiteral("request_types"), QStringLiteral("id") },
        { QStringLiteral("request_type_names"), QStringLiteral("request_type_id"), false },
        { QStringLiteral("request_type_fields"), QStringLiteral("request_type_id"), false },
        { QStringLiteral("users"), QStringLiteral("id") },
        { QStringLiteral("auth_tokens"), QStringLiteral("id") },
        { QStringLiteral("api_tokens"), QStringLiteral("id") },
        { QStringLiteral("tickets"), QStringLiteral("id") },
        { QStringLiteral("ticket_tags"), QStringLiteral("ticket_id"), false },
        { QStringLiteral("messages"), QStringLiteral("id") },
        { QStringLiteral("ticket_events"), QStringLiteral("id") },
        { QStringLiteral("ticket_create_keys"), QStringLiteral("ticket_id"), false },
        { QStringLiteral("signatures"), QStringLiteral("id") },
        { QStringLiteral("audit_log"), QStringLiteral("id") },
        { QStringLiteral("customer_services"), QStringLiteral("id") },
        { QStringLiteral("ticket_links"), QStringLiteral("ticket_id"), false },
        { QStringLiteral("queue_members"), QStringLiteral("queue_id"), false },
        { QStringLiteral("kb_categories"), QStringLiteral("id") },
        { QStringLiteral("kb_category_names"), QStringLiteral("category_id"), false },
        { QStringLiteral("kb_articles"), QStringLiteral("id") },
        { QStringLiteral("kb_article_tags"), QStringLiteral("article_id"), false },
        { QStringLiteral("kb_article_texts"), QStringLiteral("id") },
        { QStringLiteral("kb_article_history"), QStringLiteral("id") },
        { QStringLiteral("kb_feedback"), QStringLiteral("article_id"), false },
        { QStringLiteral("canned_responses"), QStringLiteral("id") },
        { QStringLiteral("canned_response_texts"), QStringLiteral("response_id"), false },
        { QStringLiteral("sla_alerts"), QStringLiteral("id") },
        { QStringLiteral("oncall_shifts"), QStringLiteral("id") },
        { QStringLiteral("user_presence"), QStringLiteral("user_id"), false },
        { QStringLiteral("saved_views"), QStringLiteral("id") },
        { QStringLiteral("mail_inbound"), QStringLiteral("id") },
        { QStringLiteral("mail_outbox"), QStringLiteral("id") },
        { QStringLiteral("mail_ticket_state"), QStringLiteral("ticket_id") },
        { QStringLiteral("announcements"), QStringLiteral("id") },
        { QStringLiteral("announcement_customers"), QStringLiteral("announcement_id"), false },
        { QStringLiteral("announcement_texts"), QStringLiteral("announcement_id"), false },
        { QStringLiteral("attachments"), QStringLiteral("id") },
        { QStringLiteral("attachment_uploads"), QStringLiteral("created_at"), false }, // text ids
        { QStringLiteral("alert_incidents"), QStringLiteral("id") },
        { QStringLiteral("ticket_resolutions"), QStringLiteral("ticket_id"), false },
        { QStringLiteral("ticket_fields"), QStringLiteral("id") },
        { QStringLiteral("message_cc"), QStringLiteral("message_id"), false },
    };
    return tables;
}

bool isSkippedSqliteTable(const QString& name)
{
    return name == QLatin1String("schema_version") || name == QLatin1String("search_sync")
        || name == QLatin1String("ticket_fts") || name.startsWith(QLatin1String("ticket_fts_"))
        || name == QLatin1String("message_fts") || name.startsWith(QLatin1String("message_fts_"))
        || name == QLatin1String("ticket_field_fts")
        || name.startsWith(QLatin1String("ticket_field_fts_"))
        || name == QLatin1String("kb_fts") || name.startsWith(QLatin1String("kb_fts_"))
        || name.startsWith(QLatin1String("sqlite_"))
        // Live state of running servers (issue 12), not data: who is connected, who is viewing.
        || name == QLatin1String("user_sessions") || name == QLatin1String("ticket_activity")
        // Derived from tickets by triggers (step 23): the target's triggers count the copy.
        || name == QLatin1String("agent_open_tickets")
        // The report aggregates (step 26) likewise; their bucket bounds are made by the step.
        || name == QLatin1String("report_counts") || name == QLatin1String("report_buckets")
        // The rating links' key (issue 15): the new database made its own; links mailed
        // before the move are no longer accepted.
        || name == QLatin1String("server_secrets");
}

SqliteSnapshot::SqliteSnapshot(const QString& path)
{
    static QAtomicInt s_count;
    m_name = QStringLiteral("migrate-source-%1").arg(s_count.fetchAndAddRelaxed(1));
    const QFileInfo file(path);
    if (!file.isFile())
        throw SqlError(QStringLiteral("no SQLite database at %1").arg(path));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(file.absoluteFilePath());
    // Read-only: the source file is never changed. The busy timeout rides out a live server's
    // checkpoints.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw SqlError(QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text()));
    sqliteExec(m_db, QStringLiteral("PRAGMA cache_size=-262144"));
    // The read transaction starts at the first SELECT and lasts until the destructor.
    sqliteExec(m_db, QStringLiteral("BEGIN"));
    sqliteExec(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).next();
}

SqliteSnapshot::~SqliteSnapshot()
{
    {
        QSqlQuery end(m_db);
        end.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QStringList SqliteSnapshot::tables()
{
    QSqlQuery query = sqliteExec(
        m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList SqliteSnapshot::columns(const QString& table)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid")))
        throw SqlError(query.lastError().text());
    query.addBindValue(table);
    if (!query.exec())
        throw SqlError(query.lastError().text());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

qint64 SqliteSnapshot::schemaVersion()
{
    if (!tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query = sqliteExec(m_db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SqliteSnapshot::rowCount(const QString& table)
{
    QSqlQuery query = sqliteExec(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList postgresColumns(Db& db, const QString& table)
{
    Query query(db,
        QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                       "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
                       "ORDER BY ordinal_position"));
    query.bind(table).exec();
    QStringList names;
    while (query.next())
        names << query.text(0);
    return names;
}

QStringList postgresTables(Db& db)
{
    Query query(db,
        QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                       "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    query.exec();
    QStringList names;
    while (query.next())
        names << query.text(0);
    return names;
}

qint64 copyTable(SqliteSnapshot& source, Db& target, const CopiedTable& table,
    const QStringList& columns, const std::function<void(qint64)>& progress)
{
    const int width = int(columns.size());
    const int batchRows = std::max(1, std::min(kMaxBatchRows, kMaxBatchValues / width));
    QSqlQuery read = sqliteExec(source.handle(),
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columnList(columns), table.name, table.key));
    QVariantList pending;
    pending.reserve(batchRows * width);
    qint64 copied = 0;
    const auto flush = [&] {
        const int rows = int(pending.size()) / width;
        Query insert(target, insertSql(table.name, columns, rows));
        for (const QVariant& value : std::as_const(pending))
            insert.bind(value);
        insert.exec();
        pending.clear();
        copied += rows;
        progress(copied);
    };
    while (read.next()) {
        for (int column = 0; column < width; ++column)
            pending << read.value(column);
        if (pending.size() == batchRows * width)
            flush();
    }
    if (read.lastError().isValid())
        throw SqlError(QStringLiteral("reading %1: %2").arg(table.name, read.lastError().text()));
    if (!pending.isEmpty())
        flush();
    return copied;
}

// The sampled rows, normalised and hashed; `Rows` is a QSqlQuery or a Query (same reading
// interface: next(), value(), isNull()).
template<typename Rows> void readSample(Rows& sample, int columnCount, TableFigures& figures)
{
    QList<QByteArray> rows;
    while (sample.next()) {
        QByteArray row;
        for (int column = 0; column < columnCount; ++column)
            appendNormalised(row, sample.value(column), sample.isNull(column));
        rows << row;
    }
    figures.sampled = rows.size();
    figures.sampleHash = hashRows(rows);
}

TableFigures sqliteFigures(
    SqliteSnapshot& db, const CopiedTable& table, const QStringList& columns, qint64 stride)
{
    TableFigures figures;
    QSqlQuery totals = sqliteExec(db.handle(), figuresSql(table, false));
    if (totals.next()) {
        figures.rows = totals.value(0).toLongLong();
        figures.keySum = totals.value(1).toLongLong();
        figures.keyMax = totals.value(2).toLongLong();
    }
    QSqlQuery sample(db.handle());
    sample.setForwardOnly(true);
    if (!sample.prepare(sampleSql(table, columns)))
        throw SqlError(sample.lastError().text());
    sample.addBindValue(stride);
    if (!sample.exec())
        throw SqlError(sample.lastError().text());
    readSample(sample, int(columns.size()), figures);
    return figures;
}

TableFigures postgresFigures(
    Db& db, const CopiedTable& table, const QStringList& columns, qint64 stride)
{
    TableFigures figures;
    {
        Query totals(db, figuresSql(table, true));
        totals.exec();
        if (totals.next()) {
            figures.rows = totals.int64(0);
            figures.keySum = totals.int64(1);
            figures.keyMax = totals.int64(2);
        }
    }
    Query sample(db, sampleSql(table, columns));
    sample.bind(stride).exec();
    // Query::value undoes the NUL escaping, as the server does on every read.
    readSample(sample, int(columns.size()), figures);
    return figures;
}

} // namespace helpdesk::server
