// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace helpdesk::server {

class Session;

// Knows every open session and delivers committed changes to the sessions whose user
// may read them (the visibility rule of ticket.get), and to no other.
class PushHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int kThrottleMs = 2000;

    explicit PushHub(QObject* parent = nullptr);

    void add(Session* session);
    void remove(Session* session);
    // The session logged in, out, or as someone else: staff sessions starting and ending are
    // what presence counts (signals below).
    void authenticationChanged(Session* session);
    void publish(const EventList& events);
    // One frame to every logged-in session, whoever the user (e.g. sync.required).
    void broadcast(const QByteArray& frame);
    bool contains(Session* session) const { return m_sessions.contains(session); }
    int sessionCount() const { return int(m_sessions.size()); }

signals:
    void staffSessionStarted(helpdesk::UserId user);
    // `viewing`: the tickets the session had open, for the "left" pushes.
    void staffSessionEnded(helpdesk::UserId user, const QSet<qint64>& viewing);

private:
    void deliver(const PushEvent& event);
    bool throttled(const PushEvent& event);
    void releaseHeld();
    void endStaffSession(Session* session);

    QSet<Session*> m_sessions;
    QHash<Session*, UserId> m_staff; // logged-in staff sessions
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastSent; // throttle key → m_clock time
    QHash<QString, PushEvent> m_held; // the newest push held back per key
    QTimer m_releaseTimer;
};

} // namespace helpdesk::server
