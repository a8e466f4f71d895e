// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "apitypes.h"
#include "draftstore.h"
#include "attachmentstrip.h"
#include "ccpicker.h"
#include "outbox.h"
#include "timespentfield.h"
#include "ticketlistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace helpdesk::client {

namespace {

// The statuses a message can set, in the menu's order. New is left out: a reply does not
// make a ticket new again.
constexpr TicketStatus kSettable[]
    = { TicketStatus::Open, TicketStatus::Pending, TicketStatus::Resolved, TicketStatus::Closed };

// Ctrl+Enter sends; with Shift it also sets Pending (waiting for the customer), with Alt
// Resolved: the two outcomes of most replies. Return and the keypad's Enter alike.
QList<QKeySequence> sendKeys(Qt::KeyboardModifiers extra)
{
    return { QKeySequence(QKeyCombination(Qt::ControlModifier | extra, Qt::Key_Return)),
        QKeySequence(QKeyCombination(Qt::ControlModifier | extra, Qt::Key_Enter)) };
}

std::optional<Qt::KeyboardModifiers> modifiersFor(TicketStatus status)
{
    if (status == TicketStatus::Pending)
        return Qt::ShiftModifier;
    if (status == TicketStatus::Resolved)
        return Qt::AltModifier;
    return std::nullopt;
}

} // namespace

Composer::Composer(DraftStore* drafts, Outbox* outbox, bool staff, QWidget* parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_outbox(outbox)
    , m_staff(staff)
{
    m_reply = new QRadioButton(this);
    m_reply->setObjectName(QStringLiteral("replyMode"));
    m_internal = new QRadioButton(this);
    m_internal->setObjectName(QStringLiteral("internalMode"));
    m_reply->setChecked(true);
    m_internal->setVisible(staff);
    m_reply->setVisible(staff);
    m_signatures = new QToolButton(this);
    m_signatures->setObjectName(QStringLiteral("editSignatures"));
    m_signatures->setAutoRaise(true);
    m_signatures->setVisible(staff);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setMinimumHeight(90);
    m_editor->installEventFilter(this);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    // The arrow half of a split Send button: send and set the status in one step.
    m_sendMenu = new QMenu(this);
    m_sendMenu->setObjectName(QStringLiteral("sendMenu"));
    for (const TicketStatus status : kSettable) {
        QAction* action = m_sendMenu->addAction(QString());
        action->setObjectName(QStringLiteral("sendAndSet_%1").arg(toString(status)));
        action->setData(int(status));
        connect(action, &QAction::triggered, this, [this, status] { sendAndSetStatus(status); });
        m_statusActions << action;
    }
    m_sendMore = new QToolButton(this);
    m_sendMore->setObjectName(QStringLiteral("sendMenuButton"));
    m_sendMore->setArrowType(Qt::DownArrow);
    m_sendMore->setPopupMode(QToolButton::InstantPopup);
    m_sendMore->setMenu(m_sendMenu);
    m_sendMore->setVisible(staff);
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true); // long in some languages: wrap rather than widen the pane
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // Replies the server refused for good stay in the outbox until the user decides.
    m_failedBar = new QWidget(this);
    m_failedBar->setObjectName(QStringLiteral("failedReplies"));
    m_failedText = new QLabel(m_failedBar);
    m_failedText->setTextFormat(Qt::PlainText);
    m_failedText->setWordWrap(true);
    m_failedText->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_retry = new QPushButton(m_failedBar);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_discard = new QPushButton(m_failedBar);
    m_discard->setObjectName(QStringLiteral("discardFailed"));
    auto* failedLayout = new QHBoxLayout(m_failedBar);
    failedLayout->setContentsMargins(0, 0, 0, 0);
    failedLayout->addWidget(m_failedText, 1);
    failedLayout->addWidget(m_retry);
    failedLayout->addWidget(m_discard);
    m_failedBar->hide();

    m_byMail = new QCheckBox(this);
    m_byMail->setObjectName(QStringLiteral("sendByMail"));
    m_byMail->setVisible(staff);

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_reply);
    modes->addWidget(m_internal);
    modes->addWidget(m_byMail);
    modes->addStretch();
    m_timeSpent = new TimeSpentField(this);
    m_timeSpent->hide();
    modes->addWidget(m_timeSpent);
    auto* sendButtons = new QHBoxLayout;
    sendButtons->setSpacing(0);
    sendButtons->addWidget(m_send);
    sendButtons->addWidget(m_sendMore);
    // The signatures button sits under the text, not beside the reply/note switch, and the
    // keyboard hint has a line of its own: no row needs more than the widest of its words, so
    // the ticket pane leaves the list more room and the hint is never squeezed.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_signatures);
    actions->addStretch();
    actions->addLayout(sendButtons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_failedBar);
    layout->addLayout(modes);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_hint);
    layout->addLayout(actions);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::saveDraft);
    connect(m_internal, &QRadioButton::toggled, this, &Composer::onModeChanged);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_signatures, &QToolButton::clicked, this, &Composer::editSignaturesRequested);
    if (m_outbox)
        connect(m_outbox, &Outbox::entriesChanged, this, &Composer::updateFailed);
    auto forEachFailed = [this](const std::function<void(const QString&)>& action) {
        if (!m_outbox)
            return;
        for (const OutboxEntry& entry : m_outbox->entriesFor(m_ticket)) {
            if (entry.state == OutboxEntry::State::Failed)
                action(entry.key);
        }
    };
    connect(m_retry, &QPushButton::clicked, this, [this, forEachFailed] {
        forEachFailed([this](const QString& key) { m_outbox->retry(key); });
    });
    connect(m_discard, &QPushButton::clicked, this, [this, forEachFailed] {
        // The text goes back into the editor first: discarding must not lose what was written.
        QStringList bodies;
        for (const OutboxEntry& entry : m_outbox->entriesFor(m_ticket)) {
            if (entry.state != OutboxEntry::State::Failed)
                continue;
            if (entry.call) {
                NewMessage call;
                call.ticketId = entry.ticketId;
                call.body = entry.body;
                call.internal = entry.internal;
                call.status = entry.status;
                call.call = entry.call;
                call.idempotencyKey = entry.key; // dropped once the call is logged again
                emit editCallRequested(call);
            } else {
                bodies << entry.body;
            }
        }
        if (!bodies.isEmpty()) {
            const QString current = typedText();
            m_editor->setPlainText(
                (current.isEmpty() ? QString() : current + QStringLiteral("\n\n"))
                + bodies.join(QStringLiteral("\n\n")));
        }
        forEachFailed([this](const QString& key) {
            // A failed call stays until the dialog logs it again: cancelling loses nothing.
            if (const auto entry = m_outbox->entry(key); entry && !entry->call)
                m_outbox->discard(key);
        });
    });

    const auto addShortcut = [this](const QKeySequence& keys, QWidget* scope,
                                 Qt::ShortcutContext context, std::function<void()> slot) {
        auto* shortcut = new QShortcut(keys, scope);
        shortcut->setContext(context);
        connect(shortcut, &QShortcut::activated, this, std::move(slot));
    };
    for (const QKeySequence& keys : sendKeys(Qt::NoModifier))
        addShortcut(keys, m_editor, Qt::WidgetShortcut, [this] { send(); });
    if (staff) {
        for (const TicketStatus status : kSettable) {
            if (const auto modifiers = modifiersFor(status)) {
                for (const QKeySequence& keys : sendKeys(*modifiers))
                    addShortcut(keys, m_editor, Qt::WidgetShortcut,
                        [this, status] { sendAndSetStatus(status); });
            }
        }
        // Anywhere in the window, like the menu's shortcuts: the hands stay on the keyboard
        // between reading the thread and writing. Ctrl+Shift+N is taken by "Log a phone call",
        // Ctrl+R by Refresh on GNOME and macOS.
        addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, Qt::WindowShortcut,
            [this] { toggleInternal(); });
    }
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, Qt::WindowShortcut,
        [this] { focusEditor(); });
    retranslate();
    setTicket(TicketId());
}

