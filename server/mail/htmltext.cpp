// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QRegularExpression>

namespace helpdesk::server::mail {

namespace {

bool isNamed(const xmlNode* node, const char* name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool isBlock(const xmlNode* node)
{
    static const char* const kBlocks[] = { "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header",
        "footer", "address", "dd", "dt" };
    for (const char* name : kBlocks) {
        if (isNamed(node, name))
            return true;
    }
    return false;
}

// Walks the tree without recursion (a hostile mail may nest elements thousands deep).
void collectText(xmlNode* root, QString& out)
{
    xmlNode* node = root;
    while (node) {
        bool descend = true;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char*>(node->content));
        } else if (node->type == XML_ELEMENT_NODE) {
            if (isNamed(node, "script") || isNamed(node, "style") || isNamed(node, "head")
                || isNamed(node, "title"))
                descend = false;
            else if (isBlock(node))
                out += QLatin1Char('\n');
            if (isNamed(node, "li"))
                out += QStringLiteral("- ");
            else if (isNamed(node, "td") || isNamed(node, "th"))
                out += QLatin1Char('\t');
        } else if (node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE) {
            descend = false;
        }
        if (descend && node->children) {
            node = node->children;
            continue;
        }
        // Leaving an element: a link keeps its address after its text, a block ends its line.
        while (node && node != root) {
            if (node->type == XML_ELEMENT_NODE) {
                if (isNamed(node, "a")) {
                    xmlChar* href = xmlGetProp(node, reinterpret_cast<const xmlChar*>("href"));
                    const QString target = QString::fromUtf8(reinterpret_cast<const char*>(href));
                    xmlFree(href);
                    if (target.startsWith(QLatin1String("http")) && !out.endsWith(target))
                        out += QStringLiteral(" <%1>").arg(target);
                } else if (isBlock(node) && !isNamed(node, "br") && !isNamed(node, "li")) {
                    out += QLatin1Char('\n');
                }
            }
            if (node->next) {
                node = node->next;
                break;
            }
            node = node->parent;
        }
        if (node == root)
            break;
    }
}

QString tidy(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression spaceAroundNewline(QStringLiteral(" ?\\n ?"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(spaceAroundNewline, QStringLiteral("\n"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace

QString htmlToText(const QByteArray& html)
{
    if (html.isEmpty())
        return {};
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return {};
    QString text;
    collectText(reinterpret_cast<xmlNode*>(doc), text);
    xmlFreeDoc(doc);
    text = tidy(text);
    if (text.isEmpty()) {
        // libxml2 gives up beyond 256 nested elements: keep the words, drop every tag.
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        text = tidy(QString::fromUtf8(html).remove(tag));
    }
    return text;
}

} // namespace helpdesk::server::mail
