// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <stdexcept>

namespace helpdesk::server {

// A failed statement; the dispatcher turns it into -32603 and logs the text.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString& what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// The connection itself failed (PostgreSQL restarted, was stopped, or cannot be reached):
// nothing more can be done on it until Db::reopen(). The client is told "database unavailable".
class DatabaseUnavailable : public SqlError
{
public:
    using SqlError::SqlError;
};

// PostgreSQL aborted the transaction because it collided with another one: SQLSTATE 40P01
// (deadlock_detected) or 40001 (serialization_failure). The same work run again in a fresh
// transaction will most likely succeed; the writers of Storage do that (writerthread.h).
class TransactionConflict : public SqlError
{
public:
    using SqlError::SqlError;
};

// One database connection, owned by the thread that opened it, with a cache of prepared
// statements (preparing costs more than many of our queries take to run). On PostgreSQL a
// statement that fails because the connection is gone (SQLSTATE class 08, 57P01-57P03, or
// libpq's "server closed the connection") throws DatabaseUnavailable and marks the Db broken.
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
    // SQLite: this connection's page cache (PRAGMA cache_size); nothing on PostgreSQL.
    void setPageCacheKiB(qint64 kib);

    // SQLite takes the write lock at BEGIN IMMEDIATE; PostgreSQL locks rows as it writes them.
    // Clears hadConflict().
    void begin()
    {
        m_conflict = false;
        execRaw(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    }
    void commit() { execRaw(QStringLiteral("COMMIT")); }
    // Ends an open transaction; a rollback that fails because the connection is gone marks
    // the Db broken instead of throwing.
    void rollback();

    // Whether the connection was found dead; reopen() before using it again.
    bool isBroken() const { return m_broken; }
    // Closes the connection and opens it again (the prepared statements go with it). While
    // the database stays unreachable, throws DatabaseUnavailable: at most one connect attempt
    // per kReopenIntervalMs, in between at once, so requests fail fast during an outage.
    void reopen();
    // reopen() if broken.
    void ensureOpen()
    {
        if (m_broken)
            reopen();
    }

    // Whether a statement since begin() failed with a TransactionConflict (also when the
    // caller caught the exception): the transaction is lost to a deadlock or a serialization
    // failure, not to a mistake of its own. Always false on SQLite.
    bool hadConflict() const { return m_conflict; }

    // Throws DatabaseUnavailable (and marks the Db broken) when the error means the
    // connection is gone, TransactionConflict (and marks hadConflict()) for SQLSTATE 40P01 or
    // 40001, SqlError with `what` otherwise.
    [[noreturn]] void fail(const QSqlError& error, const QString& what);

    static constexpr int kReopenIntervalMs = 500;

private:
    void openSqlite(const DatabaseConfig& config);
    void openPostgres(const DatabaseConfig& config);
    void connectPostgres();
    void clearStatements();

    QString m_name;
    QString m_description; // the URL without the password, for messages
    bool m_postgres = false;
    bool m_broken = false;
    bool m_conflict = false;
    QElapsedTimer m_lastReopen; // the last failed connect attempt
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery*> m_statements;
};

// Whether a failed statement's error means the PostgreSQL connection is gone.
bool isConnectionFailure(const QSqlError& error);
// Whether it is a PostgreSQL deadlock (40P01) or serialization failure (40001); QPSQL puts the
// SQLSTATE in QSqlError::nativeErrorCode().
bool isTransactionConflict(const QSqlError& error);

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
    Db& m_db;
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

// Text for a NOT NULL column: a null QString would bind SQL NULL, an empty one binds ''.
inline QString sqlText(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant sqlNullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace helpdesk::server
