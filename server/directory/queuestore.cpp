// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuestore.h"

#include "storage/db.h"

#include <QHash>

namespace helpdesk::server::queuestore {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, archived_at, assign_mode, reassign_after_minutes FROM queues");

Queue queueFromRow(const Query& row)
{
    Queue queue;
    queue.id = QueueId(row.int64(0));
    queue.name = row.text(1);
    queue.kind = row.text(2);
    if (!row.isNull(3))
        queue.archivedAt = QDateTime::fromMSecsSinceEpoch(row.int64(3), Qt::UTC);
    queue.assignMode = row.text(4);
    if (!row.isNull(5))
        queue.reassignAfterMinutes = int(row.int64(5));
    return queue;
}

QVariant minutesValue(const Queue& queue)
{
    return queue.reassignAfterMinutes ? QVariant(qint64(*queue.reassignAfterMinutes))
                                      : sqlNullInt();
}

QVector<QueueMember> membersOf(Db& db, QueueId queue)
{
    Query rows(db,
        QStringLiteral("SELECT user_id, is_lead FROM queue_members WHERE queue_id = ? "
                       "ORDER BY user_id"));
    rows.bind(queue.value()).exec();
    QVector<QueueMember> members;
    while (rows.next())
        members << QueueMember { UserId(rows.int64(0)), rows.int64(1) != 0 };
    return members;
}

} // namespace

QVector<Queue> all(Db& db)
{
    Query rows(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY name, id"));
    rows.exec();
    QVector<Queue> queues;
    QHash<qint64, qsizetype> index;
    while (rows.next()) {
        index.insert(rows.int64(0), queues.size());
        queues << queueFromRow(rows);
    }
    Query members(db,
        QStringLiteral("SELECT queue_id, user_id, is_lead FROM queue_members "
                       "ORDER BY queue_id, user_id"));
    members.exec();
    while (members.next()) {
        const auto at = index.constFind(members.int64(0));
        if (at != index.cend())
            queues[*at].members
                << QueueMember { UserId(members.int64(1)), members.int64(2) != 0 };
    }
    return queues;
}

std::optional<Queue> find(Db& db, QueueId id)
{
    Query row(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"));
    row.bind(id.value()).exec();
    if (!row.next())
        return std::nullopt;
    Queue queue = queueFromRow(row);
    queue.members = membersOf(db, id);
    return queue;
}

bool nameTaken(Db& db, const QString& name, std::optional<QueueId> except)
{
    Query query(db,
        QStringLiteral("SELECT 1 FROM queues WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    return query.bind(name).bind(except ? except->value() : 0).scalar().isValid();
}

Queue insert(Db& db, const Queue& queue)
{
    Query insert(db,
        QStringLiteral("INSERT INTO queues (name, kind, assign_mode, reassign_after_minutes) "
                       "VALUES (?, ?, ?, ?) RETURNING id"));
    insert.bind(queue.name).bind(queue.kind).bind(queue.assignMode).bind(minutesValue(queue));
    Queue created = queue;
    created.id = QueueId(insert.scalar().toLongLong());
    return created;
}

void update(Db& db, const Queue& queue)
{
    Query update(db,
        QStringLiteral("UPDATE queues SET name = ?, kind = ?, archived_at = ?, assign_mode = ?, "
                       "reassign_after_minutes = ? WHERE id = ?"));
    update.bind(queue.name)
        .bind(queue.kind)
        .bind(queue.archived() ? QVariant(queue.archivedAt.toMSecsSinceEpoch()) : sqlNullInt())
        .bind(queue.assignMode)
        .bind(minutesValue(queue))
        .bind(queue.id.value())
        .exec();
}

void setMembers(Db& db, QueueId queue, const QVector<QueueMember>& members)
{
    Query clear(db, QStringLiteral("DELETE FROM queue_members WHERE queue_id = ?"));
    clear.bind(queue.value()).exec();
    for (const QueueMember& member : members) {
        Query insert(db,
            QStringLiteral(
                "INSERT INTO queue_members (queue_id, user_id, is_lead) VALUES (?, ?, ?)"));
        insert.bind(queue.value()).bind(member.userId.value()).bind(member.lead ? 1 : 0).exec();
    }
}

bool isLeadOf(Db& db, UserId user, QueueId queue)
{
    Query query(db,
        QStringLiteral(
            "SELECT 1 FROM queue_members WHERE queue_id = ? AND user_id = ? AND is_lead = 1"));
    return query.bind(queue.value()).bind(user.value()).scalar().isValid();
}

} // namespace helpdesk::server::queuestore
