// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadattachments.h"

#include "attachmenttransfer.h"
#include "connection.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QUrl>

#include <functional>

namespace helpdesk::client {

namespace {

constexpr qint64 kMaxThumbnailSourceBytes = 8 * 1024 * 1024;
constexpr int kMaxImageSide = 10'000; // larger pictures are not decoded at all
const QSize kThumbnailSize(160, 120);
const QString kScheme = QStringLiteral("attachment");

QUrl thumbnailUrl(qint64 id)
{
    return QUrl(QStringLiteral("thumbnail:%1").arg(id));
}

} // namespace

ThreadAttachments::ThreadAttachments(Connection* connection, QTextEdit* view)
    : QObject(view)
    , m_connection(connection)
    , m_view(view)
{
}

bool ThreadAttachments::isThumbnailType(const Attachment& attachment)
{
    // Raster formats only: an SVG is a program of sorts and is never drawn.
    static const QStringList kRaster { QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"), QStringLiteral("image/bmp"), QStringLiteral("image/webp") };
    return kRaster.contains(attachment.mediaType.toLower())
        && attachment.size <= kMaxThumbnailSourceBytes;
}

void ThreadAttachments::insert(QTextCursor& cursor, const QVariantList& files)
{
    for (const QVariant& file : files) {
        const auto attachment = Attachment::fromJson(QJsonObject::fromVariantMap(file.toMap()));
        if (!attachment)
            continue;
        m_known.insert(attachment->id, *attachment);
        QTextBlockFormat block;
        block.setTopMargin(4);
        cursor.insertBlock(block, QTextCharFormat());
        if (m_thumbnails.contains(attachment->id)) {
            // Listing the thread again clears the document's resources: put it back first.
            m_view->document()->addResource(QTextDocument::ImageResource,
                thumbnailUrl(attachment->id), m_thumbnails.value(attachment->id));
            QTextImageFormat image;
            image.setName(thumbnailUrl(attachment->id).toString());
            image.setAnchor(true);
            image.setAnchorHref(QStringLiteral("%1:%2").arg(kScheme).arg(attachment->id));
            cursor.insertImage(image);
            cursor.insertText(QStringLiteral(" "));
        } else if (isThumbnailType(*attachment)) {
            fetchThumbnail(*attachment);
        }
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(QStringLiteral("%1:%2").arg(kScheme).arg(attachment->id));
        link.setForeground(m_view->palette().link());
        link.setFontUnderline(true);
        cursor.insertText(QStringLiteral("📎 ") + attachment->name, link);
        QTextCharFormat muted;
        muted.setForeground(m_view->palette().placeholderText());
        cursor.insertText(
            QStringLiteral("  ") + m_view->locale().formattedDataSize(attachment->size), muted);
    }
}

bool ThreadAttachments::handleLink(const QUrl& url)
{
    if (url.scheme() != kScheme)
        return false;
    const auto known = m_known.constFind(url.path().toLongLong());
    if (known == m_known.constEnd())
        return true;
    const Attachment attachment = *known;
    QMenu menu(m_view);
    QAction* open = menu.addAction(tr("Open"));
    QAction* saveAs = menu.addAction(tr("Save as…"));
    QAction* chosen = menu.exec(QCursor::pos());
    if (chosen == open) {
        this->open(attachment);
    } else if (chosen == saveAs) {
        const QString path = QFileDialog::getSaveFileName(
            m_view, tr("Save attachment"), QDir::home().filePath(attachment.name));
        if (!path.isEmpty())
            save(attachment, path);
    }
    return true;
}

void ThreadAttachments::fetch(
    const Attachment& attachment, std::function<void(const QByteArray&)> done)
{
    if (!m_connection)
        return;
    auto* download = new AttachmentDownload(m_connection, attachment, this);
    connect(download, &AttachmentDownload::finished, this,
        [download, done = std::move(done)](const QByteArray& data) {
            done(data);
            download->deleteLater();
        });
    connect(download, &AttachmentDownload::failed, this, [this, download](const QString& text) {
        emit failed(text);
        download->deleteLater();
    });
    download->start();
}

void ThreadAttachments::save(const Attachment& attachment, const QString& path)
{
    fetch(attachment, [this, path](const QByteArray& data) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
            emit saved(path);
        else
            emit failed(tr("The file could not be saved: %1").arg(file.errorString()));
    });
}

void ThreadAttachments::open(const Attachment& attachment)
{
    if (isExecutableFileName(attachment.name)) {
        const auto answer = QMessageBox::warning(m_view, tr("Open a file that can run code?"),
            tr("“%1” is a kind of file that can run programs or scripts on this computer. Open "
               "it only if you trust the sender and expected this file.")
                .arg(attachment.name),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    // Its own folder per file: the name the server made safe, nothing else from the sender.
    const QString folder = m_opened.filePath(QString::number(attachment.id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(attachment.name).fileName());
    fetch(attachment, [this, path](const QByteArray& data) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return emit failed(tr("The file could not be saved: %1").arg(file.errorString()));
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void ThreadAttachments::fetchThumbnail(const Attachment& attachment)
{
    if (m_fetchingThumbnails.contains(attachment.id))
        return;
    m_fetchingThumbnails.insert(attachment.id);
    const qint64 id = attachment.id;
    fetch(attachment, [this, id](const QByteArray& data) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setDecideFormatFromContent(true);
        const QByteArray format = reader.format().toLower();
        const QSize size = reader.size();
        // What the bytes are decides, not the name: an SVG called .png stays undrawn.
        if (format.isEmpty() || format == "svg" || format == "svgz" || !size.isValid()
            || size.width() > kMaxImageSide || size.height() > kMaxImageSide)
            return;
        reader.setScaledSize(size.scaled(kThumbnailSize.boundedTo(size), Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull())
            return;
        m_thumbnails.insert(id, image);
        m_view->document()->addResource(QTextDocument::ImageResource, thumbnailUrl(id), image);
        emit thumbnailReady(id);
    });
}

} // namespace helpdesk::client
