// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTemporaryDir>
#include <QVariantList>

class QTextCursor;
class QTextEdit;
class QUrl;

namespace helpdesk::client {

class Connection;

// The files of the messages in a ticket's thread: each listed under its message with its
// name and size as an "attachment:ID" link, and a thumbnail for a raster image (decoded with
// QImageReader, within a size cap; SVG and HTML are never drawn). A click offers Open (in
// the desktop's program, after a warning for files that can run code) and Save as.
class ThreadAttachments : public QObject
{
    Q_OBJECT
public:
    ThreadAttachments(Connection* connection, QTextEdit* view);

    // Lists a message's files (the AttachmentsRole of the conversation model) at the cursor.
    void insert(QTextCursor& cursor, const QVariantList& files);
    // A click on a link: true when it was one of ours.
    bool handleLink(const QUrl& url);

    // Fetches the file and writes it to `path` (Save as); false when it could not.
    void save(const Attachment& attachment, const QString& path);
    // Fetches the file into a temporary folder and opens it with the desktop's program,
    // asking first for a file that can run code.
    void open(const Attachment& attachment);
    // Files whose thumbnail is shown (for tests).
    bool hasThumbnail(qint64 id) const { return m_thumbnails.contains(id); }
    static bool isThumbnailType(const Attachment& attachment);

signals:
    void thumbnailReady(qint64 id); // the view lists the thread again
    void saved(const QString& path);
    void failed(const QString& text);

private:
    void fetchThumbnail(const Attachment& attachment);
    void fetch(const Attachment& attachment, std::function<void(const QByteArray&)> done);

    QPointer<Connection> m_connection;
    QTextEdit* m_view;
    QHash<qint64, Attachment> m_known;
    QHash<qint64, QImage> m_thumbnails;
    QSet<qint64> m_fetchingThumbnails;
    QTemporaryDir m_opened; // files handed to the desktop to open
};

} // namespace helpdesk::client
