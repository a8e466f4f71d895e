// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace helpdesk::client {

// Where the server is, as a user types it: "host", "host:port", "[::1]:port", or any of
// these after "tls://" for an encrypted connection ("tcp://" says plain TCP explicitly).
struct ServerAddress
{
    static constexpr quint16 kDefaultPort = 7480;

    QString host;
    quint16 port = kDefaultPort;
    bool tls = false;

    // nullopt for anything else: a path, a user name, a bad port, an unknown scheme.
    static std::optional<ServerAddress> parse(const QString& text);
    // The canonical spelling, which parse() reads back.
    QString toString() const;
};

} // namespace helpdesk::client
