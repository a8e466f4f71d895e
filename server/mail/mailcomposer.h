// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace helpdesk::server::mail {

// A plain-text mail the helpdesk sends.
struct OutgoingMail
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QVector<QPair<QString, QString>> cc; // (name, address): the others a reply goes to
    QString replyTo; // an address; empty: none
    QString subject;
    QString body; // plain text
    QString messageId; // without angle brackets
    QStringList references; // Message-IDs of the thread, oldest first; the last is In-Reply-To
    QString autoSubmitted; // "" (a person's words), "auto-generated" or "auto-replied"
    QString language; // Content-Language, e.g. "ru"
    QDateTime date;
};

// The RFC 5322 bytes (CRLF line ends), built with GMime: names and the subject are encoded
// (RFC 2047) as needed, the body is UTF-8 quoted-printable. Every field is cleaned of CR, LF
// and other control characters first, so no field can add a header; an address that is not
// a plain addr-spec is left out.
QByteArray composeMail(const OutgoingMail& mail);

// Whether `address` is one addr-spec we can put in a header and an SMTP envelope.
bool isPlainAddress(const QString& address);

} // namespace helpdesk::server::mail
