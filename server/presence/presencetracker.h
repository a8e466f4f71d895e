// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/pushevent.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace helpdesk::server {

class Db;
class Storage;

// The long-running side of presence (issue 12), created by `serve`: counts this server's
// logged-in staff sessions in the database (online / offline on every server), keeps them
// fresh and removes the rows of servers that died, and runs the sweep that reassigns tickets
// whose assignee has been away longer than their queue allows. Clients hear of changes
// through `publish` (the PushHub).
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString instanceId; // this server process
        int heartbeatMs = 30'000; // refresh this server's session rows
        int staleAfterMs = 120'000; // another server's rows older than this are dropped
        int sweepMs = 60'000; // the reassignment sweep
    };

    PresenceTracker(Storage& storage, Config config,
        std::function<void(const EventList&)> publish, QObject* parent = nullptr);

    // From the PushHub's staffSessionStarted / staffSessionEnded: written in the session's lane,
    // so a presence.set right after login cannot commit before the login's own presence write.
    void sessionStarted(helpdesk::UserId user, quint64 lane);
    void sessionEnded(helpdesk::UserId user, const QSet<qint64>& viewing, quint64 lane);
    // Drops this server's session rows (at shutdown), so its users go offline at once.
    void stop();
    // One reassignment sweep now (also run by the timer).
    void sweep();

private:
    void heartbeat();
    void write(std::function<void(Db&, EventList&)> job, quint64 lane = 0);

    Storage& m_storage;
    Config m_config;
    std::function<void(const EventList&)> m_publish;
    QTimer m_heartbeat;
    QTimer m_sweep;
};

} // namespace helpdesk::server
