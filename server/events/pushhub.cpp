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
        emit staffSessionStarted(principal->userId, session->writeLane());
    }
}

void PushHub::endStaffSession(Session* session)
{
    const auto was = m_staff.constFind(session);
    if (was == m_staff.cend())
        return;
    const UserId user = *was;
    m_staff.erase(was);
    emit staffSessionEnded(user, session->takeViewing(), session->writeLane());
}

void PushHub::publish(const EventList& events)
{
    for (const PushEvent& event : events) {
        if (throttled(event))
            continue;
        if (event.endSessionsOf) {
            // A disabled user's sessions end now, not at the end of the turn: no request of
            // theirs may run in between.
            flush();
            endSessions(event);
            continue;
        }
        enqueue(event);
    }
}

namespace {
bool sameAudience(const PushEvent& a, const PushEvent& b)
{
    return a.customerId == b.customerId && a.internal == b.internal
        && a.customersOnly == b.customersOnly && a.viewersOf == b.viewersOf
        && a.exceptUser == b.exceptUser && a.contactScoped == b.contactScoped
        && a.requesterId == b.requesterId && a.queueKind == b.queueKind
        && a.onlyContactKind == b.onlyContactKind && a.onlyUsers == b.onlyUsers;
}
} // namespace

void PushHub::enqueue(const PushEvent& event)
{
    if (!event.replacesKey.isEmpty()) {
        const auto older = m_pendingByKey.constFind(event.replacesKey);
        if (older != m_pendingByKey.cend() && sameAudience(m_pending.at(*older), event))
            m_pending[*older].frame.clear(); // sent in its place, later in order
        m_pendingByKey.insert(event.replacesKey, m_pending.size());
    }
    m_pending.append(event);
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &PushHub::flush, Qt::QueuedConnection);
    }
}

void PushHub::flush()
{
    m_flushPosted = false;
    if (m_pending.isEmpty())
        return;
    const EventList events = std::exchange(m_pending, {});
    m_pendingByKey.clear();
    // Which of the events a session gets ('1' or '0' each) → those frames, joined once.
    QHash<QByteArray, QByteArray> joined;
    QByteArray mask(events.size(), '0');
    // Copy: a session may go away while we deliver (e.g. its socket fails on the write).
    const QSet<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        const auto& principal = session->principal();
        if (!principal || !m_sessions.contains(session))
            continue;
        qsizetype bytes = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const PushEvent& event = events.at(i);
            const bool gets = !event.frame.isEmpty() && wants(*session, *principal, event);
            mask[i] = gets ? '1' : '0';
            bytes += gets ? event.frame.size() : 0;
        }
        if (bytes == 0)
            continue;
        auto frames = joined.find(mask);
        if (frames == joined.end()) {
            QByteArray all;
            all.reserve(bytes);
            for (qsizetype i = 0; i < events.size(); ++i) {
                if (mask.at(i) == '1')
                    all.append(events.at(i).frame);
            }
            frames = joined.insert(mask, all);
        }
        session->push(*frames);
    }
}

void PushHub::endSessions(const PushEvent& event)
{
    const QSet<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        const auto& principal = session->principal();
        if (principal && m_sessions.contains(session)
            && principal->userId == *event.endSessionsOf) {
            session->push(event.frame);
            session->clearAuthentication(); // the next call gets 1001
        }
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
            enqueue(event);
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

bool PushHub::wants(const Session& session, const Principal& principal, const PushEvent& event)
{
    if (principal.isService())
        return false; // API tokens call methods; they are not told of changes
    if (event.onlyUsers)
        return principal.isStaff() && event.onlyUsers->contains(principal.userId);
    if (!principal.canSeeCustomer(event.customerId))
        return false;
    if (event.contactScoped && !principal.contactScopeAllows(event.requesterId, event.queueKind))
        return false;
    if (!event.onlyContactKind.isEmpty()
        && (!principal.contactRole || toString(*principal.contactRole) != event.onlyContactKind
            || principal.userId == event.requesterId))
        return false;
    if (event.internal && !principal.isStaff())
        return false;
    if (event.customersOnly && principal.isStaff())
        return false;
    if (event.exceptUser && principal.userId == *event.exceptUser)
        return false;
    if (event.viewersOf && !(principal.isStaff() && session.isViewing(*event.viewersOf)))
        return false;
    return true;
}

void PushHub::broadcast(const QByteArray& frame)
{
    flush();
    const QSet<Session*> sessions = m_sessions;
    for (Session* session : sessions) {
        if (session->principal() && m_sessions.contains(session))
            session->push(frame);
    }
}

} // namespace helpdesk::server
