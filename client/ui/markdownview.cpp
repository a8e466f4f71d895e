// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownview.h"

#include <QDesktopServices>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVector>

namespace helpdesk::client {

bool isAllowedArticleLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"));
}

QStringList documentLinks(const QTextDocument& document)
{
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() || !format.anchorHref().isEmpty())
                links << format.anchorHref();
        }
    }
    return links;
}

void setArticleMarkdown(QTextDocument* document, const QString& markdown)
{
    document->setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    // Links the view must not follow become plain text, so they do not look clickable either.
    // Collected first: changing a format merges fragments under a running iterator.
    struct Range
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QVector<Range> unsafe;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool link = format.isAnchor() || !format.anchorHref().isEmpty();
            // An image's name would be loaded as a file (QTextDocument reads local files
            // itself when the view declines): articles show no images until attachments exist.
            const bool image = format.isImageFormat() && !format.toImageFormat().name().isEmpty();
            if (image || (link && !isAllowedArticleLink(QUrl(format.anchorHref()))))
                unsafe.push_back(
                    { fragment.position(), fragment.position() + fragment.length(), format });
        }
    }
    for (Range& range : unsafe) {
        if (range.format.isImageFormat()) {
            QTextImageFormat image = range.format.toImageFormat();
            image.setName(QString());
            range.format = image;
        }
        range.format.setAnchor(false);
        range.format.setAnchorHref(QString());
        range.format.setFontUnderline(false);
        range.format.clearForeground();
        QTextCursor cursor(document);
        cursor.setPosition(range.start);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
}

MarkdownView::MarkdownView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (!isAllowedArticleLink(url))
            return;
        QDesktopServices::openUrl(url);
        emit linkOpened(url);
    });
}

void MarkdownView::setMarkdownText(const QString& markdown)
{
    setArticleMarkdown(document(), markdown);
}

QVariant MarkdownView::loadResource(int, const QUrl&)
{
    return QVariant(); // no file:, qrc: or network images from an article
}

} // namespace helpdesk::client
