// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"
#include "rpc/pushevent.h"

#include <QByteArray>
#include <QString>

namespace helpdesk::server {
class Db;
}

namespace helpdesk::server::mail {

enum class Disposition {
    Filed, // a new ticket or a reply in one
    Ignored, // delivered and deliberately not filed: a loop, a duplicate, over the rate
    DataError, // not a mail we can read, or too big: bounce
    NoPermission, // the queue takes no mail from this sender: bounce
    TempFail, // the database is unavailable: the MTA tries again later
};

// The exit status an MTA reads from a delivery program (sysexits.h: 0, 65 EX_DATAERR,
// 77 EX_NOPERM, 75 EX_TEMPFAIL).
int exitCode(Disposition disposition);

struct GatewayResult
{
    Disposition disposition = Disposition::Filed;
    QString text; // a line for the log, or the bounce reason the MTA puts in its bounce
    TicketId ticketId; // when filed
    MessageId messageId;
    bool newTicket = false;
};

// Files one received mail into the ticket database: threads it into its ticket or opens one
// in `queueName`, creating the sender's contact as the queue's settings say. Runs inside the
// caller's transaction on `db`; adds the pushes of what it wrote to `events`. Throws SqlError
// (DatabaseUnavailable when the database cannot be reached).
GatewayResult fileMail(Db& db, const MailConfig& config, const QString& queueName,
    const QByteArray& raw, EventList& events);

// The subject tag of a ticket, "[#123-k3x9...]", and the Message-ID of a mail about it.
QString ticketTag(TicketId ticket, const QString& secret);
QString ticketMessageId(TicketId ticket, const QString& secret, const QString& domain);

} // namespace helpdesk::server::mail
