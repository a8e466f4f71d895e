// SPDX-License-Identifier: GPL-3.0-or-later
#include "db.h"

#include <QDateTime>
#include <QSqlError>

namespace helpdesk::server {

namespace {
const QChar kNulEscape(0xFDD0);
const QChar kEscapedNul(0xFDD1);
} // namespace

Db::Db(const DatabaseConfig& config, const QString& connectionName)
    : m_name(connectionName)
    , m_postgres(config.isPostgres())
{
    if (m_postgres)
        openPostgres(config);
    else
        openSqlite(config);
}

void Db::openPostgres(const DatabaseConfig& config)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        throw SqlError(QStringLiteral("the PostgreSQL driver (QPSQL, Debian package "
                                      "libqt6sql6-psql) is not installed"));
    m_db.setHostName(config.host);
    m_db.setPort(config.port);
    m_db.setUserName(config.user);
    m_db.setPassword(config.password);
    m_db.setDatabaseName(config.databaseName);
    m_db.setConnectOptions(config.connectOptions);
    if (!m_db.open())
        throw SqlError(
            QStringLiteral("cannot open %1: %2").arg(config.toUrl(), m_db.lastError().text()));
    // Notices (e.g. "relation already exists, skipping") are not worth a log line each.
    execRaw(QStringLiteral("SET client_min_messages = warning"));
}

void Db::openSqlite(const DatabaseConfig& config)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
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
    , m_postgres(db.isPostgres())
{
}

Query::~Query()
{
    m_query.finish();
}

Query& Query::bind(const QVariant& value)
{
    if (m_postgres && value.typeId() == QMetaType::QString && !value.isNull())
        m_query.bindValue(m_nextBind++, escapeNulForPostgres(value.toString()));
    else
        m_query.bindValue(m_nextBind++, value);
    return *this;
}

QVariant Query::value(int column) const
{
    const QVariant value = m_query.value(column);
    if (m_postgres && value.typeId() == QMetaType::QString && !value.isNull())
        return unescapeNulFromPostgres(value.toString());
    return value;
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

namespace helpdesk::server {

QString escapeNulForPostgres(const QString& text)
{
    if (!text.contains(QChar(0)) && !text.contains(kNulEscape))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QChar(0)) {
            escaped += kNulEscape;
            escaped += kEscapedNul;
        } else if (c == kNulEscape) {
            escaped += kNulEscape;
            escaped += kNulEscape;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString unescapeNulFromPostgres(const QString& text)
{
    if (!text.contains(kNulEscape))
        return text;
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == kNulEscape && i + 1 < text.size()) {
            ++i;
            plain += text.at(i) == kEscapedNul ? QChar(0) : text.at(i);
        } else {
            plain += text.at(i);
        }
    }
    return plain;
}

} // namespace helpdesk::server
