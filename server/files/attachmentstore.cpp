// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"

#include "storage/db.h"

namespace helpdesk::server::attachmentstore {

namespace {

const QString kColumns
    = QStringLiteral("a.id, a.message_id, a.name, a.media_type, a.size, a.sha256");

Attachment fromRow(const Query& q)
{
    Attachment a;
    a.id = q.int64(0);
    a.messageId = q.isNull(1) ? 0 : q.int64(1);
    a.name = q.text(2);
    a.mediaType = q.text(3);
    a.size = q.int64(4);
    a.sha256 = q.text(5);
    return a;
}

} // namespace

void insertUpload(Db& db, const Upload& upload, qint64 nowMs)
{
    Query q(db,
        QStringLiteral("INSERT INTO attachment_uploads (id, user_id, name, size, sha256, received, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"));
    q.bind(upload.id)
        .bind(upload.userId.value())
        .bind(upload.name)
        .bind(upload.size)
        .bind(upload.sha256.isEmpty() ? QStringLiteral("") : upload.sha256) // never NULL
        .bind(nowMs)
        .bind(nowMs)
        .exec();
}

std::optional<Upload> findUpload(Db& db, const QString& id, UserId user)
{
    Query q(db,
        QStringLiteral("SELECT id, user_id, name, size, sha256, received, updated_at "
                       "FROM attachment_uploads WHERE id = ? AND user_id = ?"));
    q.bind(id).bind(user.value()).exec();
    if (!q.next())
        return std::nullopt;
    return Upload { q.text(0), UserId(q.int64(1)), q.text(2), q.int64(3), q.text(4), q.int64(5),
        q.int64(6) };
}

void setReceived(Db& db, const QString& id, qint64 received, qint64 nowMs)
{
    Query q(db,
        QStringLiteral("UPDATE attachment_uploads SET received = ?, updated_at = ? WHERE id = ?"));
    q.bind(received).bind(nowMs).bind(id).exec();
}

void deleteUpload(Db& db, const QString& id)
{
    Query q(db, QStringLiteral("DELETE FROM attachment_uploads WHERE id = ?"));
    q.bind(id).exec();
}

bool uploadExists(Db& db, const QString& id)
{
    Query q(db, QStringLiteral("SELECT 1 FROM attachment_uploads WHERE id = ?"));
    return q.bind(id).scalar().isValid();
}

int countUploads(Db& db, UserId user)
{
    Query q(db, QStringLiteral("SELECT COUNT(*) FROM attachment_uploads WHERE user_id = ?"));
    return q.bind(user.value()).scalar().toInt();
}

QStringList staleUploads(Db& db, qint64 beforeMs)
{
    Query q(db, QStringLiteral("SELECT id FROM attachment_uploads WHERE updated_at < ?"));
    q.bind(beforeMs).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

Attachment insert(Db& db, const Attachment& attachment, UserId uploader, qint64 nowMs)
{
    Query q(db,
        QStringLiteral("INSERT INTO attachments (message_id, name, media_type, size, sha256, "
                       "uploader_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    Attachment stored = attachment;
    const auto message = attachment.messageId > 0
        ? std::optional<MessageId>(MessageId(attachment.messageId))
        : std::nullopt;
    const auto by = uploader.isValid() ? std::optional<UserId>(uploader) : std::nullopt;
    stored.id = q.bind(sqlValue(message))
                    .bind(attachment.name)
                    .bind(attachment.mediaType)
                    .bind(attachment.size)
                    .bind(attachment.sha256)
                    .bind(sqlValue(by))
                    .bind(nowMs)
                    .scalar()
                    .toLongLong();
    return stored;
}

std::optional<Stored> find(Db& db, qint64 id)
{
    Query q(db,
        QStringLiteral("SELECT %1, a.uploader_id, m.ticket_id, m.internal FROM attachments a "
                       "LEFT JOIN messages m ON m.id = a.message_id WHERE a.id = ?")
            .arg(kColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Stored stored;
    stored.attachment = fromRow(q);
    stored.uploaderId = UserId(q.int64(6));
    if (!q.isNull(7))
        stored.ticketId = TicketId(q.int64(7));
    stored.internal = q.int64(8) != 0;
    return stored;
}

void link(Db& db, const QVector<qint64>& ids, MessageId message)
{
    for (const qint64 id : ids) {
        Query q(db,
            QStringLiteral(
                "UPDATE attachments SET message_id = ? WHERE id = ? AND message_id IS NULL"));
        q.bind(message.value()).bind(id).exec();
    }
}

QVector<Attachment> ofMessage(Db& db, MessageId message)
{
    Query q(db,
        QStringLiteral("SELECT %1 FROM attachments a WHERE a.message_id = ? ORDER BY a.id")
            .arg(kColumns));
    q.bind(message.value()).exec();
    QVector<Attachment> list;
    while (q.next())
        list << fromRow(q);
    return list;
}

QHash<qint64, QVector<Attachment>> ofTicket(Db& db, TicketId ticket)
{
    Query q(db,
        QStringLiteral("SELECT %1 FROM attachments a JOIN messages m ON m.id = a.message_id "
                       "WHERE m.ticket_id = ? ORDER BY a.id")
            .arg(kColumns));
    q.bind(ticket.value()).exec();
    QHash<qint64, QVector<Attachment>> byMessage;
    while (q.next()) {
        const Attachment a = fromRow(q);
        byMessage[a.messageId] << a;
    }
    return byMessage;
}

void fill(Db& db, TicketId ticket, QVector<Message>& messages)
{
    const QHash<qint64, QVector<Attachment>> byMessage = ofTicket(db, ticket);
    if (byMessage.isEmpty())
        return;
    for (Message& message : messages)
        message.attachments = byMessage.value(message.id.value());
}

QVector<QPair<qint64, QString>> staleUnattached(Db& db, qint64 beforeMs)
{
    Query q(db,
        QStringLiteral("SELECT id, sha256 FROM attachments WHERE message_id IS NULL "
                       "AND created_at < ?"));
    q.bind(beforeMs).exec();
    QVector<QPair<qint64, QString>> list;
    while (q.next())
        list.append({ q.int64(0), q.text(1) });
    return list;
}

void remove(Db& db, qint64 id)
{
    Query q(db, QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    q.bind(id).exec();
}

bool contentInUse(Db& db, const QString& sha256)
{
    Query q(db, QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1"));
    return q.bind(sha256).scalar().isValid();
}

} // namespace helpdesk::server::attachmentstore
