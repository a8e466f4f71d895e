// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupscheduler.h"

#include "backup.h"
#include "storage/handover.h"

#include <QDateTime>
#include <QDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace helpdesk::server {

namespace {

void logLine(const QString& line)
{
    QTextStream err(stderr);
    err << "helpdesk-server: " << line << Qt::endl;
}

} // namespace

BackupScheduler::BackupScheduler(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::run);
}

BackupScheduler::~BackupScheduler()
{
    stop();
}

qint64 BackupScheduler::msUntil(const QDateTime& now, const QTime& at)
{
    QDateTime next(now.date(), at, now.timeSpec());
    if (next <= now)
        next = next.addDays(1);
    return now.msecsTo(next);
}

void BackupScheduler::start()
{
    QDir().mkpath(m_config.dir);
    logLine(QStringLiteral("nightly backup to %1 at %2, keeping %3")
                .arg(QDir(m_config.dir).absolutePath(),
                    m_config.at.toString(QStringLiteral("HH:mm:ss")))
                .arg(m_config.keep));
    scheduleNext();
}

void BackupScheduler::stop()
{
    m_timer.stop();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

void BackupScheduler::scheduleNext()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_due = now.addMSecs(msUntil(now, m_config.at));
    arm();
}

void BackupScheduler::arm()
{
    // Long waits are taken an hour at a time and measured again, so a suspended machine or a
    // changed clock does not move the run.
    const qint64 wait = QDateTime::currentDateTime().msecsTo(m_due);
    m_timer.start(int(std::clamp<qint64>(wait, 0, 3'600'000)));
}

void BackupScheduler::run()
{
    if (QDateTime::currentDateTime().msecsTo(m_due) > 0)
        return arm(); // an intermediate wake-up
    if (m_worker) // the last one is still running: not two at once
        return scheduleNext();
    const Config config = m_config;
    m_worker = QThread::create([config] {
        const handover::RunScope scope(QThread::currentThread());
        const QString file = QDir(config.dir).absoluteFilePath(
            scheduledBackupName(config.database, QDateTime::currentDateTime()));
        try {
            const BackupReport report = backupDatabase(config.database, file, config.attachments);
            logLine(QStringLiteral("backup written: %1 (%2 bytes, %3 attachment files, schema "
                                   "%4, %5 ms)")
                        .arg(report.file)
                        .arg(report.bytes)
                        .arg(report.files)
                        .arg(report.schema)
                        .arg(report.elapsedMs));
            for (const QString& old : pruneBackups(config.dir, config.keep))
                logLine(QStringLiteral("old backup deleted: %1").arg(old));
        } catch (const std::exception& e) {
            logLine(QStringLiteral("backup FAILED: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    connect(m_worker, &QThread::finished, this, [this] {
        handover::join(*m_worker); // finished: returns at once (and TSan sees the join)
        m_worker->deleteLater();
        m_worker = nullptr;
        scheduleNext();
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace helpdesk::server
