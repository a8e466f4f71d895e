// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::mailstore {

// The SQL of the mail gateway and the outbox (schema step 14).

struct QueueRow
{
    QueueId id;
    QString kind; // technical, billing, general
};
std::optional<QueueRow> queueByName(Db& db, const QString& name);

// The user with this e-mail address (case-insensitive): enabled ones first, then the oldest.
std::optional<User> userByEmail(Db& db, const QString& address);
// The organisation whose mail domain this is (case-insensitive), the oldest if several.
std::optional<CustomerId> customerByMailDomain(Db& db, const QString& domain);
CustomerId insertCustomer(Db& db, const QString& name, const QString& mailDomain);
// A login nobody has yet, from the address ("ana@example.hr", then "ana@example.hr-2", …).
QString freeLogin(Db& db, const QString& address);

// A ticket's mail secret, made on first use (several servers: the first one written wins).
QString ticketSecret(Db& db, TicketId ticket);
// Whether `secret` is this ticket's (compared in constant time); false when it has none.
bool secretMatches(Db& db, TicketId ticket, const QString& secret);

bool isFiled(Db& db, const QString& rfcMessageId);
int mailsSince(Db& db, const QString& sender, qint64 sinceMs);
struct InboundRow
{
    QString rfcMessageId;
    QString sender;
    std::optional<QueueId> queueId;
    std::optional<MessageId> messageId; // null: kept but not filed (rate limit)
    QString fullText;
    QByteArray raw;
};
// False when a mail with this Message-ID was filed meanwhile (by a concurrent delivery).
bool insertInbound(Db& db, const InboundRow& row);

// The mail a message came in, as received; nullopt when it did not come by mail.
struct InboundMail
{
    QString sender;
    QString fullText;
    QByteArray raw;
};
std::optional<InboundMail> inboundOf(Db& db, MessageId message);

} // namespace helpdesk::server::mailstore
