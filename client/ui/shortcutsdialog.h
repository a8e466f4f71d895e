// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QVector>

class QTreeWidget;

namespace helpdesk::client {

// Help → Keyboard shortcuts: every key the client answers to, grouped by where it works,
// with the keys written the way this system writes them ("Strg+F" in German).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // What a key does. The main window binds its commands from here, so the list and the
    // keys cannot drift apart. The reply box and the ticket pane bind their own keys
    // (Send... LogCallOnTicket); tst_workspace checks that this list names the keys they use.
    enum class Command {
        NewTicket,
        LogCall,
        Refresh,
        Quit,
        Search,
        QuickSearch,
        GoToTicket,
        NextUnread,
        PreviousUnread,
        AssignToMe,
        BackToList,
        Shortcuts,
        Send,
        SendPending,
        SendResolved,
        ToggleNote,
        FocusComposer,
        LogCallOnTicket,
        KnowledgeBase, // the last: tests walk the list up to it
    };
    static QList<QKeySequence> keys(Command command);

    explicit ShortcutsDialog(QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTreeWidget* m_list;
};

} // namespace helpdesk::client
