// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushhub.h"

#include "net/connection.h"

namespace helpdesk::server {

void PushHub::add(Connection* connection)
{
    m_connections.insert(connection);
}

void PushHub::remove(Connection* connection)
{
    m_connections.remove(connection);
}

void PushHub::publish(const EventList& events)
{
    if (events.isEmpty())
        return;
    // Copy: a push may close a connection that stopped reading, which removes it from the set.
    const QSet<Connection*> connections = m_connections;
    for (const PushEvent& event : events) {
        for (Connection* connection : connections) {
            const auto& principal = connection->principal();
            if (!principal || !m_connections.contains(connection))
                continue;
            if (!principal->canSeeCustomer(event.customerId))
                continue;
            if (event.internal && !principal->isStaff())
                continue;
            if (event.customersOnly && principal->isStaff())
                continue;
            connection->push(event.frame);
        }
    }
}

void PushHub::broadcast(const QByteArray& frame)
{
    const QSet<Connection*> connections = m_connections;
    for (Connection* connection : connections) {
        if (connection->principal() && m_connections.contains(connection))
            connection->push(frame);
    }
}

} // namespace helpdesk::server
