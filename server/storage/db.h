// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <stdexcept>

namespace helpdesk::server {

enum class DatabaseBackend { Sqlite, Postgres };

// Where the database lives: a SQLite file (the default, in the data directory) or a
// PostgreSQL database, from `--database sqlite:PATH` or `--database postgres://...`.
struct DatabaseConfig
{
    DatabaseConfig() = default;
    explicit DatabaseConfig(QString path)
        : sqlitePath(std::move(path))
    {
    }

    QString sqlitePath;
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    // PostgreSQL only; an empty host or port -1 leaves the choice to libpq (unix socket).
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // "key=value;key=value" from the URL's query, for QPSQL

    bool isPostgres() const { return backend == DatabaseBackend::Postgres; }
    // The URL form, percent-encoded; the password only when asked (never in logs or errors).
    QString toUrl(bool withPassword = false) const;
    // Parses `postgres://user:pass@host:port/dbname?sslmode=require`, `postgresql://...` or
    // `sqlite:PATH`. Empty (and *error set, without the password) when the URL is not valid.
    static std::optional<DatabaseConfig> fromUrl(const QString& url, QString* error);
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
    bool isPostgres() const { return m_postgres; }
    // A prepared statement for this text, prepared once per connection.
    QSqlQuery& prepared(const QString& sql);
    // Runs a statement that takes no parameters (pragmas, BEGIN, COMMIT).
    void execRaw(const QString& sql);

    // SQLite takes the write lock at BEGIN IMMEDIATE; PostgreSQL locks rows as it writes them.
    void begin()
    {
        execRaw(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    }
    void commit() { execRaw(QStringLiteral("COMMIT")); }
    void rollback();

private:
    void openSqlite(const DatabaseConfig& config);
    void openPostgres(const DatabaseConfig& config);

    QString m_name;
    bool m_postgres = false;
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
    QVariant value(int column) const;
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return value(column).toString(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs and returns the first column of the first row (e.g. RETURNING id, COUNT(*)).
    QVariant scalar();

private:
    QSqlQuery& m_query;
    bool m_postgres;
    int m_nextBind = 0;
};

qint64 nowMs();

// PostgreSQL text cannot hold U+0000, which SQLite and the protocol allow: on PostgreSQL the
// Db escapes it (and its escape character, the noncharacter U+FDD0) in every bound string and
// unescapes every string it reads, so text round-trips exactly on both backends.
QString escapeNulForPostgres(const QString& text);
QString unescapeNulFromPostgres(const QString& text);

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
