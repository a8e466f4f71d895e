// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base's render path (client/ui/markdownview.cpp) over arbitrary text: Qt's
// Markdown parser without HTML, then the link and image filter. Whatever the input, no link
// other than http/https/mailto and no image source may remain, and nothing may crash.
#include "markdownview.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication application(*argc, *argv); // fonts for the document
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString markdown
        = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QTextDocument document;
    helpdesk::client::setArticleMarkdown(&document, markdown);
    for (const QString& href : helpdesk::client::documentLinks(document)) {
        if (!helpdesk::client::isAllowedArticleLink(QUrl(href)))
            __builtin_trap(); // a live link the view must not have
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && !format.toImageFormat().name().isEmpty())
                __builtin_trap(); // an image source that would be loaded
        }
    }
    if (document.toHtml().contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    return 0;
}