void Composer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    // Clicking into (or tabbing to) an empty reply box starts a reply: it gets the signature.
    if (watched == m_editor && event->type() == QEvent::FocusIn)
        insertSignature();
    if (m_attachments && attachmentEvent(watched, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

void Composer::setAttachments(AttachmentStrip* strip)
{
    m_attachments = strip;
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_hint), strip);
    m_editor->viewport()->installEventFilter(this); // drops land on the viewport
    connect(strip, &AttachmentStrip::changed, this, &Composer::updateState);
}

void Composer::setCcPicker(CcPicker* picker)
{
    m_cc = picker;
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_editor), picker);
    connect(m_byMail, &QCheckBox::toggled, this, &Composer::updateState);
    updateState();
}

// Files dropped on the text, and a screenshot pasted into it, become attachments.
bool Composer::attachmentEvent(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        const bool files = drag->mimeData()->hasUrls() || drag->mimeData()->hasImage();
        if (files && AttachmentStrip::accepts(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_editor->viewport() && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        if ((drop->mimeData()->hasUrls() || drop->mimeData()->hasImage())
            && m_attachments->addMimeData(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
    } else if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
        const QMimeData* clip = QGuiApplication::clipboard()->mimeData();
        if (clip && clip->hasImage() && !clip->hasText())
            return m_attachments->addMimeData(clip);
    }
    return false;
}

void Composer::retranslate()
{
    m_reply->setText(tr("&Reply to customer"));
    m_internal->setText(tr("&Internal note"));
    m_reply->setToolTip(tr("Switch between reply and internal note (Ctrl+Shift+I)"));
    m_internal->setToolTip(m_reply->toolTip());
    m_byMail->setText(tr("Also by e-&mail"));
    m_byMail->setToolTip(tr("Send this reply to the customer by e-mail too"));
    m_signatures->setText(tr("Si&gnatures…"));
    m_signatures->setToolTip(tr("Edit the signatures added to your replies"));
    m_sendMore->setToolTip(tr("Send and set the ticket's status"));
    m_retry->setText(tr("Re&try"));
    m_discard->setText(tr("&Edit again"));
    updateFailed();
    updateState();
    // The arrow is the other half of one split button: as tall as Send.
    m_sendMore->setFixedHeight(m_send->sizeHint().height());
}

bool Composer::isInternal() const
{
    return m_internal->isChecked();
}

void Composer::setTicket(TicketId ticket)
{
    if (m_attachments && ticket != m_ticket)
        m_attachments->discard(); // they were for the other ticket's reply
    m_ticket = ticket;
    m_ticketStatus.reset();
    m_latestShown = m_draftBaseline = 0; // the pane tells once the thread is shown
    m_signature.clear(); // the last ticket's; this one's comes with setSignature()
    m_loading = true;
    const Draft draft = m_drafts && ticket.isValid() ? m_drafts->draft(ticket) : Draft();
    m_editor->setPlainText(draft.body);
    if (m_staff || !draft.internal)
        (draft.internal ? m_internal : m_reply)->setChecked(true);
    m_editor->moveCursor(QTextCursor::End);
    m_loading = false;
    setEnabled(ticket.isValid());
    updateState();
    updateFailed();
}

void Composer::setTicketStatus(std::optional<TicketStatus> status)
{
    m_ticketStatus = status;
    updateState();
}

void Composer::setTicketChannel(Channel channel)
{
    if (m_byMailTicket == m_ticket)
        return;
    m_byMailTicket = m_ticket;
    m_byMail->setChecked(channel == Channel::Email);
}

bool Composer::sendsMail() const
{
    return m_staff && !m_internal->isChecked() && m_byMail->isChecked();
}

void Composer::setSignature(const QString& signature)
{
    if (signature == m_signature)
        return;
    // An untouched signature gives way to the new one (the ticket or the signatures changed).
    const bool replace = onlySignature();
    if (replace) {
        m_loading = true;
        m_editor->clear();
        m_loading = false;
    }
    m_signature = signature;
    if (replace || (m_editor->hasFocus() && m_editor->toPlainText().isEmpty()))
        insertSignature();
    updateState();
}

void Composer::updateFailed()
{
    int failed = 0;
    if (m_outbox && m_ticket.isValid()) {
        for (const OutboxEntry& entry : m_outbox->entriesFor(m_ticket))
            failed += entry.state == OutboxEntry::State::Failed ? 1 : 0;
    }
    m_failedText->setText(tr("%n reply(ies) to this ticket could not be sent.", nullptr, failed));
    m_failedBar->setVisible(failed > 0);
}

void Composer::saveDraft()
{
    if (m_loading || !m_drafts || !m_ticket.isValid())
        return;
    Draft draft = m_drafts->draft(m_ticket);
    draft.body = typedText(); // a signature alone is no draft
    draft.internal = m_internal->isChecked();
    m_drafts->setDraft(m_ticket, draft);
    updateState();
}

void Composer::updateState()
{
    const bool internal = m_internal->isChecked();
    m_editor->setPlaceholderText(
        internal ? tr("Write a note only your team will see…") : tr("Write your reply…"));
    m_editor->setStyleSheet(
        internal ? QStringLiteral("QPlainTextEdit { background: #fff8dc; }") : QString());
    m_send->setText(internal ? tr("Add &note") : tr("&Send"));
    m_byMail->setEnabled(!internal);
    if (m_cc)
        m_cc->setVisible(sendsMail());
    const bool sendable = m_ticket.isValid() && !typedText().trimmed().isEmpty()
        && !(m_attachments && m_attachments->isBusy()); // the files go with the text
    m_send->setEnabled(sendable);
    m_sendMore->setEnabled(sendable);
    for (QAction* action : std::as_const(m_statusActions)) {
        const auto status = TicketStatus(action->data().toInt());
        const QString name = TicketListModel::statusText(status);
        QString text
            = internal ? tr("Add note and set %1").arg(name) : tr("Send and set %1").arg(name);
        // Shown in the menu's shortcut column; the keys themselves are the editor's.
        if (const auto modifiers = modifiersFor(status))
            text += QLatin1Char('\t')
                + sendKeys(*modifiers).last().toString(QKeySequence::NativeText); // "Enter"
        action->setText(text);
        action->setEnabled(sendable && m_ticketStatus != status);
    }
    m_hint->setText(m_staff ? tr("Ctrl+Enter sends; add Shift to set Pending, Alt to set "
                                 "Resolved. Your text is saved as you type.")
                            : tr("Ctrl+Enter sends. Your text is saved as you type."));
}

void Composer::send()
{
    submit(std::nullopt);
}

void Composer::sendAndSetStatus(TicketStatus status)
{
    if (!m_staff)
        return; // the server refuses a status from a customer's message
    submit(status);
}

void Composer::submit(std::optional<TicketStatus> status)
{
    const QString body = typedText();
    if (!m_outbox || !m_ticket.isValid() || body.trimmed().isEmpty()
        || (m_attachments && m_attachments->isBusy()))
        return;
    NewMessage message;
    message.ticketId = m_ticket;
    message.body = body;
    message.internal = m_internal->isChecked();
    message.status = status;
    if (!m_timeSpent->isHidden()) {
        message.timeSpentMinutes = m_timeSpent->minutes();
        m_timeSpent->setMinutes(0);
    }
    message.lastSeenMessageId = m_draftBaseline > 0 ? m_draftBaseline : m_latestShown;
    if (m_staff && !message.internal)
        message.sendMail = m_byMail->isChecked();
    if (m_cc && sendsMail()) {
        message.cc = m_cc->chosen();
        m_cc->resetChoice();
    }
    if (m_attachments) {
        message.attachmentIds = m_attachments->attachmentIds();
        m_attachments->clear();
    }
    // The outbox has it on disk before the draft goes: a crash in between loses nothing.
    m_outbox->enqueue(message);
    if (m_drafts)
        m_drafts->clear(m_ticket);
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_draftBaseline = m_latestShown;
    m_reply->setChecked(true);
    updateState();
    emit sent(m_ticket);
}

void Composer::setTimeSpentAsked(bool asked)
{
    m_timeSpent->setVisible(asked && m_staff);
}

void Composer::setLatestShownMessage(qint64 id)
{
    m_latestShown = id;
    // Nothing written yet (or a draft from before this ticket was shown): it starts here.
    if (typedText().trimmed().isEmpty() || m_draftBaseline == 0)
        m_draftBaseline = id;
}

void Composer::setInternal(bool internal)
{
    if (!m_staff)
        return;
    (internal ? m_internal : m_reply)->setChecked(true);
}

void Composer::toggleInternal()
{
    setInternal(!m_internal->isChecked());
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

void Composer::focusEditor()
{
    if (!isEnabled())
        return;
    m_editor->setFocus(Qt::ShortcutFocusReason);
    insertSignature(); // when the box had the focus already, no FocusIn comes
}

void Composer::onModeChanged()
{
    // Notes are for the team: they carry no signature. Back to a reply, it returns. A draft
    // being restored is left as it was saved.
    if (m_loading)
        return;
    if (m_internal->isChecked())
        removeSignature();
    else if (m_editor->hasFocus() || !m_editor->toPlainText().trimmed().isEmpty())
        insertSignature();
    saveDraft();
    updateState();
}

QString Composer::signatureBlock() const
{
    // Two empty lines above it leave room for the reply, where the cursor goes.
    return m_signature.isEmpty() ? QString() : QStringLiteral("\n\n") + m_signature;
}

bool Composer::onlySignature() const
{
    return !m_signature.isEmpty() && m_editor->toPlainText() == signatureBlock();
}

QString Composer::typedText() const
{
    return onlySignature() ? QString() : m_editor->toPlainText();
}

void Composer::insertSignature()
{
    if (!m_staff || m_signature.isEmpty() || !m_ticket.isValid() || m_internal->isChecked())
        return;
    const QString text = m_editor->toPlainText();
    if (text.contains(m_signature.trimmed()))
        return; // never twice
    m_loading = true; // a signature alone is not a draft
    if (text.trimmed().isEmpty()) {
        m_editor->setPlainText(signatureBlock());
        m_editor->moveCursor(QTextCursor::Start);
    } else {
        // The reply was written first (then switched from a note): sign it at the end.
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(signatureBlock());
    }
    m_loading = false;
    saveDraft();
}

void Composer::removeSignature()
{
    const QString block = signatureBlock();
    const QString text = m_editor->toPlainText();
    if (block.isEmpty() || !text.endsWith(block))
        return; // edited: it is the author's text now
    // Positions count UTF-16 units, as QString does; the document ends in one extra position.
    const int end = m_editor->document()->characterCount() - 1;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(end - int(block.size()));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_loading = true;
    cursor.removeSelectedText();
    m_loading = false;
}

} // namespace helpdesk::client
