// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedstore.h"

#include "storage/db.h"

#include <QJsonDocument>

namespace helpdesk::server::canned {

namespace {

const QString kColumns
    = QStringLiteral("r.id, r.name, r.owner_id, r.queue_id, r.actions, r.version, r.updated_at");

Response responseFromRow(const Query& row)
{
    Response response;
    response.id = row.int64(0);
    response.name = row.text(1);
    if (!row.isNull(2))
        response.ownerId = UserId(row.int64(2));
    if (!row.isNull(3))
        response.queueId = QueueId(row.int64(3));
    response.actions = QJsonDocument::fromJson(row.text(4).toUtf8()).object();
    response.version = row.int64(5);
    response.updatedAtMs = row.int64(6);
    return response;
}

void loadTexts(Db& db, Response& response)
{
    Query rows(db,
        QStringLiteral("SELECT language, body FROM canned_response_texts WHERE response_id = ?"));
    rows.bind(response.id).exec();
    while (rows.next())
        response.texts.insert(rows.text(0), rows.text(1));
}

void replaceTexts(Db& db, const Response& response, qint64 id)
{
    Query remove(db, QStringLiteral("DELETE FROM canned_response_texts WHERE response_id = ?"));
    remove.bind(id).exec();
    for (auto it = response.texts.cbegin(); it != response.texts.cend(); ++it) {
        Query insert(db,
            QStringLiteral("INSERT INTO canned_response_texts (response_id, language, body) "
                           "VALUES (?, ?, ?)"));
        insert.bind(id).bind(it.key()).bind(it.value()).exec();
    }
}

QString actionsJson(const Response& response)
{
    return QString::fromUtf8(QJsonDocument(response.actions).toJson(QJsonDocument::Compact));
}

} // namespace

QVector<Response> responsesFor(Db& db, UserId user, const QString& nameContains)
{
    Query rows(db,
        QStringLiteral("SELECT %1 FROM canned_responses r WHERE r.owner_id IS NULL OR r.owner_id "
                       "= ? ORDER BY r.owner_id IS NULL, r.queue_id IS NULL, r.queue_id, r.name, "
                       "r.id")
            .arg(kColumns));
    rows.bind(user.value()).exec();
    QVector<Response> responses;
    while (rows.next()) {
        Response response = responseFromRow(rows);
        // Filtered here: a few hundred rows at most, and Unicode case folding on both backends.
        if (response.name.contains(nameContains, Qt::CaseInsensitive))
            responses << response;
    }
    for (Response& response : responses)
        loadTexts(db, response);
    return responses;
}

std::optional<Response> findResponse(Db& db, qint64 id)
{
    Query row(db, QStringLiteral("SELECT %1 FROM canned_responses r WHERE r.id = ?").arg(kColumns));
    row.bind(id).exec();
    if (!row.next())
        return std::nullopt;
    Response response = responseFromRow(row);
    loadTexts(db, response);
    return response;
}

qint64 insertResponse(Db& db, const Response& response, UserId creator, qint64 nowMs)
{
    Query insert(db,
        QStringLiteral("INSERT INTO canned_responses (name, owner_id, queue_id, actions, version, "
                       "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?) "
                       "RETURNING id"));
    const qint64 id = insert.bind(response.name)
                          .bind(sqlValue(response.ownerId))
                          .bind(sqlValue(response.queueId))
                          .bind(actionsJson(response))
                          .bind(creator.value())
                          .bind(nowMs)
                          .bind(nowMs)
                          .scalar()
                          .toLongLong();
    replaceTexts(db, response, id);
    return id;
}

bool updateResponse(Db& db, const Response& response, qint64 expected, qint64 nowMs)
{
    Query update(db,
        QStringLiteral("UPDATE canned_responses SET name = ?, owner_id = ?, queue_id = ?, actions "
                       "= ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    update.bind(response.name)
        .bind(sqlValue(response.ownerId))
        .bind(sqlValue(response.queueId))
        .bind(actionsJson(response))
        .bind(nowMs)
        .bind(response.id)
        .bind(expected)
        .exec();
    if (update.rowsAffected() != 1)
        return false;
    replaceTexts(db, response, response.id);
    return true;
}

void deleteResponse(Db& db, qint64 id)
{
    Query remove(db, QStringLiteral("DELETE FROM canned_responses WHERE id = ?"));
    remove.bind(id).exec();
}

} // namespace helpdesk::server::canned
