// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/pushevent.h"

#include <QObject>
#include <QSet>

namespace helpdesk::server {

class Session;

// Knows every open session and delivers committed changes to the sessions whose user
// may read them (the visibility rule of ticket.get), and to no other.
class PushHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void add(Session* session);
    void remove(Session* session);
    void publish(const EventList& events);
    // One frame to every logged-in session, whoever the user (e.g. sync.required).
    void broadcast(const QByteArray& frame);
    bool contains(Session* session) const { return m_sessions.contains(session); }
    int sessionCount() const { return int(m_sessions.size()); }

private:
    QSet<Session*> m_sessions;
};

} // namespace helpdesk::server
