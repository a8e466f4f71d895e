// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QVector>

namespace helpdesk::server {
class Db;
}

// The SQL of the contacts a message was copied to (message_cc, schema step 25).
namespace helpdesk::server::messageccstore {

void store(Db& db, MessageId message, const QVector<UserId>& users);
QVector<UserId> ofMessage(Db& db, MessageId message);
// Fills Message::cc of these messages of one ticket (one query).
void fill(Db& db, TicketId ticket, QVector<Message>& messages);

} // namespace helpdesk::server::messageccstore
