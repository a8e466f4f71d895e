// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace helpdesk::server {

class Db;

// A table migrate-data copies row by row. `key` orders the copy and picks the sample of the
// content check; `identity` tables have a generated id whose sequence is moved past the copy.
struct CopiedTable
{
    QString name;
    QString key;
    bool identity = true;
};

// Every table with data, in an order their foreign keys accept.
const QList<CopiedTable>& copiedTables();
// SQLite tables that are deliberately not copied: the FTS5 index and its shadow tables (on
// PostgreSQL the GIN indexes are built from the copied rows), search_sync (SQLite's FTS
// bookkeeping), schema_version (the target has its own, from the same migrations) and
// SQLite's own tables.
bool isSkippedSqliteTable(const QString& name);

// A read-only connection to a SQLite database, inside one read transaction: everything read
// through it comes from one consistent snapshot even while a server writes to the file.
class SqliteSnapshot
{
public:
    // Throws SqlError when the file is missing or not a database.
    explicit SqliteSnapshot(const QString& path);
    ~SqliteSnapshot();
    SqliteSnapshot(const SqliteSnapshot&) = delete;
    SqliteSnapshot& operator=(const SqliteSnapshot&) = delete;

    QSqlDatabase& handle() { return m_db; }
    QStringList tables();
    QStringList columns(const QString& table);
    qint64 schemaVersion();
    qint64 rowCount(const QString& table);

private:
    QString m_name;
    QSqlDatabase m_db;
};

// The column names of a table in the PostgreSQL database's current schema that can be written:
// generated columns (the search vectors of schema step 5) are computed by PostgreSQL.
QStringList postgresColumns(Db& db, const QString& table);
QStringList postgresTables(Db& db);

// Copies every row of `table` (columns as given) from the snapshot into the target with
// multi-row INSERTs through Query, so strings get the same NUL escaping as everywhere else.
// `progress` is called with the rows copied so far after each batch.
qint64 copyTable(SqliteSnapshot& source, Db& target, const CopiedTable& table,
    const QStringList& columns, const std::function<void(qint64)>& progress);

// What the content check compares on both sides of a copy.
struct TableFigures
{
    qint64 rows = 0;
    qint64 keySum = 0;
    qint64 keyMax = 0;
    qint64 sampled = 0;
    QByteArray sampleHash; // SHA-256 over the sampled rows, every column, sorted

    bool operator==(const TableFigures& other) const
    {
        return rows == other.rows && keySum == other.keySum && keyMax == other.keyMax
            && sampled == other.sampled && sampleHash == other.sampleHash;
    }
};

// Rows, sum and maximum of the key, and a hash of every row whose key is a multiple of
// `stride` (the same rows on both sides), values normalised so SQLite and PostgreSQL types
// compare equal.
TableFigures sqliteFigures(
    SqliteSnapshot& db, const CopiedTable& table, const QStringList& columns, qint64 stride);
TableFigures postgresFigures(
    Db& db, const CopiedTable& table, const QStringList& columns, qint64 stride);

} // namespace helpdesk::server
