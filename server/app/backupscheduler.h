// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseconfig.h"

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

class QThread;

namespace helpdesk::server {

// The nightly backup of `serve --backup-dir DIR` (docs/admin.md, "Backup"): every day at
// `at` (local time) a backup (app/backup.h) is written to DIR as helpdesk-<date>-<time>.backup,
// on a thread of its own while the server goes on serving, and only the newest `keep` stay.
// Each run is logged on stderr; a failed one is tried again the next night.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        DatabaseConfig database;
        QString attachments; // the attachment store, backed up with the database
        QString dir;
        QTime at = QTime(2, 30);
        int keep = 7;
    };

    explicit BackupScheduler(Config config, QObject* parent = nullptr);
    ~BackupScheduler() override;

    void start();
    // Waits for a backup under way (at shutdown).
    void stop();

    // Milliseconds from `now` to the next `at`.
    static qint64 msUntil(const QDateTime& now, const QTime& at);

private:
    void run();
    void scheduleNext();
    void arm();

    Config m_config;
    QDateTime m_due;
    QTimer m_timer;
    QThread* m_worker = nullptr;
};

} // namespace helpdesk::server
