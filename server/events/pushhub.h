// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
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
//
// Pushes published in one turn of the event loop (typically all jobs of one group commit) go
// out together at the end of that turn: each session gets its frames as one write, and
// sessions that get the same frames share one buffer (a thousand agents seeing every ticket
// cost one concatenation, not a thousand). A newer push that replaces a waiting one (same
// PushEvent::replacesKey and audience) takes its place. Logging a user out is never delayed.
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
    // One frame to every logged-in session, whoever the user (e.g. sync.required), after the
    // pushes still waiting.
    void broadcast(const QByteArray& frame);
    // Sends the waiting pushes now (also done at the end of every event-loop turn).
    void flush();
    bool contains(Session* session) const { return m_sessions.contains(session); }
    int sessionCount() const { return int(m_sessions.size()); }

signals:
    // `lane`: the session's write lane (Session::writeLane), so that what a login or logout
    // writes commits before and after the session's own requests' writes.
    void staffSessionStarted(helpdesk::UserId user, quint64 lane);
    // `viewing`: the tickets the session had open, for the "left" pushes.
    void staffSessionEnded(helpdesk::UserId user, const QSet<qint64>& viewing, quint64 lane);

private:
    void enqueue(const PushEvent& event);
    void endSessions(const PushEvent& event);
    static bool wants(const Session& session, const Principal& principal, const PushEvent& event);
    bool throttled(const PushEvent& event);
    void releaseHeld();
    void endStaffSession(Session* session);

    QSet<Session*> m_sessions;
    QHash<Session*, UserId> m_staff; // logged-in staff sessions
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastSent; // throttle key → m_clock time
    QHash<QString, PushEvent> m_held; // the newest push held back per key
    QTimer m_releaseTimer;
    EventList m_pending; // published, not yet sent; a replaced one has an empty frame
    QHash<QString, qsizetype> m_pendingByKey; // replacesKey → its index in m_pending
    bool m_flushPosted = false;
};

} // namespace helpdesk::server
