// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace helpdesk::server {

class Storage;

// The escalation sweep of `serve`: every interval, one write job claims the SLA alerts that
// have come due (tickets_sla_alert finds the tickets, a unique row per alert makes each one
// go out once even with several servers), records them in the tickets' history and pushes
// sla.alert to their recipients. A full batch is followed by the next one at once.
class SlaSweeper : public QObject
{
    Q_OBJECT
public:
    SlaSweeper(Storage& storage, std::function<void(const EventList&)> publish, int intervalMs,
        int batchSize, QObject* parent = nullptr);

    void start();

private:
    void sweep();

    Storage& m_storage;
    std::function<void(const EventList&)> m_publish;
    QTimer m_timer;
    int m_batchSize;
    bool m_running = false;
};

} // namespace helpdesk::server
