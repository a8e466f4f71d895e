// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class QTextDocument;
class QUrl;

namespace helpdesk::client {

// Knowledge-base articles are Markdown written by staff and read by everyone. They are
// rendered by Qt's own parser (md4c) with HTML switched off, so raw HTML in an article is
// shown as text; then every link whose scheme is not http, https or mailto loses its link
// (javascript:, file:, data:, ... stay plain text), and no resource (image) is ever loaded.

// Whether a link in an article may be followed.
bool isAllowedArticleLink(const QUrl& url);
// Every link target left in a document, in order (for checks of the rendered article).
QStringList documentLinks(const QTextDocument& document);
// Replaces the document's content with the rendered article (images keep their place but lose
// their source).
void setArticleMarkdown(QTextDocument* document, const QString& markdown);

// A read-only view of an article: opens allowed links in the system's browser or mail
// program, nothing else; loads no images (the server has no attachments for articles yet).
class MarkdownView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget* parent = nullptr);
    void setMarkdownText(const QString& markdown);
    QVariant loadResource(int type, const QUrl& name) override;

signals:
    // An allowed link was clicked (and handed to the desktop).
    void linkOpened(const QUrl& url);
};

} // namespace helpdesk::client
