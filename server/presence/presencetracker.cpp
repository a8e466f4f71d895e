// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencetracker.h"

#include "directory/presencestore.h"
#include "reassignsweep.h"
#include "storage/storage.h"
#include "ticketactivity.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "helpdesk.presence")

namespace helpdesk::server {

namespace {
// Runs `change` and adds the user's presence push when it made a difference.
void changePresence(Db& db, UserId user, EventList& events, const std::function<void()>& change)
{
    const PresenceState before = presencestore::stateOf(db, user);
    change();
    PresenceState after = presencestore::stateOf(db, user);
    if (after == before)
        return;
    if (after.presence == QLatin1String("offline")) {
        presencestore::touch(db, user, nowMs());
        activity::leaveAll(db, user, events); // nobody views anything while offline
        after = presencestore::stateOf(db, user);
    }
    events << presenceChangedEvent(after);
}

// The user's sessions on a server were removed wholesale (it stopped or died).
void announceIfOffline(Db& db, UserId user, EventList& events)
{
    if (presencestore::stateOf(db, user).presence != QLatin1String("offline"))
        return;
    presencestore::touch(db, user, nowMs());
    activity::leaveAll(db, user, events);
    events << presenceChangedEvent(presencestore::stateOf(db, user));
}
} // namespace

PresenceTracker::PresenceTracker(Storage& storage, Config config,
    std::function<void(const EventList&)> publish, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_config(std::move(config))
    , m_publish(std::move(publish))
{
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceTracker::heartbeat);
    connect(&m_sweep, &QTimer::timeout, this, &PresenceTracker::sweep);
    m_heartbeat.start(m_config.heartbeatMs);
    m_sweep.start(m_config.sweepMs);
    // One server on SQLite: sessions counted by an earlier run that did not stop cleanly are
    // gone with it.
    write([](Db& db, EventList&) {
        if (!db.isPostgres())
            presencestore::dropAllSessions(db);
    });
}

void PresenceTracker::write(std::function<void(Db&, EventList&)> job, quint64 lane)
{
    m_storage.write(
        [job = std::move(job)](Db& db, EventList& events) {
            job(db, events);
            return QJsonValue();
        },
        [this](const Outcome& outcome) {
            if (outcome.error)
                qCWarning(lcPresence) << "presence update failed:" << outcome.error->message;
            else
                m_publish(outcome.events);
        },
        lane);
}

void PresenceTracker::sessionStarted(UserId user, quint64 lane)
{
    const QString instance = m_config.instanceId;
    write([instance, user](Db& db, EventList& events) {
        changePresence(db, user, events, [&] {
            const bool wasOffline
                = presencestore::stateOf(db, user).presence == QLatin1String("offline");
            presencestore::addSession(db, instance, user, nowMs());
            // Back from offline: online, whatever was chosen in the last session.
            if (wasOffline)
                presencestore::setStatus(db, user, QStringLiteral("online"), false, nowMs());
        });
    }, lane);
}

void PresenceTracker::sessionEnded(UserId user, const QSet<qint64>& viewing, quint64 lane)
{
    const QString instance = m_config.instanceId;
    write([instance, user, viewing](Db& db, EventList& events) {
        for (const qint64 ticket : viewing)
            activity::leave(db, TicketId(ticket), user, events);
        changePresence(
            db, user, events, [&] { presencestore::removeSession(db, instance, user); });
    }, lane);
}

void PresenceTracker::heartbeat()
{
    const QString instance = m_config.instanceId;
    const int staleAfter = m_config.staleAfterMs;
    write([instance, staleAfter](Db& db, EventList& events) {
        const qint64 now = nowMs();
        for (const UserId user : presencestore::heartbeat(db, instance, now, now - staleAfter))
            announceIfOffline(db, user, events);
    });
}

void PresenceTracker::stop()
{
    m_heartbeat.stop();
    m_sweep.stop();
    const QString instance = m_config.instanceId;
    write([instance](Db& db, EventList& events) {
        for (const UserId user : presencestore::dropInstance(db, instance))
            announceIfOffline(db, user, events);
    });
}

void PresenceTracker::sweep()
{
    write([](Db& db, EventList& events) { reassignAbsent(db, nowMs(), events); });
}

} // namespace helpdesk::server
