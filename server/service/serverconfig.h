// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"
#include "storage/databaseconfig.h"

#include <QString>

namespace helpdesk::server {

// Settings of a running server, from the command line (app/commands.cpp).
struct ServerConfig
{
    DatabaseConfig database;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 7480;
    QString tlsCertificate;
    QString tlsKey;
    qsizetype maxFrameBytes = kDefaultMaxFrameBytes;
    int idleTimeoutMs = 30'000; // unauthenticated connections
    int sessionIdleTimeoutMs = 600'000; // logged-in connections: a dead peer is let go
    int maxConnectionsPerAddress = 64;
    int maxInFlightPerConnection = 64; // pipelined requests before reading pauses
    qint64 tokenTtlMs = 30LL * 24 * 3600 * 1000;
    int readerThreads = 4;
};

} // namespace helpdesk::server
