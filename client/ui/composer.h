// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitypes.h"
#include "domain/types.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace helpdesk::client {

class AttachmentStrip;
class CcPicker;
class DraftStore;
class Outbox;

// Writes a reply or an internal note to the open ticket. What is typed goes to the draft
// store as it is typed; Send (or Ctrl+Enter) hands the text to the outbox, which delivers it
// now or after a reconnect, exactly once. Staff can also send and set the ticket's status in
// one step (the arrow beside Send, Ctrl+Shift+Enter: Pending, Ctrl+Alt+Enter: Resolved), and
// a public reply starts with the agent's signature.
class TimeSpentField;

class Composer : public QWidget
{
    Q_OBJECT
public:
    // staff: may write internal notes, set the status with a message and sign replies.
    Composer(DraftStore* drafts, Outbox* outbox, bool staff, QWidget* parent = nullptr);

    void setTicket(TicketId ticket);
    // The shown ticket's status: "send and set" is not offered for the status it already has.
    void setTicketStatus(std::optional<TicketStatus> status);
    // How the shown ticket reached us: a reply to an e-mail ticket also goes by mail unless
    // the agent unticks "Also by e-mail" (set once per ticket; the agent's choice stays).
    void setTicketChannel(Channel channel);
    bool sendsMail() const;
    // What a public reply on this ticket is signed with (empty: nothing). Inserted when a
    // reply is started in an empty box; a signature inserted and not yet edited follows.
    void setSignature(const QString& signature);
    QString signature() const { return m_signature; }

    QPlainTextEdit* editor() const { return m_editor; }
    // The reply's files (attach, drop, paste a screenshot); sent with it once uploaded.
    void setAttachments(AttachmentStrip* strip);
    AttachmentStrip* attachments() const { return m_attachments; }
    // Staff: the contacts a reply by e-mail is copied to; shown only while it goes by mail.
    void setCcPicker(CcPicker* picker);
    CcPicker* ccPicker() const { return m_cc; }
    // The newest message shown on the ticket (issue 12). A reply remembers the newest one
    // shown when it was started, and the server refuses it (the collision warning) when
    // someone else wrote publicly since.
    void setLatestShownMessage(qint64 id);
    bool isInternal() const;
    // The "send and set status" choices (for tests and the screenshot).
    QMenu* sendMenu() const { return m_sendMenu; }

public slots:
    void send();
    void sendAndSetStatus(helpdesk::TicketStatus status);
    // Shows the "Time spent" field (staff, in queues that require it).
    void setTimeSpentAsked(bool asked);
    void setInternal(bool internal);
    void toggleInternal();
    // Puts the cursor in the box; an empty public reply gets the signature first.
    void focusEditor();

signals:
    void sent(helpdesk::TicketId ticket);
    void editSignaturesRequested();
    // "Edit again" on a phone call that failed: its details go back into the call dialog
    // (the reply editor has no place for the caller, direction and duration). The failed
    // entry (call.idempotencyKey) stays in the outbox until the call is logged again.
    void editCallRequested(const helpdesk::client::NewMessage& call);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    bool attachmentEvent(QObject* watched, QEvent* event);
    void saveDraft();
    void updateState();
    void updateFailed();
    void submit(std::optional<TicketStatus> status);
    void onModeChanged();
    // The text to send or keep: empty when the box holds nothing but an untouched signature.
    QString typedText() const;
    bool onlySignature() const;
    QString signatureBlock() const;
    void insertSignature();
    void removeSignature();

    QPointer<DraftStore> m_drafts;
    QPointer<Outbox> m_outbox;
    TicketId m_ticket;
    std::optional<TicketStatus> m_ticketStatus;
    bool m_staff = false;
    bool m_loading = false;
    QString m_signature;
    qint64 m_latestShown = 0;
    qint64 m_draftBaseline = 0; // m_latestShown when the reply was started

    QRadioButton* m_reply;
    QRadioButton* m_internal;
    TimeSpentField* m_timeSpent = nullptr;
    QCheckBox* m_byMail;
    TicketId m_byMailTicket; // the ticket whose channel set m_byMail's default
    QToolButton* m_signatures;
    QPlainTextEdit* m_editor;
    QPushButton* m_send;
    QToolButton* m_sendMore;
    QMenu* m_sendMenu;
    QList<QAction*> m_statusActions; // data: the TicketStatus as int
    QLabel* m_hint;
    QWidget* m_failedBar;
    QLabel* m_failedText;
    QPushButton* m_retry;
    QPushButton* m_discard;
    AttachmentStrip* m_attachments = nullptr;
    CcPicker* m_cc = nullptr;
};

} // namespace helpdesk::client
