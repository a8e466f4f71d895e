// SPDX-License-Identifier: GPL-3.0-or-later
#include "macrobutton.h"

#include "cannedbook.h"
#include "conversationmodel.h"
#include "errortext.h"

#include <QEvent>
#include <QMenu>

namespace helpdesk::client {

MacroButton::MacroButton(CannedBook* book, ConversationModel* conversation, QWidget* parent)
    : QToolButton(parent)
    , m_book(book)
    , m_conversation(conversation)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("macroButton"));
    m_menu->setObjectName(QStringLiteral("macroMenu")); // its entries are the macros' names
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    connect(book, &CannedBook::changed, this, &MacroButton::rebuild);
    rebuild();
    retranslate();
}

void MacroButton::rebuild()
{
    m_menu->clear();
    const auto macros = m_book ? m_book->macros() : QVector<CannedResponse>();
    for (const CannedResponse& macro : macros) {
        QAction* action = m_menu->addAction(macro.name);
        const qint64 id = macro.id;
        connect(action, &QAction::triggered, this, [this, id] { apply(id); });
    }
    setEnabled(!macros.isEmpty());
}

void MacroButton::apply(qint64 macro)
{
    const auto ticket = m_conversation ? m_conversation->ticket() : std::nullopt;
    if (!m_book || !ticket)
        return;
    m_book->applyMacro(
        macro, ticket->id, ticket->version, this, [this] { emit applied(); },
        [this](const rpc::Error& error) {
            emit failed(error.code == rpc::Conflict
                    ? tr("The ticket was changed meanwhile, so the macro was not applied. Check "
                         "the ticket and apply it again.")
                    : errorText(error));
        });
}

void MacroButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void MacroButton::retranslate()
{
    setText(tr("&Macros"));
    setToolTip(tr("Reply and change the ticket in one step"));
}

} // namespace helpdesk::client
