// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "draftstore.h"
#include "outbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <functional>

namespace helpdesk::client {

Composer::Composer(DraftStore* drafts, Outbox* outbox, bool canWriteInternal, QWidget* parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_outbox(outbox)
{
    m_reply = new QRadioButton(this);
    m_internal = new QRadioButton(this);
    m_reply->setChecked(true);
    m_internal->setVisible(canWriteInternal);
    m_reply->setVisible(canWriteInternal);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setMinimumHeight(90);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
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

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_reply);
    modes->addWidget(m_internal);
    modes->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_failedBar);
    layout->addLayout(modes);
    layout->addWidget(m_editor, 1);
    layout->addLayout(actions);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::saveDraft);
    connect(m_internal, &QRadioButton::toggled, this, &Composer::saveDraft);
    connect(m_internal, &QRadioButton::toggled, this, &Composer::updateState);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
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
            if (entry.state == OutboxEntry::State::Failed)
                bodies << entry.body;
        }
        if (!bodies.isEmpty()) {
            const QString current = m_editor->toPlainText();
            m_editor->setPlainText(
                (current.isEmpty() ? QString() : current + QStringLiteral("\n\n"))
                + bodies.join(QStringLiteral("\n\n")));
        }
        forEachFailed([this](const QString& key) { m_outbox->discard(key); });
    });
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &Composer::send);
    }
    retranslate();
    setTicket(TicketId());
}

void Composer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::retranslate()
{
    m_reply->setText(tr("&Reply to customer"));
    m_internal->setText(tr("&Internal note"));
    m_send->setText(tr("&Send"));
    m_hint->setText(tr("Ctrl+Enter sends. Your text is saved as you type."));
    m_retry->setText(tr("Re&try"));
    m_discard->setText(tr("&Edit again"));
    updateFailed();
    updateState();
}

void Composer::setTicket(TicketId ticket)
{
    m_ticket = ticket;
    m_loading = true;
    const Draft draft = m_drafts && ticket.isValid() ? m_drafts->draft(ticket) : Draft();
    m_editor->setPlainText(draft.body);
    if (m_internal->isVisible() || !draft.internal)
        (draft.internal ? m_internal : m_reply)->setChecked(true);
    m_editor->moveCursor(QTextCursor::End);
    m_loading = false;
    setEnabled(ticket.isValid());
    updateState();
    updateFailed();
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
    draft.body = m_editor->toPlainText();
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
    m_send->setEnabled(m_ticket.isValid() && !m_editor->toPlainText().trimmed().isEmpty());
}

void Composer::send()
{
    const QString body = m_editor->toPlainText();
    if (!m_outbox || !m_ticket.isValid() || body.trimmed().isEmpty())
        return;
    // The outbox has it on disk before the draft goes: a crash in between loses nothing.
    m_outbox->enqueue(m_ticket, body, m_internal->isChecked());
    if (m_drafts)
        m_drafts->clear(m_ticket);
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_reply->setChecked(true);
    updateState();
    emit sent(m_ticket);
}

} // namespace helpdesk::client
