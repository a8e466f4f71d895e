// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoassign.h"

#include "storage/db.h"

#include <QVector>

#include <algorithm>

namespace helpdesk::server::autoassign {

namespace {

struct Candidate
{
    qint64 user;
    qint64 load;
};

// Members who can take work now, by user id; with their load for least-loaded: the count of
// their new, open and pending tickets kept by triggers of schema step 23 (agent_open_tickets),
// one row per member whatever the backlog.
QVector<Candidate> candidates(Db& db, QueueId queue, bool withLoad)
{
    const QString load = withLoad
        ? QStringLiteral("COALESCE((SELECT a.open_count FROM agent_open_tickets a "
                         "WHERE a.user_id = m.user_id), 0)")
        : QStringLiteral("0");
    Query rows(db,
        QStringLiteral("SELECT m.user_id, %1 FROM queue_members m "
                       "JOIN users u ON u.id = m.user_id "
                       "LEFT JOIN user_presence p ON p.user_id = m.user_id "
                       "WHERE m.queue_id = ? AND u.enabled = 1 AND u.role <> 'customer' "
                       "AND COALESCE(p.status, 'online') = 'online' "
                       "AND EXISTS (SELECT 1 FROM user_sessions s WHERE s.user_id = m.user_id) "
                       "ORDER BY m.user_id")
            .arg(load));
    rows.bind(queue.value()).exec();
    QVector<Candidate> found;
    while (rows.next())
        found << Candidate { rows.int64(0), rows.int64(1) };
    return found;
}

} // namespace

std::optional<UserId> choose(Db& db, QueueId queue, std::optional<UserId> skip)
{
    Query settings(db,
        db.isPostgres()
            ? QStringLiteral("SELECT assign_mode, assign_cursor FROM queues WHERE id = ? FOR UPDATE")
            : QStringLiteral("SELECT assign_mode, assign_cursor FROM queues WHERE id = ?"));
    settings.bind(queue.value()).exec();
    if (!settings.next())
        return std::nullopt;
    const QString mode = settings.text(0);
    const qint64 cursor = settings.isNull(1) ? 0 : settings.int64(1);
    if (mode != QLatin1String("round_robin") && mode != QLatin1String("least_loaded"))
        return std::nullopt;
    QVector<Candidate> pool = candidates(db, queue, mode == QLatin1String("least_loaded"));
    if (skip)
        pool.removeIf([skip](const Candidate& c) { return c.user == skip->value(); });
    if (pool.isEmpty())
        return std::nullopt;
    if (mode == QLatin1String("least_loaded")) {
        const qint64 least = std::min_element(pool.cbegin(), pool.cend(),
            [](const Candidate& a, const Candidate& b) { return a.load < b.load; })->load;
        pool.removeIf([least](const Candidate& c) { return c.load != least; });
    }
    // Round-robin order: the first after the cursor, else from the start again.
    const auto next = std::find_if(
        pool.cbegin(), pool.cend(), [cursor](const Candidate& c) { return c.user > cursor; });
    const qint64 chosen = next != pool.cend() ? next->user : pool.first().user;
    Query move(db, QStringLiteral("UPDATE queues SET assign_cursor = ? WHERE id = ?"));
    move.bind(chosen).bind(queue.value()).exec();
    return UserId(chosen);
}

} // namespace helpdesk::server::autoassign
