// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentsweeper.h"

#include "attachments/attachmentservice.h"
#include "storage/storage.h"

#include <QLoggingCategory>

#include <algorithm>

namespace helpdesk::server {

Q_LOGGING_CATEGORY(lcAttachments, "helpdesk.attachments")

AttachmentSweeper::AttachmentSweeper(Storage& storage, AttachmentSettings settings, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(std::move(settings))
{
    m_timer.setInterval(int(std::clamp<qint64>(m_settings.uploadExpiryMs / 2, 1000, 600'000)));
    connect(&m_timer, &QTimer::timeout, this, &AttachmentSweeper::sweep);
}

void AttachmentSweeper::start()
{
    m_timer.start();
}

void AttachmentSweeper::sweep()
{
    if (m_running)
        return;
    m_running = true;
    m_storage.write(
        [settings = m_settings](Db& db, EventList&) {
            return QJsonValue(attachments::sweepExpired(db, settings, nowMs()));
        },
        [this](const Outcome& outcome) {
            m_running = false;
            if (outcome.error)
                qCWarning(lcAttachments) << "attachment sweep failed:" << outcome.error->message;
            else if (outcome.result.toInt() > 0)
                qCInfo(lcAttachments) << "attachment sweep: dropped" << outcome.result.toInt()
                                      << "expired uploads and files";
        });
}

} // namespace helpdesk::server
