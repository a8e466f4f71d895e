// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterlistener.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCluster, "helpdesk.cluster")

namespace helpdesk::server {

namespace {
constexpr int kFirstRetryDelayMs = 100;
QAtomicInt s_connectionCounter;

// connect_timeout bounds a connect to a host that does not answer; tcp_user_timeout and the
// keepalives bound a SELECT 1 on a connection whose peer vanished without a reset. The
// application name tells an administrator (pg_stat_activity) which server listens where.
QString connectOptions(const QString& instanceId)
{
    return QStringLiteral("connect_timeout=2;tcp_user_timeout=5000;keepalives=1;"
                          "keepalives_idle=10;keepalives_interval=5;keepalives_count=3;"
                          "application_name=%1")
        .arg(clusterApplicationName(instanceId));
}

// The payload as it may appear in a log line: short, one line.
QString excerpt(const QString& payload)
{
    QString text = payload.left(120);
    for (QChar& c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return payload.size() > text.size() ? text + QStringLiteral("...") : text;
}
} // namespace

QString clusterApplicationName(const QString& instanceId)
{
    return QStringLiteral("helpdesk-bus-%1").arg(instanceId);
}

ClusterListener::ClusterListener(ClusterBusConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_connectionName(QStringLiteral("helpdesk-cluster-%1-%2")
                           .arg(m_config.instanceId)
                           .arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_retryDelayMs(kFirstRetryDelayMs)
{
    m_pollTimer.setInterval(m_config.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ClusterListener::poll);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ClusterListener::connectToDatabase);
}

ClusterListener::~ClusterListener()
{
    closeConnection();
}

void ClusterListener::start()
{
    m_retryTimer.start(0);
}

void ClusterListener::connectToDatabase()
{
    QString error;
    if (!openAndListen(&error)) {
        closeConnection();
        if (!m_failureLogged) {
            qCWarning(lcCluster).noquote()
                << QStringLiteral("cannot listen for cluster events on %1:%2/%3, retrying: %4")
                       .arg(m_config.host)
                       .arg(m_config.port)
                       .arg(m_config.database, error);
            m_failureLogged = true;
        }
        scheduleRetry();
        return;
    }
    m_listening = true;
    m_failureLogged = false;
    m_retryDelayMs = kFirstRetryDelayMs;
    m_pollTimer.start();
    qCInfo(lcCluster).noquote() << QStringLiteral("listening for cluster events on %1:%2/%3")
                                       .arg(m_config.host)
                                       .arg(m_config.port)
                                       .arg(m_config.database);
    emit listening();
    if (m_gap) {
        m_gap = false;
        emit resyncNeeded();
    }
}

bool ClusterListener::openAndListen(QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not available");
        return false;
    }
    m_db.setHostName(m_config.host);
    m_db.setPort(m_config.port);
    m_db.setDatabaseName(m_config.database);
    m_db.setUserName(m_config.user);
    m_db.setPassword(m_config.password);
    QString options = connectOptions(m_config.instanceId);
    if (!m_config.connectOptions.isEmpty())
        options += QLatin1Char(';') + m_config.connectOptions;
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlDriver* driver = m_db.driver();
    connect(driver, &QSqlDriver::notification, this, &ClusterListener::onNotification);
    // QPSQL sends LISTEN with the name double-quoted (isValidClusterChannel keeps out the
    // names its quoting gets wrong), so the channel is matched with its exact case.
    if (!driver->subscribeToNotification(m_config.channel)) {
        *error = driver->lastError().text();
        return false;
    }
    return true;
}

void ClusterListener::poll()
{
    // QPSQL does not report a closed connection by itself (its socket notifier only reads
    // notifications), and a peer that vanished without closing the socket is noticed only
    // when something is sent: so ask, once a poll interval.
    if (!m_db.isOpen()) {
        dropConnection(QStringLiteral("the server closed the connection"));
        return;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1")))
        dropConnection(query.lastError().text());
}

void ClusterListener::dropConnection(const QString& reason)
{
    qCWarning(lcCluster).noquote()
        << "lost the cluster event connection, reconnecting:" << reason.trimmed();
    closeConnection();
    if (m_listening) {
        m_listening = false;
        m_gap = true;
        emit connectionLost(reason.trimmed());
    }
    m_failureLogged = true; // the warning above covers this outage
    scheduleRetry();
}

void ClusterListener::closeConnection()
{
    m_pollTimer.stop();
    if (m_db.isValid()) {
        disconnect(m_db.driver(), nullptr, this, nullptr);
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void ClusterListener::scheduleRetry()
{
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, m_config.maxRetryDelayMs);
}

void ClusterListener::onNotification(
    const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != m_config.channel)
        return;
    const QString text = payload.toString();
    QString error;
    std::optional<ClusterBatch> batch = parseClusterPayload(text, &error);
    if (!batch) {
        qCWarning(lcCluster).noquote()
            << QStringLiteral("ignoring a malformed cluster event payload (%1): %2")
                   .arg(error, excerpt(text));
        emit payloadRejected(error);
        return;
    }
    if (batch->instance == m_config.instanceId)
        return; // our own announcement: our sessions had the push already
    emit eventsReceived(*batch);
}

} // namespace helpdesk::server
