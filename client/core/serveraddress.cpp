// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QUrl>

namespace helpdesk::client {

std::optional<ServerAddress> ServerAddress::parse(const QString& input)
{
    QString text = input.trimmed();
    ServerAddress address;
    const QLatin1String tls("tls://");
    const QLatin1String tcp("tcp://");
    if (text.startsWith(tls, Qt::CaseInsensitive)) {
        address.tls = true;
        text = text.mid(tls.size());
    } else if (text.startsWith(tcp, Qt::CaseInsensitive)) {
        text = text.mid(tcp.size());
    }
    if (text.isEmpty() || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('@')))
        return std::nullopt;
    const QUrl url(QStringLiteral("tcp://") + text, QUrl::StrictMode);
    const int port = url.port(kDefaultPort);
    if (!url.isValid() || url.host().isEmpty() || port <= 0 || port > 65535)
        return std::nullopt;
    address.host = url.host();
    address.port = quint16(port);
    return address;
}

QString ServerAddress::toString() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    const QString shown = ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return (tls ? QStringLiteral("tls://") : QString()) + shown + QLatin1Char(':')
        + QString::number(port);
}

} // namespace helpdesk::client
