// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QToolButton>

class QMenu;

namespace helpdesk::client {

class CannedBook;
class ConversationModel;

// "Macros" above the open ticket (staff): one menu entry per macro; choosing one applies it
// on the server (macro.apply) to the ticket as shown — its reply, status, priority, tags and
// assignee in one step. When a colleague changed the ticket meanwhile the server refuses it
// (1009) and nothing is changed: the user sees the new state and may apply it again.
class MacroButton : public QToolButton
{
    Q_OBJECT
public:
    MacroButton(CannedBook* book, ConversationModel* conversation, QWidget* parent = nullptr);

    // Applies the macro with this id to the shown ticket.
    void apply(qint64 macro);

signals:
    void applied();
    // A translated sentence saying why it was not applied.
    void failed(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();

    QPointer<CannedBook> m_book;
    QPointer<ConversationModel> m_conversation;
    QMenu* m_menu;
};

} // namespace helpdesk::client
