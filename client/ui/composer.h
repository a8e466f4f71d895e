// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace helpdesk::client {

class DraftStore;
class Outbox;

// Writes a reply or an internal note to the open ticket. What is typed goes to the draft
// store as it is typed; Send (or Ctrl+Enter) hands the text to the outbox, which delivers it
// now or after a reconnect, exactly once.
class Composer : public QWidget
{
    Q_OBJECT
public:
    Composer(DraftStore* drafts, Outbox* outbox, bool canWriteInternal, QWidget* parent = nullptr);

    void setTicket(TicketId ticket);
    QPlainTextEdit* editor() const { return m_editor; }

public slots:
    void send();

signals:
    void sent(helpdesk::TicketId ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void saveDraft();
    void updateState();
    void updateFailed();

    QPointer<DraftStore> m_drafts;
    QPointer<Outbox> m_outbox;
    TicketId m_ticket;
    bool m_loading = false;

    QRadioButton* m_reply;
    QRadioButton* m_internal;
    QPlainTextEdit* m_editor;
    QPushButton* m_send;
    QLabel* m_hint;
    QWidget* m_failedBar;
    QLabel* m_failedText;
    QPushButton* m_retry;
    QPushButton* m_discard;
};

} // namespace helpdesk::client
