// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Logs a phone call on an open ticket: who was on the line (the requester unless another
// contact of the ticket's organisation is chosen), which way, how long, the agent's notes and
// whether the customer sees it. The call goes through the outbox like a reply, so it is kept
// while offline and stored exactly once.

#include "apitypes.h"
#include "domain/types.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace helpdesk::client {

class DirectoryCache;
class Outbox;

class LogCallDialog : public QDialog
{
    Q_OBJECT

public:
    LogCallDialog(
        const Ticket& ticket, DirectoryCache* directory, Outbox* outbox, QWidget* parent = nullptr);

    // What Log call queues for the current input (without validating it).
    NewMessage message() const;
    // Fills the form from a call logged before (e.g. one that failed and is edited again).
    void setMessage(const NewMessage& message);

Q_SIGNALS:
    // The call is in the outbox; emitted just before the dialog accepts.
    void logged(helpdesk::TicketId ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void populateCallers();
    void submit();

    Ticket m_ticket;
    QPointer<DirectoryCache> m_directory;
    QPointer<Outbox> m_outbox;

    QLabel* m_intro;
    QLabel* m_callerLabel;
    QComboBox* m_caller;
    QLabel* m_directionLabel;
    QComboBox* m_direction;
    QLabel* m_durationLabel;
    QSpinBox* m_duration;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_notesError;
    QCheckBox* m_internal;
    QDialogButtonBox* m_buttons;
    QPushButton* m_log;
};

} // namespace helpdesk::client
