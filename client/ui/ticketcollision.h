// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>
#include <QPointer>

namespace helpdesk::client {

class CollisionBar;
class Composer;
class Connection;
class ConversationModel;
class DirectoryCache;
class Outbox;
class TicketActivity;

// Collision warnings on the open ticket (issue 12), wired to the pane's parts: tells the
// server what is viewed and typed, shows who else is on it (bar()), gives the composer the
// newest message shown, and opens the warning when the server refused a reply over newer
// messages.
class TicketCollision : public QObject
{
    Q_OBJECT
public:
    TicketCollision(Connection* connection, DirectoryCache* directory, Outbox* outbox,
        ConversationModel* conversation, Composer* composer, QWidget* parent);

    void setTicket(TicketId ticket);
    CollisionBar* bar() const { return m_bar; }
    TicketActivity* activity() const { return m_activity; }

private:
    QWidget* m_parent;
    QPointer<DirectoryCache> m_directory;
    QPointer<Outbox> m_outbox;
    QPointer<ConversationModel> m_conversation;
    QPointer<Composer> m_composer;
    TicketActivity* m_activity;
    CollisionBar* m_bar;
};

} // namespace helpdesk::client
