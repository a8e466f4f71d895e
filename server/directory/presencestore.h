// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/pushevent.h"

#include <QVector>

namespace helpdesk::server {

class Db;

// Staff presence (issue 12): online or away while a session of theirs is open on some
// server, offline otherwise. Sessions are counted per server process (instance).
struct PresenceState
{
    UserId user;
    QString presence; // "online", "away" or "offline"
    bool manual = false; // away (or online) chosen by hand rather than by inactivity
    qint64 sinceMs = 0; // when it last changed

    QJsonObject toJson() const;
    bool operator==(const PresenceState& other) const
    {
        return presence == other.presence && manual == other.manual;
    }
};

// The push of a user's presence to every staff session (presence.changed).
PushEvent presenceChangedEvent(const PresenceState& state);

namespace presencestore {
PresenceState stateOf(Db& db, UserId user);
// Every staff user's presence, by user id.
QVector<PresenceState> all(Db& db);
// One more (or one fewer) logged-in connection of `user` on this server.
void addSession(Db& db, const QString& instance, UserId user, qint64 nowMs);
void removeSession(Db& db, const QString& instance, UserId user);
// Writes the status the user has while connected; `since` moves only when it changes.
void setStatus(Db& db, UserId user, const QString& status, bool manual, qint64 nowMs);
// The presence changed without a new status (going offline): its time moves.
void touch(Db& db, UserId user, qint64 nowMs);
// This server is alive: its rows are fresh. Returns the users whose rows of other servers
// were older than `staleBeforeMs` and were removed (a server that died without saying so).
QVector<UserId> heartbeat(Db& db, const QString& instance, qint64 nowMs, qint64 staleBeforeMs);
// This server stops: its connections are gone. Returns the users it had.
QVector<UserId> dropInstance(Db& db, const QString& instance);
void dropAllSessions(Db& db);
} // namespace presencestore

} // namespace helpdesk::server
