// SPDX-License-Identifier: GPL-3.0-or-later
#include "requeststore.h"

#include "storage/db.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk::server::requeststore {

namespace {

QString compactJson(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QMap<QString, QString> textsFromJson(const QString& json)
{
    QMap<QString, QString> texts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    return texts;
}

QString textsToJson(const QMap<QString, QString>& texts)
{
    QJsonObject object;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(it.key(), it.value());
    return compactJson(QJsonDocument(object));
}

// Types (all, or the one `id`), with their names and fields.
QVector<RequestType> load(Db& db, const std::optional<RequestTypeId>& id)
{
    const QString where = id ? QStringLiteral(" WHERE r.id = ?") : QString();
    QVector<RequestType> types;
    {
        Query q(db,
            QStringLiteral("SELECT r.id, r.key, r.queue_id, (SELECT kind FROM queues q WHERE "
                           "q.id = r.queue_id), r.sensitive, r.position, r.archived_at, r.version "
                           "FROM request_types r%1 ORDER BY r.position, r.id")
                .arg(where));
        if (id)
            q.bind(id->value());
        q.exec();
        while (q.next()) {
            RequestType t;
            t.id = RequestTypeId(q.int64(0));
            t.key = q.text(1);
            if (!q.isNull(2))
                t.queueId = QueueId(q.int64(2));
            t.queueKind = q.text(3);
            t.sensitive = q.int64(4) != 0;
            t.position = q.int64(5);
            if (!q.isNull(6))
                t.archivedAt = q.int64(6);
            t.version = q.int64(7);
            types << t;
        }
    }
    auto typeOf = [&types](qint64 typeId) -> RequestType* {
        for (RequestType& t : types) {
            if (t.id.value() == typeId)
                return &t;
        }
        return nullptr;
    };
    const QString childWhere = id ? QStringLiteral(" WHERE request_type_id = ?") : QString();
    {
        Query q(db,
            QStringLiteral("SELECT request_type_id, locale, name FROM request_type_names%1")
                .arg(childWhere));
        if (id)
            q.bind(id->value());
        q.exec();
        while (q.next()) {
            if (RequestType* t = typeOf(q.int64(0)))
                t->names.insert(q.text(1), q.text(2));
        }
    }
    Query q(db,
        QStringLiteral("SELECT request_type_id, key, kind, required, labels, choices FROM "
                       "request_type_fields%1 ORDER BY request_type_id, position")
            .arg(childWhere));
    if (id)
        q.bind(id->value());
    q.exec();
    while (q.next()) {
        RequestType* t = typeOf(q.int64(0));
        if (!t)
            continue;
        RequestField field { q.text(1), q.text(2), q.int64(3) != 0, textsFromJson(q.text(4)), {} };
        for (const QJsonValue& choice : QJsonDocument::fromJson(q.text(5).toUtf8()).array())
            field.choices << choice.toString();
        t->fields << field;
    }
    return types;
}

void writeChildren(Db& db, const RequestType& type)
{
    Query dropNames(db, QStringLiteral("DELETE FROM request_type_names WHERE request_type_id = ?"));
    dropNames.bind(type.id.value()).exec();
    Query dropFields(
        db, QStringLiteral("DELETE FROM request_type_fields WHERE request_type_id = ?"));
    dropFields.bind(type.id.value()).exec();
    for (auto it = type.names.begin(); it != type.names.end(); ++it) {
        Query name(db,
            QStringLiteral("INSERT INTO request_type_names (request_type_id, locale, name) "
                           "VALUES (?, ?, ?)"));
        name.bind(type.id.value()).bind(it.key()).bind(it.value()).exec();
    }
    int position = 0;
    for (const RequestField& field : type.fields) {
        Query insert(db,
            QStringLiteral("INSERT INTO request_type_fields (request_type_id, position, key, "
                           "kind, required, labels, choices) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(type.id.value())
            .bind(++position)
            .bind(field.key)
            .bind(field.kind)
            .bind(field.required ? 1 : 0)
            .bind(textsToJson(field.labels))
            .bind(compactJson(QJsonDocument(QJsonArray::fromStringList(field.choices))))
            .exec();
    }
}

} // namespace

QVector<RequestType> all(Db& db)
{
    return load(db, std::nullopt);
}

std::optional<RequestType> find(Db& db, RequestTypeId id)
{
    const QVector<RequestType> found = load(db, id);
    return found.isEmpty() ? std::nullopt : std::optional<RequestType>(found.first());
}

bool keyTaken(Db& db, const QString& key, const std::optional<RequestTypeId>& except)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM request_types WHERE key = ? AND id <> ?"));
    q.bind(key).bind(except ? except->value() : 0);
    return q.scalar().toLongLong() > 0;
}

RequestTypeId insert(Db& db, const RequestType& type, qint64 nowMs)
{
    Query q(db,
        QStringLiteral("INSERT INTO request_types (key, queue_id, sensitive, position, "
                       "archived_at, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                       "RETURNING id"));
    q.bind(type.key)
        .bind(sqlValue(type.queueId))
        .bind(type.sensitive ? 1 : 0)
        .bind(type.position)
        .bind(type.archivedAt ? QVariant(*type.archivedAt) : QVariant(QMetaType::fromType<qint64>()))
        .bind(nowMs);
    RequestType created = type;
    created.id = RequestTypeId(q.scalar().toLongLong());
    writeChildren(db, created);
    return created.id;
}

bool update(Db& db, const RequestType& type, qint64 expectedVersion)
{
    Query q(db,
        QStringLiteral("UPDATE request_types SET key = ?, queue_id = ?, sensitive = ?, "
                       "position = ?, archived_at = ?, version = ? WHERE id = ? AND version = ?"));
    q.bind(type.key)
        .bind(sqlValue(type.queueId))
        .bind(type.sensitive ? 1 : 0)
        .bind(type.position)
        .bind(type.archivedAt ? QVariant(*type.archivedAt) : QVariant(QMetaType::fromType<qint64>()))
        .bind(type.version)
        .bind(type.id.value())
        .bind(expectedVersion)
        .exec();
    if (q.rowsAffected() != 1)
        return false;
    writeChildren(db, type);
    return true;
}

void insertAnswers(Db& db, TicketId ticket, const QVector<RequestAnswer>& answers)
{
    int position = 0;
    for (const RequestAnswer& answer : answers) {
        Query q(db,
            QStringLiteral("INSERT INTO ticket_fields (ticket_id, position, key, kind, value, "
                           "text) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bind(ticket.value())
            .bind(++position)
            .bind(answer.key)
            .bind(answer.kind)
            .bind(sqlText(answer.value))
            .bind(sqlText(answer.text))
            .exec();
    }
}

QVector<RequestAnswer> answers(Db& db, TicketId ticket)
{
    Query q(db,
        QStringLiteral("SELECT key, kind, value, text FROM ticket_fields WHERE ticket_id = ? "
                       "ORDER BY position"));
    q.bind(ticket.value()).exec();
    QVector<RequestAnswer> list;
    while (q.next())
        list << RequestAnswer { q.text(0), q.text(1), q.text(2), q.text(3) };
    return list;
}

} // namespace helpdesk::server::requeststore
