// SPDX-License-Identifier: GPL-3.0-or-later
#include "db.h"

#include <QDateTime>
#include <QSqlError>

namespace helpdesk::server {

Db::Db(const DatabaseConfig& config, const QString& connectionName)
    : m_name(connectionName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(config.sqlitePath);
    // The busy timeout covers the short moments when another connection holds the write lock.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw SqlError(
            QStringLiteral("cannot open %1: %2").arg(config.sqlitePath, m_db.lastError().text()));
    execRaw(QStringLiteral("PRAGMA journal_mode=WAL"));
    // FULL: an acknowledged write survives power loss; group commit pays for it.
    execRaw(QStringLiteral("PRAGMA synchronous=FULL"));
    execRaw(QStringLiteral("PRAGMA foreign_keys=ON"));
    execRaw(QStringLiteral("PRAGMA cache_size=-65536"));
    execRaw(QStringLiteral("PRAGMA temp_store=MEMORY"));
}

Db::~Db()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery& Db::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return **it;
    auto* query = new QSqlQuery(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        const QString error = query->lastError().text();
        delete query;
        throw SqlError(QStringLiteral("prepare failed: %1 [%2]").arg(error, sql));
    }
    m_statements.insert(sql, query);
    return *query;
}

void Db::execRaw(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw SqlError(QStringLiteral("%1 [%2]").arg(query.lastError().text(), sql));
}

void Db::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when no transaction is open
}

Query::Query(Db& db, const QString& sql)
    : m_query(db.prepared(sql))
{
}

Query::~Query()
{
    m_query.finish();
}

Query& Query::bind(const QVariant& value)
{
    m_query.bindValue(m_nextBind++, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        throw SqlError(
            QStringLiteral("%1 [%2]").arg(m_query.lastError().text(), m_query.lastQuery()));
    return *this;
}

QVariant Query::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace helpdesk::server
