// SPDX-License-Identifier: GPL-3.0-or-later
#include "db.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>

namespace helpdesk::server {

namespace {
const QChar kNulEscape(0xFDD0);
const QChar kEscapedNul(0xFDD1);

// A connect attempt to a host that does not answer gives up after this long (libpq waits
// forever by default); an explicit connect_timeout in the URL wins.
constexpr int kConnectTimeoutSeconds = 5;

QString withConnectTimeout(const QString& options)
{
    if (options.contains(QLatin1String("connect_timeout")))
        return options;
    const QString timeout = QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
    return options.isEmpty() ? timeout : options + QLatin1Char(';') + timeout;
}
} // namespace

bool isConnectionFailure(const QSqlError& error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // 08: connection exception; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
    // cannot_connect_now (starting up or shutting down).
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    // A connection that died under libpq usually comes without a SQLSTATE: only its text says.
    static const char* const kTexts[] = { "server closed the connection",
        "no connection to the server", "terminating connection", "could not send data",
        "could not receive data", "connection to server", "could not connect", "ssl syscall error",
        "ssl connection has been closed", "lost synchronization", "the database system is" };
    const QString text = error.text().toLower();
    for (const char* known : kTexts) {
        if (text.contains(QLatin1String(known)))
            return true;
    }
    return false;
}

bool isTransactionConflict(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40P01") || code == QLatin1String("40001");
}

Db::Db(const DatabaseConfig& config, const QString& connectionName)
    : m_name(connectionName)
    , m_postgres(config.isPostgres())
{
    try {
        if (m_postgres)
            openPostgres(config);
        else
            openSqlite(config);
    } catch (...) {
        // No destructor runs for a half-made object: release the connection name here.
        clearStatements();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw;
    }
}

void Db::openPostgres(const DatabaseConfig& config)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        throw SqlError(QStringLiteral("the PostgreSQL driver (QPSQL, Debian package "
                                      "libqt6sql6-psql) is not installed"));
    m_description = config.toUrl();
    m_db.setHostName(config.host);
    m_db.setPort(config.port);
    m_db.setUserName(config.user);
    m_db.setPassword(config.password);
    m_db.setDatabaseName(config.databaseName);
    m_db.setConnectOptions(withConnectTimeout(config.connectOptions));
    connectPostgres();
}

void Db::connectPostgres()
{
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const QString what = QStringLiteral("cannot open %1: %2").arg(m_description, error.text());
        m_db.close();
        if (isConnectionFailure(error))
            throw DatabaseUnavailable(what);
        throw SqlError(what);
    }
    // Notices (e.g. "relation already exists, skipping") are not worth a log line each.
    execRaw(QStringLiteral("SET client_min_messages = warning"));
}

void Db::reopen()
{
    if (!m_postgres) {
        m_broken = false;
        return;
    }
    if (m_lastReopen.isValid() && !m_lastReopen.hasExpired(kReopenIntervalMs))
        throw DatabaseUnavailable(QStringLiteral("%1 is unreachable").arg(m_description));
    clearStatements();
    m_db.close();
    m_broken = true;
    try {
        connectPostgres();
    } catch (...) {
        m_lastReopen.start();
        m_db.close();
        throw;
    }
    m_broken = false;
    m_lastReopen.invalidate();
}

void Db::clearStatements()
{
    qDeleteAll(m_statements);
    m_statements.clear();
}

void Db::fail(const QSqlError& error, const QString& what)
{
    if (m_postgres && isConnectionFailure(error)) {
        m_broken = true;
        throw DatabaseUnavailable(what);
    }
    if (m_postgres && isTransactionConflict(error)) {
        m_conflict = true;
        throw TransactionConflict(what);
    }
    throw SqlError(what);
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
    setPageCacheKiB(config.pageCacheKiB);
    execRaw(QStringLiteral("PRAGMA temp_store=MEMORY"));
}

void Db::setPageCacheKiB(qint64 kib)
{
    if (!m_postgres) // PostgreSQL's cache is the server's shared_buffers
        execRaw(QStringLiteral("PRAGMA cache_size=-%1").arg(qMax<qint64>(kib, 64)));
}

Db::~Db()
{
    clearStatements();
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
        const QSqlError error = query->lastError();
        delete query;
        fail(error, QStringLiteral("prepare failed: %1 [%2]").arg(error.text(), sql));
    }
    m_statements.insert(sql, query);
    return *query;
}

void Db::execRaw(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError(), QStringLiteral("%1 [%2]").arg(query.lastError().text(), sql));
}

void Db::rollback()
{
    QSqlQuery query(m_db);
    // Fails harmlessly when no transaction is open, and tells a dead connection.
    if (!query.exec(QStringLiteral("ROLLBACK")) && m_postgres
        && isConnectionFailure(query.lastError()))
        m_broken = true;
}

Query::Query(Db& db, const QString& sql)
    : m_db(db)
    , m_query(db.prepared(sql))
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
        m_db.fail(m_query.lastError(),
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
    // Tests of figures over business hours (tests/integration/tst_reports) set the server's
    // clock: a file holding milliseconds since the epoch, read at every call. Unset in use.
    static const QString testClock = qEnvironmentVariable("HELPDESK_TEST_CLOCK_FILE");
    if (!testClock.isEmpty()) {
        QFile file(testClock);
        bool ok = false;
        const qint64 ms = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong(&ok) : 0;
        if (ok)
            return ms;
    }
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
