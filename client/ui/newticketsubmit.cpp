// SPDX-License-Identifier: GPL-3.0-or-later
// NewTicketDialog: checking the input, sending ticket.create and showing what went wrong.
#include "newticketdialog.h"

#include "connection.h"
#include "directorycache.h"
#include "draftstore.h"
#include "errortext.h"
#include "requestfieldsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUuid>

#include <algorithm>

namespace helpdesk::client {

namespace {

// The server's limits (server/tickets): checked here too, so the user learns it at once and
// next to the field rather than as a generic "not valid" from the server.
constexpr int kMaxSubjectChars = 500;
constexpr int kMaxBodyChars = 1'000'000;
constexpr int kMaxTags = 32;
constexpr int kMaxTagChars = 64;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

NewTicket NewTicketDialog::ticket() const
{
    NewTicket ticket;
    ticket.subject = m_subjectEdit->text().trimmed();
    ticket.body = m_bodyEdit->toPlainText();
    ticket.tags = tags();
    ticket.requestTypeId = m_request->requestTypeId();
    if (ticket.requestTypeId)
        ticket.fields = m_request->fields();
    if (m_isCustomer)
        return ticket; // everything else is the server's to decide for a customer
    ticket.priority = Priority(m_priorityCombo->currentData().toInt());
    if (const QVariant queue = m_queueCombo->currentData(); queue.isValid())
        ticket.queueId = QueueId(queue.toLongLong());
    ticket.customerId = selectedCustomer();
    ticket.requesterId = selectedRequester();
    if (const QVariant assignee = m_assigneeCombo->currentData(); assignee.isValid())
        ticket.assigneeId = UserId(assignee.toLongLong());
    if (m_phoneCallBox->isChecked()) {
        // The requester is the caller; the server stores the body as this agent's notes.
        CallLog call;
        call.direction = CallDirection(m_directionCombo->currentData().toInt());
        call.durationSeconds = qint64(m_durationSpin->value()) * 60;
        ticket.call = call;
    }
    return ticket;
}

QStringList NewTicketDialog::tags() const
{
    QStringList result;
    const QStringList parts = m_tagsEdit->text().split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.contains(tag))
            result << tag;
    }
    return result;
}

