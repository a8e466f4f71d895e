// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcollision.h"

#include "collisionbar.h"
#include "collisiondialog.h"
#include "composer.h"
#include "conversationmodel.h"
#include "directorycache.h"
#include "outbox.h"
#include "ticketactivity.h"

#include <QPlainTextEdit>

namespace helpdesk::client {

TicketCollision::TicketCollision(Connection* connection, DirectoryCache* directory,
    Outbox* outbox, ConversationModel* conversation, Composer* composer, QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_directory(directory)
    , m_outbox(outbox)
    , m_conversation(conversation)
    , m_composer(composer)
    , m_activity(new TicketActivity(connection, this))
    , m_bar(new CollisionBar(m_activity, directory, parent))
{
    // Key presses only: loading a draft into the box is not typing.
    connect(composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (m_composer->editor()->hasFocus())
            m_activity->typed();
    });
    auto latest = [this] { m_composer->setLatestShownMessage(m_conversation->latestMessageId()); };
    connect(conversation, &QAbstractItemModel::modelReset, this, latest);
    connect(conversation, &QAbstractItemModel::rowsInserted, this, latest);
    if (outbox)
        connect(outbox, &Outbox::failed, this, [this](const QString& key, const rpc::Error& error) {
            const auto entry = m_outbox->entry(key);
            if (!CollisionDialog::isCollision(error) || !entry
                || entry->ticketId != m_conversation->ticketId())
                return;
            auto* dialog
                = new CollisionDialog(key, error, m_outbox, m_composer, m_directory, m_parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void TicketCollision::setTicket(TicketId ticket)
{
    m_activity->setTicket(ticket);
}

} // namespace helpdesk::client
