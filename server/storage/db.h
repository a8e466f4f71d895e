// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace helpdesk::server {

// Where the database lives. Only SQLite for now; the URL form leaves room for PostgreSQL.
struct DatabaseConfig
{
    QString sqlitePath;
};

// A failed statement; the dispatcher turns it into -32603 and logs the text.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString& what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// One database connection, owned by the thread that opened it, with a cache of prepared
// statements (preparing costs more than many of our queries take to run).
class Db
{
public:
    Db(const DatabaseConfig& config, const QString& connectionName);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    QSqlDatabase& handle() { return m_db; }
    // A prepared statement for this text, prepared once per connection.
    QSqlQuery& prepared(const QString& sql);
    // Runs a statement that takes no parameters (pragmas, BEGIN, COMMIT).
    void execRaw(const QString& sql);

    void begin() { execRaw(QStringLiteral("BEGIN IMMEDIATE")); }
    void commit() { execRaw(QStringLiteral("COMMIT")); }
    void rollback();

private:
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_statements;
};

// A use of a cached prepared statement: positional binds, exec, rows. The statement is
// reset on destruction so that no read transaction outlives the query (in WAL mode an open
// statement would pin an old snapshot and block checkpoints).
class Query
{
public:
    Query(Db& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QVariant& value);
    Query& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs and returns the first column of the first row (e.g. RETURNING id, COUNT(*)).
    QVariant scalar();

private:
    QSqlQuery& m_query;
    int m_nextBind = 0;
};

qint64 nowMs();

} // namespace helpdesk::server

#include "domain/types.h"

#include <optional>

namespace helpdesk::server {

// Binds an optional id as the integer or as SQL NULL.
template<typename Tag> QVariant sqlValue(const std::optional<Id<Tag>>& id)
{
    return id ? QVariant(id->value()) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant sqlNullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace helpdesk::server
