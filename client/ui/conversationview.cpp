// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationview.h"

#include "threadattachments.h"

#include "conversationmodel.h"
#include "directorycache.h"
#include "kbreference.h"
#include "ticketlistmodel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>

namespace helpdesk::client {

namespace {

const QColor kCustomerBackground(0xff, 0xff, 0xff);
const QColor kAgentBackground(0xe8, 0xf1, 0xfb);
const QColor kInternalBackground(0xff, 0xf4, 0xc8);
const QColor kOutgoingBackground(0xf1, 0xf3, 0xf4);
const QColor kCallBackground(0xea, 0xf6, 0xec);
const QColor kCallBorder(0x8f, 0xc4, 0x9a);
const QColor kCallText(0x2e, 0x6b, 0x3a);
const QColor kBorder(0xd0, 0xd7, 0xde);
const QColor kInternalBorder(0xe0, 0xb4, 0x00);
const QColor kMuted(0x60, 0x6a, 0x74);
const QColor kFailed(0xc6, 0x28, 0x28);
constexpr int kMaxShownChars = 20'000;
const QString kArticleScheme = QStringLiteral("helpdesk-kb");

QString articleHref(qint64 article)
{
    return kArticleScheme + QLatin1Char(':') + QString::number(article);
}

QTextFrameFormat blockFrame(const QColor& background, const QColor& border)
{
    QTextFrameFormat format;
    format.setBackground(background);
    format.setBorder(1);
    format.setBorderBrush(border);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setPadding(8);
    format.setTopMargin(4);
    format.setBottomMargin(4);
    return format;
}

} // namespace

ConversationView::ConversationView(
    ConversationModel* model, DirectoryCache* directory, QWidget* parent)
    : QTextBrowser(parent)
    , m_model(model)
    , m_directory(directory)
{
    setOpenLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::openLink);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationView::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int first, int last) {
            // Appends are the common case (a new message); anything else re-renders.
            if (last == m_model->rowCount() - 1 && first == document()->property("rows").toInt())
                appendRows(first, last);
            else
                rebuild();
        });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConversationView::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ConversationView::rebuild);
    if (directory)
        connect(directory, &DirectoryCache::changed, this, &ConversationView::rebuild);
    rebuild();
}

void ConversationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild();
    QTextBrowser::changeEvent(event);
}

void ConversationView::rebuild()
{
    const int scroll = verticalScrollBar()->value();
    const bool atBottom = scroll >= verticalScrollBar()->maximum() - 4;
    clear();
    document()->setProperty("rows", 0);
    if (m_model && m_model->rowCount() > 0)
        appendRows(0, m_model->rowCount() - 1);
    if (!atBottom)
        verticalScrollBar()->setValue(scroll);
}

