// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mailconfig.h"

#include <QByteArray>
#include <QString>

namespace helpdesk::server::mail {

struct SmtpResult
{
    bool sent = false;
    bool permanent = false; // refused for good (550-554): retrying will not help
    QString error;
};

// Sends one mail over SMTP with libcurl (blocking: call it off the event loop). smtp:// uses
// STARTTLS when the server offers it and, with requireTls, refuses to go on without it;
// smtps:// is TLS from the start. AUTH when `user` is set.
SmtpResult sendSmtp(const SmtpConfig& config, const QString& envelopeFrom, const QString& recipient,
    const QByteArray& content);

} // namespace helpdesk::server::mail
