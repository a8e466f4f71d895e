// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QSet>
#include <QVector>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace helpdesk::client {

class Connection;
class ConversationModel;

// "Cc" of a reply that goes by e-mail (issue 13): the contacts of the ticket's organisation
// who may see the ticket (message.ccCandidates), each with name and address, to tick. Nobody
// is ticked except, as the default, the people of the newest public message: those it was
// copied to and its author (only those the list offers); a choice the agent made stays until
// the reply is sent. It follows the ticket the conversation shows, and reads the list again
// when the ticket moves to another queue.
class CcPicker : public QWidget
{
    Q_OBJECT
public:
    CcPicker(Connection* connection, ConversationModel* conversation, QWidget* parent = nullptr);

    // The ticked contacts' ids, ascending: message.add cc.
    QVector<qint64> chosen() const;
    // After a send: the next reply starts from the default again.
    void resetChoice();
    QToolButton* button() const { return m_button; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void followTicket();
    void load();
    void applyDefault();
    void rebuildMenu();
    void updateNames();
    void retranslate();

    QPointer<Connection> m_connection;
    QPointer<ConversationModel> m_conversation;
    TicketId m_ticket;
    std::optional<QueueId> m_queue; // its queue's kind decides which contacts may see it
    QVector<User> m_candidates;
    bool m_loaded = false;
    QSet<qint64> m_chosen;
    bool m_touched = false; // the agent ticked or unticked someone for this reply
    QToolButton* m_button;
    QMenu* m_menu;
    QLabel* m_names;
};

} // namespace helpdesk::client
