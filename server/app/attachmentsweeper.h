// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/serverconfig.h"

#include <QObject>
#include <QTimer>

namespace helpdesk::server {

class Storage;

// Drops abandoned uploads and files never attached to a message once they are older than
// the expiry time (attachments::sweepExpired), every half of it (at most every 10 minutes).
class AttachmentSweeper : public QObject
{
    Q_OBJECT
public:
    AttachmentSweeper(Storage& storage, AttachmentSettings settings, QObject* parent = nullptr);
    void start();

private:
    void sweep();

    Storage& m_storage;
    AttachmentSettings m_settings;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace helpdesk::server
