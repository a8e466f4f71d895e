// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace helpdesk::server {

QString generateToken()
{
    quint32 words[8];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenDigest(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace helpdesk::server
