// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterbus.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace helpdesk::server {

// The inside of ClusterBus: owns the LISTEN connection and lives in the bus's thread, which
// must run an event loop (QPSQL reports notifications through a socket notifier).
class ClusterListener : public QObject
{
    Q_OBJECT
public:
    explicit ClusterListener(ClusterBusConfig config, QObject* parent = nullptr);
    ~ClusterListener() override;

    // Connects (now, and again whenever the connection is lost) and LISTENs.
    void start();

signals:
    void eventsReceived(const helpdesk::server::ClusterBatch& batch);
    void listening();
    void resyncNeeded();
    void connectionLost(const QString& reason);
    void payloadRejected(const QString& reason);

private:
    void connectToDatabase();
    bool openAndListen(QString* error);
    void poll();
    void dropConnection(const QString& reason);
    void closeConnection();
    void scheduleRetry();
    void onNotification(
        const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    ClusterBusConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    bool m_listening = false;
    bool m_gap = false; // the connection was lost: the next LISTEN follows a gap
    bool m_failureLogged = false; // one warning per outage, not one per retry
};

} // namespace helpdesk::server
