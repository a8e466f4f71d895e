// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageccstore.h"

#include "storage/db.h"

#include <QHash>

namespace helpdesk::server::messageccstore {

void store(Db& db, MessageId message, const QVector<UserId>& users)
{
    for (const UserId user : users) {
        Query q(db,
            QStringLiteral("INSERT INTO message_cc (message_id, user_id) VALUES (?, ?) "
                           "ON CONFLICT (message_id, user_id) DO NOTHING"));
        q.bind(message.value()).bind(user.value()).exec();
    }
}

QVector<UserId> ofMessage(Db& db, MessageId message)
{
    Query q(db,
        QStringLiteral("SELECT user_id FROM message_cc WHERE message_id = ? ORDER BY user_id"));
    q.bind(message.value()).exec();
    QVector<UserId> users;
    while (q.next())
        users << UserId(q.int64(0));
    return users;
}

void fill(Db& db, TicketId ticket, QVector<Message>& messages)
{
    Query q(db,
        QStringLiteral("SELECT c.message_id, c.user_id FROM message_cc c "
                       "JOIN messages m ON m.id = c.message_id WHERE m.ticket_id = ? "
                       "ORDER BY c.message_id, c.user_id"));
    q.bind(ticket.value()).exec();
    QHash<qint64, QVector<UserId>> byMessage;
    while (q.next())
        byMessage[q.int64(0)] << UserId(q.int64(1));
    if (byMessage.isEmpty())
        return;
    for (Message& message : messages)
        message.cc = byMessage.value(message.id.value());
}

} // namespace helpdesk::server::messageccstore
