// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpayload.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace helpdesk::server {

namespace handover {
class Mailbox;
}

// Where the listening connection goes and how it behaves.
struct ClusterBusConfig
{
    QString host = QStringLiteral("127.0.0.1"); // empty: libpq's default (unix socket); a path
                                                // starting with '/': that socket directory
    int port = 5432; // -1: libpq's default
    QString database;
    QString user;
    QString password;
    // More libpq options ("key=value;key=value", e.g. sslmode=require), as the server's own
    // connections use them; the listener's own timeouts and application_name come first.
    QString connectOptions;
    QString channel = kDefaultClusterChannel;
    QString instanceId; // empty: a new random one
    int pollIntervalMs = 1000; // SELECT 1 on the idle connection: a dead socket is noticed
    int maxRetryDelayMs = 2000; // back-off cap while the database is away
};

// postgres://user:password@host:port/database → a config; nullopt for another scheme.
std::optional<ClusterBusConfig> clusterBusConfigFromUrl(const QUrl& url);

// The application_name of a bus's listening connection (visible in pg_stat_activity).
QString clusterApplicationName(const QString& instanceId);

// Listens for the changes other servers sharing the PostgreSQL database announce (see
// notifyCluster) and hands them, parsed, to the thread that owns it. The listening
// connection lives in a thread of its own with an event loop; it reconnects with back-off
// when the database goes away and then emits resyncNeeded(), because NOTIFYs sent while
// nobody listened are gone.
class ClusterBus : public QObject
{
    Q_OBJECT
public:
    explicit ClusterBus(ClusterBusConfig config, QObject* parent = nullptr);
    ~ClusterBus() override;

    // The id this process puts in its own payloads; its own announcements are skipped.
    QString instanceId() const { return m_config.instanceId; }
    const QString& channel() const { return m_config.channel; }

    // Starts the listener thread. False (and *error) only for a bad configuration: an
    // unreachable database is retried in the background.
    bool start(QString* error = nullptr);
    // Joins the listener thread; safe to call twice and while the database is down.
    void stop();
    bool isRunning() const;

signals:
    // Another server's committed changes, in the order it announced them.
    void eventsReceived(const helpdesk::server::ClusterBatch& batch);
    // LISTEN is in place (after start and after every reconnect).
    void listening();
    // Listening again after the connection was lost: changes in the gap were not seen, so
    // clients should re-read what they show.
    void resyncNeeded();
    void connectionLost(const QString& reason);
    // A payload on our channel that is not ours to read; it was logged and dropped.
    void payloadRejected(const QString& reason);

private:
    class Thread;
    ClusterBusConfig m_config;
    handover::Mailbox* m_mailbox; // a child, in this object's thread
    std::unique_ptr<Thread> m_thread;
};

} // namespace helpdesk::server
