// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pushevent.h"

#include <QObject>
#include <QSet>

namespace helpdesk::server {

class Connection;

// Knows every open connection and delivers committed changes to the sessions whose user
// may read them (the visibility rule of ticket.get), and to no other.
class PushHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void add(Connection* connection);
    void remove(Connection* connection);
    void publish(const EventList& events);
    // One frame to every logged-in session, whoever the user (e.g. sync.required).
    void broadcast(const QByteArray& frame);
    bool contains(Connection* connection) const { return m_connections.contains(connection); }
    int connectionCount() const { return int(m_connections.size()); }

private:
    QSet<Connection*> m_connections;
};

} // namespace helpdesk::server
