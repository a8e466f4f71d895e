// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The SQL of attachments (tables attachments and attachment_uploads, schema step 21).
namespace attachmentstore {

// An upload in progress: what attachment.begin announced and how much has arrived.
struct Upload
{
    QString id; // random, unguessable
    UserId userId;
    QString name; // sanitised
    qint64 size = 0;
    QString sha256; // the client's, "" when it gave none
    qint64 received = 0;
    qint64 updatedAt = 0;
};

// An attachment with what decides who may read it.
struct Stored
{
    Attachment attachment;
    UserId uploaderId;
    std::optional<TicketId> ticketId; // nullopt: not attached to a message yet
    bool internal = false; // its message is an internal note
};

void insertUpload(Db& db, const Upload& upload, qint64 nowMs);
// The caller's upload; nullopt when missing or another user's.
std::optional<Upload> findUpload(Db& db, const QString& id, UserId user);
void setReceived(Db& db, const QString& id, qint64 received, qint64 nowMs);
void deleteUpload(Db& db, const QString& id);
bool uploadExists(Db& db, const QString& id);
int countUploads(Db& db, UserId user);
// Ids of uploads nobody has added to since `beforeMs`.
QStringList staleUploads(Db& db, qint64 beforeMs);

Attachment insert(Db& db, const Attachment& attachment, UserId uploader, qint64 nowMs);
std::optional<Stored> find(Db& db, qint64 id);
// Attaches the files to a message (they must be unattached; see link checks in the service).
void link(Db& db, const QVector<qint64>& ids, MessageId message);
// A message's files, and every message's of a ticket (by message id), oldest first.
QVector<Attachment> ofMessage(Db& db, MessageId message);
QHash<qint64, QVector<Attachment>> ofTicket(Db& db, TicketId ticket);
// Fills Message::attachments of a ticket's messages.
void fill(Db& db, TicketId ticket, QVector<Message>& messages);
// Files uploaded before `beforeMs` and never attached: (id, sha256) pairs.
QVector<QPair<qint64, QString>> staleUnattached(Db& db, qint64 beforeMs);
void remove(Db& db, qint64 id);
bool contentInUse(Db& db, const QString& sha256);

} // namespace attachmentstore

} // namespace helpdesk::server
