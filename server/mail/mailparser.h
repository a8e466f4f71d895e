// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace helpdesk::server::mail {

// A part the sender attached; its bytes (transfer encoding undone) when the limits allow.
struct AttachmentInfo
{
    QString fileName;
    QString contentType;
    QByteArray data;
    bool kept = false; // data holds the content (false: too big, or not asked for)
};

// One RFC 5322 message as the gateway needs it: who, what about, which thread, and the text.
struct ParsedMail
{
    bool ok = false;
    QString error; // why it is not a message we can read (ok false)

    QString messageId; // without angle brackets; empty when the mail had none
    QStringList references; // In-Reply-To first, then References, newest first, no duplicates
    QString fromAddress; // lower-cased addr-spec of the first From mailbox
    QString fromName; // its display name, decoded
    QString subject; // decoded (RFC 2047) and unfolded
    // The mailboxes of To and Cc (groups opened), lower-cased, none twice, at most
    // kMaxCopiesListed: whom the sender copied (the gateway records the contacts among them).
    QStringList copies;
    QString autoSubmitted; // the Auto-Submitted header, lower-cased ("" or "no": a person)
    QString precedence; // the Precedence header, lower-cased
    bool hasListId = false; // List-Id present: a mailing list delivered it

    QString text; // the whole text part, decoded (HTML-only mail turned into plain text)
    QString strippedText; // text without quoted history and signature (== text when unsure)
    bool fromHtml = false;
    int partCount = 0; // MIME parts seen (a mail bomb shows here)
    QVector<AttachmentInfo> attachments; // at most kMaxAttachmentsListed
};

struct ParseLimits
{
    int maxParts = 20'000; // parts walked; the rest are counted, not read
    int maxContainers = 100; // multiparts and attached mails (counted before parsing)
    int maxTextChars = 1'000'000; // the body is cut here (the server's message limit)
    // Attachments' bytes are kept up to this size each (0: none is kept, names only).
    qint64 maxAttachmentBytes = 0;
};

constexpr int kMaxAttachmentsListed = 200;
constexpr int kMaxCopiesListed = 100;

// Parses with GMime 3. Never throws; ok false with `error` for input that is not a message.
ParsedMail parseMail(const QByteArray& raw, const ParseLimits& limits = {});

// The addr-spec inside angle brackets of a Message-ID list ("<a@b> <c@d>" → a@b, c@d).
QStringList messageIds(const QString& header);

} // namespace helpdesk::server::mail
