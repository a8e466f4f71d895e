// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushhub.h"

#include "rpc/session.h"

namespace helpdesk::server {

PushHub::PushHub(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &PushHub::releaseHeld);
}

void PushHub::add(Session* session)
{
    m_sessions.insert(session);
}

void PushHub::remove(Session* session)
{
    endStaffSession(session);
    m_sessions.remove(session);
}

void PushHub::authenticationChanged(Session* session)
{
    const auto& principal = session->principal();
    const auto was = m_staff.constFind(session);
    if (was != m_staff.cend() && principal && principal->userId == *was)
        return; // the same user again
    endStaffSession(session);
    if (principal && principal->isStaff() && !principal->isService()
        && m_sessions.contains(session)) {
        m_staff.insert(session, principal->userId);
        emit staffSessionStarted(principal->userId);
    }
}

void PushHub::endStaffSession(Session* session)
{
    const auto was = m_staff.constFind(session);
    if (was == m_staff.cend())
        return;
    const UserId user = *was;
    m_staff.erase(was);
    emit staffSessionEnded(user, session->takeViewing());
}

void PushHub::publish(const EventList& events)
{
    for (const PushEvent& event : events) {
        if (!throttled(event))
            deliver(event);
    }
}

bool PushHub::throttled(const PushEvent& event)
{
    if (event.throttleKey.isEmpty())
        return false;
    const qint64 now = m_clock.elapsed();
    const auto last = m_lastSent.constFind(event.throttleKey);
    if (last == m_lastSent.cend() || now - *last >= kThrottleMs) {
        m_lastSent.insert(event.throttleKey, now);
        m_held.remove(event.throttleKey);
        return false;
    }
    m_held.insert(event.throttleKey, event);
    if (!m_releaseTimer.isActive())
        m_releaseTimer.start(int(kThrottleMs - (now - *last)));
    return true;
}

void PushHub::releaseHeld()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    for (auto it = m_held.begin(); it != m_held.end();) {
        const qint64 due = m_lastSent.value(it.key()) + kThrottleMs;
        if (due <= now) {
            const PushEvent event = it.value();
            m_lastSent.insert(it.key(), now);
            it = m_held.erase(it);
            deliver(event);
        } else {
            nextDue = nextDue < 0 ? due : qMin(nextDue, due);
            ++it;
        }
    }
    if (nextDue >= 0)
        m_releaseTimer.start(int(nextDue - now));
    // Keys quiet for a whole interval need no memory.
    for (auto it = m_lastSent.begin(); it != m_lastSent.end();) {
        if (now - it.value() >= kThrottleMs && !m_held.contains(it.key()))
            it = m_lastSent.erase(it);
        else
            ++it;
    }
}

void PushHub::deliver(const PushEvent& event)
{
    // Copy: a session may go away while we deliver (e.g. its socket fails on the write).
    const QSet<Session*> sessions = m_sessions;
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
        if (principal->isService())
            continue; // API tokens call methods; they are not told of changes
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
        if (event.exceptUser && principal->userId == *event.exceptUser)
            continue;
        if (event.viewersOf && !(principal->isStaff() && session->isViewing(*event.viewersOf)))
            continue;
        session->push(event.frame);
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
