// SPDX-License-Identifier: GPL-3.0-or-later
#include "csattoken.h"

#include "storage/db.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace helpdesk::server::reports {

namespace {

const QString kSecretName = QStringLiteral("csat-link");

// The secret, made by whichever server needs it first (the others keep the one stored).
QByteArray secret(Db& db)
{
    Query read(db, QStringLiteral("SELECT value FROM server_secrets WHERE name = ?"));
    QString stored = read.bind(kSecretName).scalar().toString();
    if (stored.isEmpty()) {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(
            reinterpret_cast<quint32*>(random.data()), reinterpret_cast<quint32*>(random.data() + random.size()));
        Query insert(db,
            QStringLiteral("INSERT INTO server_secrets (name, value) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING"));
        insert.bind(kSecretName).bind(QString::fromLatin1(random.toHex())).exec();
        Query again(db, QStringLiteral("SELECT value FROM server_secrets WHERE name = ?"));
        stored = again.bind(kSecretName).scalar().toString();
    }
    return QByteArray::fromHex(stored.toLatin1());
}

QByteArray signature(const QByteArray& key, TicketId ticket, qint64 resolution)
{
    const QByteArray message = QByteArrayLiteral("csat:") + QByteArray::number(ticket.value())
        + ':' + QByteArray::number(resolution);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Compares every byte, so the time taken says nothing about where a forgery went wrong.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QString csatToken(Db& db, TicketId ticket, qint64 resolution)
{
    const QByteArray mac = signature(secret(db), ticket, resolution);
    return QStringLiteral("%1.%2.%3")
        .arg(ticket.value())
        .arg(resolution)
        .arg(QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

qint64 latestResolution(Db& db, TicketId ticket)
{
    Query q(db, QStringLiteral("SELECT resolution_count FROM tickets WHERE id = ?"));
    return q.bind(ticket.value()).scalar().toLongLong();
}

std::optional<CsatTokenClaim> verifyCsatToken(Db& db, const QString& token)
{
    static const QRegularExpression shape(
        QStringLiteral("^([1-9][0-9]{0,17})\\.([1-9][0-9]{0,8})\\.([A-Za-z0-9_-]{43})$"));
    const auto match = shape.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    const CsatTokenClaim claim { TicketId(match.captured(1).toLongLong()),
        match.captured(2).toLongLong() };
    // Compared as text: the last of 43 base64 characters carries two unused bits, and a
    // decoder ignores them, so only the one canonical spelling of the signature is accepted.
    const QByteArray expected = signature(secret(db), claim.ticket, claim.resolution)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!sameBytes(match.captured(3).toLatin1(), expected))
        return std::nullopt;
    return claim;
}

} // namespace helpdesk::server::reports
