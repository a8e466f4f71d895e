// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace helpdesk::client {

class ConversationModel;
class DirectoryCache;
class ThreadAttachments;

// Shows one ticket's thread from a ConversationModel: customer messages, agent replies,
// internal notes and logged phone calls as differently coloured blocks, history events as
// small lines in between, replies still in the outbox at the end. Bodies are inserted as
// plain text through a QTextCursor (never parsed as HTML); only links found in them become
// clickable, and only http, https and mailto links are opened; article references
// ("[KB#42]") open the article in the client.
class ConversationView : public QTextBrowser
{
    Q_OBJECT
public:
    ConversationView(
        ConversationModel* model, DirectoryCache* directory, QWidget* parent = nullptr);

    // Whether an author is staff; unknown authors of a customer's view are our agents.
    void setStaffViewer(bool staffViewer) { m_staffViewer = staffViewer; }
    // Lists each message's files (and opens them) through this; none shown without it.
    void setAttachments(ThreadAttachments* attachments);
    ThreadAttachments* attachments() const;

signals:
    // A knowledge-base reference ("[KB#42]") in a message was clicked.
    void articleRequested(qint64 article);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void appendRows(int first, int last);
    void appendEntry(QTextCursor& cursor, const QModelIndex& index);
    void insertBody(QTextCursor& cursor, const QString& body, const class QTextCharFormat& format);
    void insertAnchor(QTextCursor& cursor, const QString& text, const QString& href,
        const QTextCharFormat& format);
    void insertArticlesSent(
        QTextCursor& cursor, const QList<qint64>& articles, const QTextCharFormat& format);
    bool authorIsStaff(qint64 authorId) const;
    // "Phone call · inbound · from Oliver Grant · 4 min"
    QString callText(const QModelIndex& index) const;
    QString durationText(qint64 seconds) const;
    // A mark for messages that did not come through the desktop client; empty for those that did.
    QString channelText(const QString& channel) const;
    void openLink(const QUrl& url);

    QPointer<ConversationModel> m_model;
    QPointer<DirectoryCache> m_directory;
    bool m_staffViewer = true;
    QPointer<ThreadAttachments> m_attachments;
};

} // namespace helpdesk::client