void ConversationView::appendRows(int first, int last)
{
    const bool atBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (int row = first; row <= last; ++row)
        appendEntry(cursor, m_model->index(row));
    cursor.endEditBlock();
    document()->setProperty("rows", last + 1);
    if (atBottom || first == 0)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

bool ConversationView::authorIsStaff(qint64 authorId) const
{
    if (m_directory) {
        if (const auto user = m_directory->user(UserId(authorId)))
            return isStaff(user->role);
    }
    // A customer's directory holds only its own organisation's contacts.
    return !m_staffViewer;
}

void ConversationView::appendEntry(QTextCursor& cursor, const QModelIndex& index)
{
    const auto kind = ConversationModel::Kind(index.data(ConversationModel::KindRole).toInt());
    const QDateTime when = index.data(ConversationModel::CreatedAtRole).toDateTime().toLocalTime();
    const QString time = locale().toString(when, QLocale::ShortFormat);
    const qint64 authorId = index.data(ConversationModel::AuthorIdRole).toLongLong();
    QString author = index.data(ConversationModel::AuthorNameRole).toString();
    if (author.isEmpty())
        author = authorIsStaff(authorId) && !m_staffViewer ? tr("Support team")
                                                           : tr("User #%1").arg(authorId);

    QTextCharFormat muted;
    muted.setForeground(kMuted);
    QTextCharFormat small = muted;
    small.setFontPointSize(font().pointSizeF() * 0.9);

    if (kind == ConversationModel::Kind::Event) {
        QTextBlockFormat centered;
        centered.setAlignment(Qt::AlignCenter);
        centered.setTopMargin(2);
        centered.setBottomMargin(2);
        cursor.insertBlock(centered, small);
        cursor.insertText(QStringLiteral("%1 · %2 · %3")
                              .arg(author, index.data(Qt::DisplayRole).toString(), time),
            small);
        return;
    }

    const bool internal = index.data(ConversationModel::InternalRole).toBool();
    const bool outgoing = kind == ConversationModel::Kind::Outgoing;
    const bool failed = index.data(ConversationModel::FailedRole).toBool();
    const bool call = index.data(ConversationModel::IsCallRole).toBool();
    const bool staffAuthor = outgoing ? m_staffViewer : authorIsStaff(authorId);
    QColor background = staffAuthor ? kAgentBackground : kCustomerBackground;
    QColor border = kBorder;
    if (call) {
        background = kCallBackground;
        border = kCallBorder;
    }
    if (internal) {
        background = kInternalBackground;
        border = kInternalBorder;
    }
    if (outgoing)
        background = kOutgoingBackground;
    if (failed)
        border = kFailed;

    QTextFrameFormat frame = blockFrame(background, border);
    // Replies indent from the left, customer messages from the right: who said what at a glance.
    if (staffAuthor)
        frame.setLeftMargin(40);
    else
        frame.setRightMargin(40);
    cursor.insertFrame(frame);

    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    cursor.insertText(author, header);
    QString label;
    if (internal)
        label = tr("Internal note");
    else if (!staffAuthor)
        label = tr("Customer");
    QString channel = channelText(index.data(ConversationModel::ChannelRole).toString());
    const QString mailFrom = index.data(ConversationModel::MailFromRole).toString();
    if (!mailFrom.isEmpty())
        channel = tr("By e-mail from %1").arg(mailFrom);
    if (!call && !channel.isEmpty())
        label = label.isEmpty() ? channel : label + QStringLiteral("  ·  ") + channel;
    const QStringList copied = index.data(ConversationModel::CcNamesRole).toStringList();
    if (!copied.isEmpty())
        label += QStringLiteral("  ·  ") + tr("Cc: %1").arg(copied.join(QStringLiteral(", ")));
    if (outgoing) {
        label = failed
            ? tr("Not sent: %1").arg(index.data(ConversationModel::ErrorTextRole).toString())
            : tr("Waiting to be sent");
        const auto status
            = statusFromString(index.data(ConversationModel::SetsStatusRole).toString());
        if (status)
            label += QStringLiteral("  ·  ")
                + tr("sets the status to %1").arg(TicketListModel::statusText(*status));
    }
    if (!label.isEmpty()) {
        QTextCharFormat tag = small;
        if (failed)
            tag.setForeground(kFailed);
        cursor.insertText(QStringLiteral("  ·  ") + label, tag);
    }
    if (!outgoing)
        cursor.insertText(QStringLiteral("  ·  ") + time, small);
    if (call) {
        // Who was on the line, which way and how long, above the agent's notes.
        QTextBlockFormat callBlock;
        callBlock.setTopMargin(4);
        QTextCharFormat callFormat;
        callFormat.setForeground(kCallText);
        callFormat.setFontWeight(QFont::DemiBold);
        cursor.insertBlock(callBlock, callFormat);
        cursor.insertText(QStringLiteral("\u260e ") + callText(index), callFormat);
    }
    const QString announcement = index.data(ConversationModel::AnnouncementRole).toString();
    if (!announcement.isEmpty()) {
        QTextBlockFormat about;
        about.setTopMargin(4);
        cursor.insertBlock(about, small);
        cursor.insertText(tr("About the announcement: %1").arg(announcement), small);
    }
    QTextBlockFormat bodyBlock;
    bodyBlock.setTopMargin(4);
    cursor.insertBlock(bodyBlock, QTextCharFormat());
    // A pasted megabyte log would make every re-layout of the thread crawl; the head of it is
    // what a reader needs here.
    const QString body = index.data(ConversationModel::BodyRole).toString();
    if (body.size() > kMaxShownChars) {
        insertBody(cursor, body.left(kMaxShownChars), QTextCharFormat());
        cursor.insertText(QStringLiteral("\n")
                + tr("… %n more character(s) not shown.", nullptr,
                    int(body.size() - kMaxShownChars)),
            small);
    } else {
        insertBody(cursor, body, QTextCharFormat());
    }
    const QList<qint64> articles = kbreference::in(body);
    if (!articles.isEmpty() && staffAuthor && !internal)
        insertArticlesSent(cursor, articles, small);
    if (m_attachments)
        m_attachments->insert(cursor, index.data(ConversationModel::AttachmentsRole).toList());
    // Leave the frame so the next entry starts after it.
    cursor.movePosition(QTextCursor::End);
}

QString ConversationView::callText(const QModelIndex& index) const
{
    const bool outbound
        = index.data(ConversationModel::CallDirectionRole).toString() == QLatin1String("outbound");
    QString caller = index.data(ConversationModel::CallerNameRole).toString();
    if (caller.isEmpty()) {
        const qint64 callerId = index.data(ConversationModel::CallerIdRole).toLongLong();
        caller = callerId > 0 ? tr("User #%1").arg(callerId) : QString();
    }
    QStringList parts { tr("Phone call"), outbound ? tr("outbound") : tr("inbound") };
    if (!caller.isEmpty())
        parts << (outbound ? tr("to %1") : tr("from %1")).arg(caller);
    const qint64 seconds = index.data(ConversationModel::CallDurationRole).toLongLong();
    if (seconds > 0)
        parts << durationText(seconds);
    return parts.join(QStringLiteral(" · "));
}

QString ConversationView::durationText(qint64 seconds) const
{
    const QLocale here = locale();
    if (seconds < 60)
        return tr("%1 s").arg(here.toString(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(here.toString(minutes));
    return tr("%1 h %2 min").arg(here.toString(minutes / 60), here.toString(minutes % 60));
}

QString ConversationView::channelText(const QString& channel) const
{
    // Messages from the desktop client are the norm and carry no mark; calls have their own line.
    if (channel == QLatin1String("email"))
        return tr("By e-mail");
    if (channel == QLatin1String("alert"))
        return tr("Monitoring alert");
    if (channel == QLatin1String("phone"))
        return tr("Phone call");
    return QString();
}

void ConversationView::insertBody(
    QTextCursor& cursor, const QString& body, const QTextCharFormat& format)
{
    // Plain text with its links and article references ("[KB#42]") made clickable; nothing in
    // the body is interpreted as markup.
    static const QRegularExpression link(
        QStringLiteral("\\b(?:https?://|mailto:|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]}'’”]|")
            + kbreference::pattern().pattern(),
        QRegularExpression::CaseInsensitiveOption);
    int position = 0;
    auto it = link.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        cursor.insertText(body.mid(position, match.capturedStart() - position), format);
        QString href = match.captured(0);
        if (!match.captured(1).isEmpty())
            href = articleHref(match.captured(1).toLongLong());
        else if (href.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            href.prepend(QLatin1String("https://"));
        insertAnchor(cursor, match.captured(0), href, format);
        position = match.capturedEnd();
    }
    cursor.insertText(body.mid(position), format);
}

void ConversationView::insertAnchor(
    QTextCursor& cursor, const QString& text, const QString& href, const QTextCharFormat& format)
{
    QTextCharFormat anchor = format;
    anchor.setAnchor(true);
    anchor.setAnchorHref(href);
    anchor.setForeground(palette().link());
    anchor.setFontUnderline(true);
    cursor.insertText(text, anchor);
}

void ConversationView::insertArticlesSent(
    QTextCursor& cursor, const QList<qint64>& articles, const QTextCharFormat& format)
{
    // Which knowledge-base articles this reply sent, each one click from being read.
    QTextBlockFormat block;
    block.setTopMargin(6);
    cursor.insertBlock(block, format);
    cursor.insertText(tr("Knowledge base articles sent:") + QLatin1Char(' '), format);
    for (int i = 0; i < articles.size(); ++i) {
        if (i > 0)
            cursor.insertText(QStringLiteral(", "), format);
        insertAnchor(cursor, kbreference::of(articles[i]), articleHref(articles[i]), format);
    }
}

ThreadAttachments* ConversationView::attachments() const
{
    return m_attachments;
}

void ConversationView::setAttachments(ThreadAttachments* attachments)
{
    m_attachments = attachments;
    connect(attachments, &ThreadAttachments::thumbnailReady, this, &ConversationView::rebuild);
    rebuild();
}

void ConversationView::openLink(const QUrl& url)
{
    if (m_attachments && m_attachments->handleLink(url))
        return;
    const QString scheme = url.scheme().toLower();
    if (scheme == kArticleScheme) {
        emit articleRequested(url.path().toLongLong());
        return;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace helpdesk::client
