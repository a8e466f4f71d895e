// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QTime>

#include <optional>

namespace helpdesk::server::mail {

// What the gateway does with mail from an address no user has (docs/admin.md, "E-mail").
enum class UnknownSenders {
    DomainOrNew, // a contact in the organisation of that mail domain, else a new organisation
    Domain, // a contact in the organisation of that mail domain, else bounce
    Reject, // bounce
};

struct QueueMailConfig
{
    QString address; // the queue's support address: From and Reply-To of its mail
    UnknownSenders unknownSenders = UnknownSenders::DomainOrNew;
    QString maildir; // a Maildir `serve` polls for this queue (empty: none)
    int pollSeconds = 30;
    bool acknowledge = false; // a new ticket from mail gets an acknowledgement mail
};

struct SmtpConfig
{
    QString url; // smtp://host:587 (STARTTLS when offered) or smtps://host:465; empty: no mail out
    bool requireTls = true; // refuse to send over a connection without TLS (smtp:// only)
    QString user;
    QString password;
    QString from; // the From of mail of no queue with an address
    QString caFile; // PEM certificates to trust besides the system's (a self-signed server)
    int timeoutSeconds = 30;
    double pollSeconds = 5; // how often the outbox is looked at
    int retrySeconds = 60; // the first retry; doubled each time up to maxRetrySeconds
    int maxRetrySeconds = 3600;
    int leaseSeconds = 300; // a claimed mail is another server's to send after this
};

// The weekly summary mailed to leads (issue 15; docs/admin.md, "Weekly summary"): on `day`
// (Qt::Monday = 1 ... Qt::Sunday = 7) at `at`, the server's local time.
struct WeeklySummaryConfig
{
    bool enabled = true;
    int day = Qt::Monday;
    QTime at = QTime(7, 0);
};

// The mail settings: a JSON file (--mail-config; docs/admin.md shows every key).
struct MailConfig
{
    QString domain = QStringLiteral("helpdesk.invalid"); // right side of our Message-IDs
    QString fromName = QStringLiteral("Helpdesk"); // the display name of the mail we send
    qint64 maxMessageBytes = 32LL * 1024 * 1024;
    int sendersPerHour = 30; // mails filed per sender and hour; the rest are kept, not filed
    QHash<QString, QueueMailConfig> queues; // by queue name
    SmtpConfig smtp;
    // Not in the file: the attachment store (`serve`/`mailgate` options). A mail's attachments
    // up to maxAttachmentBytes each are stored there; none when the directory is empty.
    QString attachmentDirectory;
    qint64 maxAttachmentBytes = 0;
    // The one-click rating link of resolution mails (issue 15), with {token} and {rating}
    // (good or bad) in it; empty: resolution mails carry no rating links.
    QString ratingUrl;
    WeeklySummaryConfig weeklySummary;

    QueueMailConfig queue(const QString& name) const { return queues.value(name); }
};

// Reads the file; nullopt with `error` for a file that is not valid (missing file: defaults).
std::optional<MailConfig> loadMailConfig(const QString& path, QString* error);
std::optional<MailConfig> parseMailConfig(const QByteArray& json, QString* error);

} // namespace helpdesk::server::mail
