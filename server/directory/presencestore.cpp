// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencestore.h"

#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "storage/db.h"

namespace helpdesk::server {

namespace {
// The user's presence columns; the EXISTS is whether any server has a session of theirs.
const QString kSelect = QStringLiteral(
    "SELECT u.id, COALESCE(p.status, 'online'), COALESCE(p.manual, 0), COALESCE(p.changed_at, 0), "
    "EXISTS (SELECT 1 FROM user_sessions s WHERE s.user_id = u.id) "
    "FROM users u LEFT JOIN user_presence p ON p.user_id = u.id ");

PresenceState stateFromRow(const Query& row)
{
    PresenceState state;
    state.user = UserId(row.int64(0));
    const bool connected = row.value(4).toBool();
    state.presence = connected ? row.text(1) : QStringLiteral("offline");
    state.manual = connected && row.int64(2) != 0;
    state.sinceMs = row.int64(3);
    return state;
}

QVector<UserId> usersOf(Query& rows)
{
    QVector<UserId> users;
    while (rows.next())
        users << UserId(rows.int64(0));
    return users;
}
} // namespace

QJsonObject PresenceState::toJson() const
{
    return QJsonObject { { QStringLiteral("userId"), user.value() },
        { QStringLiteral("presence"), presence }, { QStringLiteral("manual"), manual },
        { QStringLiteral("since"),
            sinceMs > 0 ? QJsonValue(toWireTime(QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC)))
                        : QJsonValue(QJsonValue::Null) } };
}

PushEvent presenceChangedEvent(const PresenceState& state)
{
    PushEvent event;
    event.internal = true; // staff only
    event.exceptUser = state.user; // their own clients know (presence.set's answer)
    event.frame = encodeFrame(rpc::makeNotification(QString(push::PresenceChanged), state.toJson()));
    event.cluster = ClusterEvent::presenceChanged(state.user);
    event.throttleKey = QStringLiteral("presence:%1").arg(state.user.value());
    return event;
}

namespace presencestore {

PresenceState stateOf(Db& db, UserId user)
{
    Query row(db, kSelect + QStringLiteral("WHERE u.id = ?"));
    row.bind(user.value()).exec();
    if (!row.next())
        return PresenceState { user, QStringLiteral("offline"), false, 0 };
    return stateFromRow(row);
}

QVector<PresenceState> all(Db& db)
{
    Query rows(db, kSelect + QStringLiteral("WHERE u.role <> 'customer' ORDER BY u.id"));
    rows.exec();
    QVector<PresenceState> states;
    while (rows.next())
        states << stateFromRow(rows);
    return states;
}

void addSession(Db& db, const QString& instance, UserId user, qint64 nowMs)
{
    // One statement: two sessions of one user starting at once on different writer
    // connections (PostgreSQL) must not both insert.
    Query upsert(db,
        QStringLiteral("INSERT INTO user_sessions (instance_id, user_id, sessions, seen_at) "
                       "VALUES (?, ?, 1, ?) ON CONFLICT (instance_id, user_id) DO UPDATE SET "
                       "sessions = user_sessions.sessions + 1, seen_at = excluded.seen_at"));
    upsert.bind(instance).bind(user.value()).bind(nowMs).exec();
}

void removeSession(Db& db, const QString& instance, UserId user)
{
    Query drop(db,
        QStringLiteral("UPDATE user_sessions SET sessions = sessions - 1 "
                       "WHERE instance_id = ? AND user_id = ? AND sessions > 1"));
    if (drop.bind(instance).bind(user.value()).exec().rowsAffected() > 0)
        return;
    Query remove(db,
        QStringLiteral("DELETE FROM user_sessions WHERE instance_id = ? AND user_id = ?"));
    remove.bind(instance).bind(user.value()).exec();
}

void setStatus(Db& db, UserId user, const QString& status, bool manual, qint64 nowMs)
{
    // One statement, for the same reason as addSession's.
    Query upsert(db,
        QStringLiteral("INSERT INTO user_presence (user_id, status, manual, changed_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET changed_at = "
                       "CASE WHEN user_presence.status = excluded.status THEN "
                       "user_presence.changed_at ELSE excluded.changed_at END, "
                       "status = excluded.status, manual = excluded.manual"));
    upsert.bind(user.value()).bind(status).bind(manual ? 1 : 0).bind(nowMs).exec();
}

void touch(Db& db, UserId user, qint64 nowMs)
{
    Query update(db, QStringLiteral("UPDATE user_presence SET changed_at = ? WHERE user_id = ?"));
    update.bind(nowMs).bind(user.value()).exec();
}

QVector<UserId> heartbeat(Db& db, const QString& instance, qint64 nowMs, qint64 staleBeforeMs)
{
    Query fresh(db, QStringLiteral("UPDATE user_sessions SET seen_at = ? WHERE instance_id = ?"));
    fresh.bind(nowMs).bind(instance).exec();
    Query stale(db,
        QStringLiteral("DELETE FROM user_sessions WHERE seen_at < ? RETURNING user_id"));
    stale.bind(staleBeforeMs).exec();
    return usersOf(stale);
}

QVector<UserId> dropInstance(Db& db, const QString& instance)
{
    Query drop(db, QStringLiteral("DELETE FROM user_sessions WHERE instance_id = ? RETURNING user_id"));
    drop.bind(instance).exec();
    return usersOf(drop);
}

void dropAllSessions(Db& db)
{
    Query drop(db, QStringLiteral("DELETE FROM user_sessions"));
    drop.exec();
}

} // namespace presencestore

} // namespace helpdesk::server
