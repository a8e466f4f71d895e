// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

QList<QKeySequence> ShortcutsDialog::keys(Command command)
{
    switch (command) {
    case Command::NewTicket:
        return { QKeySequence(Qt::CTRL | Qt::Key_N) };
    case Command::LogCall:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) };
    case Command::Refresh:
        // F5 only: QKeySequence::Refresh is Ctrl+R on some desktops, which focuses the reply box.
        return { QKeySequence(Qt::Key_F5) };
    case Command::Quit:
        return { QKeySequence(Qt::CTRL | Qt::Key_Q) };
    case Command::Search:
        return { QKeySequence(Qt::CTRL | Qt::Key_F) };
    case Command::QuickSearch:
        return { QKeySequence(Qt::CTRL | Qt::Key_K) };
    case Command::GoToTicket:
        return { QKeySequence(Qt::CTRL | Qt::Key_G) };
    case Command::NextUnread:
        return { QKeySequence(Qt::CTRL | Qt::Key_Period) };
    case Command::PreviousUnread:
        return { QKeySequence(Qt::CTRL | Qt::Key_Comma) };
    case Command::AssignToMe:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) };
    case Command::BackToList:
        return { QKeySequence(Qt::Key_Escape) };
    case Command::Shortcuts:
        return { QKeySequence(Qt::Key_F1) };
    // The reply box takes Return and the keypad's Enter alike; "Enter" is what people say.
    case Command::Send:
        return { QKeySequence(Qt::CTRL | Qt::Key_Enter) };
    case Command::SendPending:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter) };
    case Command::SendResolved:
        return { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Enter) };
    case Command::ToggleNote:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I) };
    case Command::FocusComposer:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) };
    case Command::LogCallOnTicket:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) };
    case Command::KnowledgeBase:
        return { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K) };
    }
    return {};
}

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    retranslate();
    resize(560, 520);
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Keys"), tr("Action") });
    m_list->clear();
    const auto keyText = [](Command command) {
        QStringList texts;
        for (const QKeySequence& sequence : keys(command))
            texts << sequence.toString(QKeySequence::NativeText);
        return texts.join(QStringLiteral(", "));
    };
    QTreeWidgetItem* group = nullptr;
    const auto addGroup = [&](const QString& title) {
        group = new QTreeWidgetItem(m_list, { title });
        group->setFirstColumnSpanned(true);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setExpanded(true);
    };
    const auto add = [&](const QString& keysText, const QString& action) {
        new QTreeWidgetItem(group, { keysText, action });
    };
    addGroup(tr("Anywhere in the main window"));
    add(keyText(Command::Search), tr("Search (puts the cursor in the search box)"));
    add(keyText(Command::QuickSearch),
        tr("Search everywhere: tickets, contacts, organisations, articles, canned responses"));
    add(keyText(Command::KnowledgeBase), tr("Knowledge base"));
    add(keyText(Command::GoToTicket), tr("Go to a ticket by its number"));
    add(keyText(Command::NextUnread), tr("Next unread ticket in the list"));
    add(keyText(Command::PreviousUnread), tr("Previous unread ticket in the list"));
    add(keyText(Command::AssignToMe), tr("Assign the open ticket to me (staff)"));
    add(keyText(Command::NewTicket), tr("New ticket"));
    add(keyText(Command::LogCall), tr("Log a phone call (staff)"));
    add(keyText(Command::LogCallOnTicket), tr("Log a call on the open ticket (staff)"));
    add(keyText(Command::Refresh), tr("Refresh the list, counts and directory"));
    add(keyText(Command::Shortcuts), tr("This list"));
    add(keyText(Command::Quit), tr("Quit"));
    addGroup(tr("Search results"));
    add(keyText(Command::BackToList), tr("Back to the ticket list"));
    add(QKeySequence(Qt::Key_Up).toString(QKeySequence::NativeText) + QStringLiteral(", ")
            + QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText),
        tr("Open the previous or next result"));
    addGroup(tr("Reply box"));
    add(keyText(Command::FocusComposer), tr("Put the cursor in the reply box"));
    add(keyText(Command::Send), tr("Send"));
    add(keyText(Command::SendPending), tr("Send and set the ticket to Pending (staff)"));
    add(keyText(Command::SendResolved), tr("Send and set the ticket to Resolved (staff)"));
    add(keyText(Command::ToggleNote), tr("Switch between reply and internal note (staff)"));
    addGroup(tr("Forms"));
    add(keyText(Command::Send), tr("Create the ticket (in the new-ticket form)"));
    add(QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText),
        tr("Go to the next field (in the new-ticket form)"));
    add(tr("Alt + underlined letter"), tr("Go to that field or press that button"));
}

} // namespace helpdesk::client
