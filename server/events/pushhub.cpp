// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushhub.h"

#include "rpc/session.h"

namespace helpdesk::server {

void PushHub::add(Session* session)
{
    m_sessions.insert(session);
}

void PushHub::remove(Session* session)
{
    m_sessions.remove(session);
}

void PushHub::publish(const EventList& events)
{
    if (events.isEmpty())
        return;
    // Copy: a push may close a session whose client stopped reading, which removes it.
    const QSet<Session*> sessions = m_sessions;
    for (const PushEvent& event : events) {
        for (Session* session : sessions) {
            const auto& principal = session->principal();
            if (!principal || !m_sessions.contains(session))
                continue;
            if (event.endSessionsOf) {
                if (principal->userId == *event.endSessionsOf) {
                    session->push(event.frame);
                    session->clearAuthentication(); // the next call gets 1001
                }
                continue;
            }
            if (event.onlyUsers) {
                if (principal->isStaff() && event.onlyUsers->contains(principal->userId))
                    session->push(event.frame);
                continue;
            }
            if (!principal->canSeeCustomer(event.customerId))
                continue;
            if (event.contactScoped
                && !principal->contactScopeAllows(event.requesterId, event.queueKind))
                continue;
            if (!event.onlyContactKind.isEmpty()
                && (!principal->contactRole
                    || toString(*principal->contactRole) != event.onlyContactKind
                    || principal->userId == event.requesterId))
                continue;
            if (event.internal && !principal->isStaff())
                continue;
            if (event.customersOnly && principal->isStaff())
                continue;
            session->push(event.frame);
        }
    }
}

void PushHub::broadcast(const QByteArray& frame)
{
    const QSet<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        if (session->principal() && m_sessions.contains(session))
            session->push(frame);
    }
}

} // namespace helpdesk::server
