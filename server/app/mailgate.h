// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/serverconfig.h"
#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QString>

namespace helpdesk::server {

struct MailgateOptions
{
    DatabaseConfig database;
    QString queue;
    QString mailConfigPath;
    QString eventChannel; // PostgreSQL: tells running servers of the new ticket or reply
    AttachmentSettings attachments; // where a mail's attachments are stored
};

// `helpdesk-server mailgate --queue NAME`: files the mail on stdin and returns the exit status
// the MTA acts on (0 delivered, 65 bounce: unreadable or too big, 77 bounce: sender refused,
// 75 try again later). Explains itself on stderr.
int runMailgate(const MailgateOptions& options);

// Files one mail in its own transaction (the Maildir poller uses it too): the exit status as
// above, and the log line in `text`.
int fileOneMail(const MailgateOptions& options, const QByteArray& raw, QString* text);

} // namespace helpdesk::server
