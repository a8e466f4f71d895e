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

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_reply);
    modes->addWidget(m_internal);
    modes->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addWidget(m_editor, 1);
    layout->addLayout(actions);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::saveDraft);
    connect(m_internal, &QRadioButton::toggled, this, &Composer::saveDraft);
    connect(m_internal, &QRadioButton::toggled, this, &Composer::updateState);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
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
    m_editor->setPlaceholderText(internal ? tr("Write a note only your team will see…")
                                          : tr("Write your reply…"));
    m_editor->setStyleSheet(internal ? QStringLiteral("QPlainTextEdit { background: #fff8dc; }") : QString());
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