bool NewTicketDialog::validate()
{
    clearFieldErrors();
    QWidget* firstInvalid = nullptr;
    const auto fail = [this, &firstInvalid](QLabel* label, QWidget* field, Text text) {
        setFieldError(label, std::move(text));
        if (!firstInvalid)
            firstInvalid = field;
    };

    const QString subject = m_subjectEdit->text().trimmed();
    if (subject.isEmpty()) {
        fail(m_subjectError, m_subjectEdit, [] { return tr("Enter a subject."); });
    } else if (subject.size() > kMaxSubjectChars) {
        const qint64 length = subject.size();
        fail(m_subjectError, m_subjectEdit, [length] {
            return tr("The subject is %1 characters long; at most %2 are allowed.")
                .arg(number(length), number(kMaxSubjectChars));
        });
    }

    const QString body = m_bodyEdit->toPlainText();
    if (body.trimmed().isEmpty()) {
        fail(m_bodyError, m_bodyEdit, [] { return tr("Describe the request."); });
    } else if (body.size() > kMaxBodyChars) {
        fail(m_bodyError, m_bodyEdit, [] {
            return tr("The description is too long: at most %1 characters are allowed.")
                .arg(number(kMaxBodyChars));
        });
    }

    if (!m_isCustomer) {
        bool unknownCustomer = false;
        const auto customer = selectedCustomer(&unknownCustomer);
        if (unknownCustomer) {
            const QString name = m_customerCombo->currentText().trimmed();
            fail(m_customerError, m_customerCombo, [name] {
                return tr("There is no customer named \"%1\". Pick one from the list, or clear "
                          "the field for none.")
                    .arg(name);
            });
        }
        if (m_phoneCallBox->isChecked() && !selectedRequester()) {
            fail(m_requesterError, customer ? m_requesterCombo : m_customerCombo, [] {
                return tr("A phone call is logged on behalf of the contact who called: choose "
                          "their customer, then the caller.");
            });
        }
    }

    const QStringList list = tags();
    for (const QString& tag : list) {
        const bool control = std::any_of(
            tag.cbegin(), tag.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (tag.size() > kMaxTagChars || control) {
            // Quote the start only: a pasted paragraph would stretch the dialog off screen.
            const QString shown = tag.size() > 24 ? tag.left(24) + QChar(0x2026) : tag;
            fail(m_tagsError, m_tagsEdit, [shown, control] {
                return control ? tr("The tag \"%1\" contains a control character.").arg(shown)
                               : tr("The tag \"%1\" is too long: at most %2 characters are "
                                    "allowed.")
                                     .arg(shown, number(kMaxTagChars));
            });
            break;
        }
    }
    if (list.size() > kMaxTags) {
        fail(m_tagsError, m_tagsEdit,
            [] { return tr("At most %1 tags are allowed.").arg(number(kMaxTags)); });
    }

    if (firstInvalid)
        firstInvalid->setFocus();
    return !firstInvalid && m_request->validate();
}

void NewTicketDialog::submit()
{
    if (m_busy)
        return;
    setStatus({}, false);
    if (!validate())
        return;
    setBusy(true);
    setStatus([] { return tr("Creating the ticket…"); }, false);
    // The draft store, not the dialog, is the context: a form closed (and deleted) while the
    // request is out must still drop the draft once the ticket exists, or reopening the form
    // would offer to file it again. Unless the user has typed a new draft meanwhile.
    const Draft sent = m_drafts->draft(DraftStore::kNewTicket);
    DraftStore* drafts = m_drafts;
    const QPointer<NewTicketDialog> self(this);
    NewTicket request = ticket();
    // The same key until a ticket exists: pressing Create again after a lost answer cannot
    // file the ticket twice.
    if (m_requestKey.isEmpty())
        m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.idempotencyKey = m_requestKey;
    m_connection->createTicket(
        request, m_drafts,
        [self, drafts, sent](const Ticket& newTicket) {
            if (drafts->draft(DraftStore::kNewTicket) == sent)
                drafts->clear(DraftStore::kNewTicket);
            if (self)
                self->onCreated(newTicket);
        },
        [self](const rpc::Error& error) {
            if (self)
                self->onCreateFailed(error);
        });
}

void NewTicketDialog::onCreated(const Ticket& ticket)
{
    m_requestKey.clear(); // the next ticket from a reused dialog is a new one
    setBusy(false);
    setStatus({}, false);
    // Emptied for a reused dialog; the draft is gone already, so nothing is written back.
    const QSignalBlocker subjectBlocker(m_subjectEdit);
    const QSignalBlocker bodyBlocker(m_bodyEdit);
    m_subjectEdit->clear();
    m_bodyEdit->clear();
    m_tagsEdit->clear();
    emit created(ticket);
    accept();
}

void NewTicketDialog::onCreateFailed(const rpc::Error& error)
{
    setBusy(false);

    // A validation failure names the field in data.fields; its reason is English for logs,
    // so the field only gets a translated "not accepted" next to it.
    const QJsonObject fields = error.data.toObject().value(QLatin1String("fields")).toObject();
    const QHash<QString, QLabel*> labels { { QStringLiteral("subject"), m_subjectError },
        { QStringLiteral("body"), m_bodyError }, { QStringLiteral("tags"), m_tagsError },
        { QStringLiteral("customerId"), m_customerError },
        { QStringLiteral("requesterId"), m_requesterError } };
    bool staleDirectory = false;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (QLabel* label = labels.value(it.key()))
            setFieldError(label, [] { return tr("The server did not accept this value."); });
        // A queue, customer or person picked here may have been removed since the lists
        // were loaded: reload them so that the pickers show what exists now.
        staleDirectory = staleDirectory || it.key().endsWith(QLatin1String("Id"));
    }
    if (staleDirectory)
        m_directory->refresh();
    m_request->showError(error); // an answer of the guided request, named next to its field

    Text text = [error] { return errorText(error); };
    if (error.code == ConnectionLost || error.code == TimedOut) {
        // ticket.create has no idempotency key: a blind retry could file the ticket twice.
        text = [error] {
            return tr("%1 The ticket may have been created all the same: look for it in the "
                      "ticket list before trying again.")
                .arg(errorText(error));
        };
    } else if (error.code == Offline) {
        text = [error] {
            return tr("%1 What you typed is kept; try again once the connection is back.")
                .arg(errorText(error));
        };
    }
    setStatus(std::move(text), true);
}

void NewTicketDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers().testFlag(Qt::ControlModifier)) {
        submit();
        return;
    }
    if (enter) {
        // Enter in the subject or tags means "next field", not "send it half written".
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewTicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_focusBeforeBusy = focusWidget();
    m_formWidget->setEnabled(!busy);
    m_createButton->setEnabled(!busy);
    if (!busy && m_focusBeforeBusy)
        m_focusBeforeBusy->setFocus();
}

void NewTicketDialog::setStatus(Text text, bool isError)
{
    m_statusText = std::move(text);
    m_statusLabel->setText(m_statusText ? m_statusText() : QString());
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
    m_statusLabel->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    fitContents();
}

void NewTicketDialog::setFieldError(QLabel* label, Text text)
{
    if (text)
        m_fieldErrors.insert(label, text);
    else
        m_fieldErrors.remove(label);
    label->setText(text ? text() : QString());
    label->setVisible(bool(text));
    fitContents();
}

void NewTicketDialog::fitContents()
{
    // Grow for messages that appeared rather than squeeze the description to make room.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed
        = qMax(layout()->totalMinimumSize().height(), layout()->totalHeightForWidth(width()));
    if (needed > height())
        resize(width(), needed);
}

void NewTicketDialog::clearFieldErrors()
{
    const QList<QLabel*> labels = m_fieldErrors.keys();
    for (QLabel* label : labels)
        setFieldError(label, {});
}

} // namespace helpdesk::client
