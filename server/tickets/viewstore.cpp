// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstore.h"

#include "storage/db.h"

#include <QJsonDocument>

namespace helpdesk::server {

namespace {
QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SavedView viewFromRow(const Query& row)
{
    SavedView view;
    view.id = row.int64(0);
    view.owner = UserId(row.int64(1));
    view.name = row.text(2);
    view.filter = QJsonDocument::fromJson(row.text(3).toUtf8()).object();
    view.sort = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
    return view;
}

const QString kSelect
    = QStringLiteral("SELECT id, user_id, name, filter, sort FROM saved_views WHERE user_id = ?");
} // namespace

QJsonObject SavedView::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("filter"), filter }, { QStringLiteral("sort"), sort } };
}

namespace viewstore {

QVector<SavedView> ofUser(Db& db, UserId owner)
{
    Query rows(db, kSelect + QStringLiteral(" ORDER BY name, id"));
    rows.bind(owner.value()).exec();
    QVector<SavedView> views;
    while (rows.next())
        views << viewFromRow(rows);
    return views;
}

std::optional<SavedView> find(Db& db, UserId owner, qint64 id)
{
    Query row(db, kSelect + QStringLiteral(" AND id = ?"));
    row.bind(owner.value()).bind(id).exec();
    if (!row.next())
        return std::nullopt;
    return viewFromRow(row);
}

qint64 countOf(Db& db, UserId owner)
{
    Query count(db, QStringLiteral("SELECT COUNT(*) FROM saved_views WHERE user_id = ?"));
    return count.bind(owner.value()).scalar().toLongLong();
}

bool nameTaken(Db& db, UserId owner, const QString& name, qint64 exceptId)
{
    Query query(db,
        QStringLiteral("SELECT 1 FROM saved_views WHERE user_id = ? AND LOWER(name) = LOWER(?) "
                       "AND id <> ?"));
    return query.bind(owner.value()).bind(name).bind(exceptId).scalar().isValid();
}

SavedView insert(Db& db, const SavedView& view)
{
    Query insert(db,
        QStringLiteral("INSERT INTO saved_views (user_id, name, filter, sort, created_at) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(view.owner.value())
        .bind(view.name)
        .bind(jsonText(view.filter))
        .bind(jsonText(view.sort))
        .bind(nowMs());
    SavedView stored = view;
    stored.id = insert.scalar().toLongLong();
    return stored;
}

void update(Db& db, const SavedView& view)
{
    Query update(db,
        QStringLiteral(
            "UPDATE saved_views SET name = ?, filter = ?, sort = ? WHERE id = ? AND user_id = ?"));
    update.bind(view.name)
        .bind(jsonText(view.filter))
        .bind(jsonText(view.sort))
        .bind(view.id)
        .bind(view.owner.value())
        .exec();
}

bool remove(Db& db, UserId owner, qint64 id)
{
    Query drop(db, QStringLiteral("DELETE FROM saved_views WHERE id = ? AND user_id = ?"));
    return drop.bind(id).bind(owner.value()).exec().rowsAffected() > 0;
}

} // namespace viewstore

} // namespace helpdesk::server
