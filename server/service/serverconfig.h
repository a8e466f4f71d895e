// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framing.h"
#include "storage/databaseconfig.h"

#include <QString>

namespace helpdesk::server {

// Attachments (docs/admin.md, "Attachments"): where the files are stored and how big they may be.
struct AttachmentSettings
{
    QString directory; // the content-addressed store: <data-dir>/attachments or a shared one
    qint64 maxFileBytes = 100LL * 1024 * 1024;
    qint64 maxChunkBytes = 512 * 1024; // decoded bytes of one attachment.chunk / attachment.get
    qint64 uploadExpiryMs = 24LL * 3600 * 1000; // unfinished or unattached uploads are dropped
    int maxOpenUploads = 50; // per user
};

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
    int maxConnectionsPerAddress = 512; // logged in or not, counted from the TCP accept
    // Connections not logged in yet (TLS handshakes included): the oldest make way for new ones.
    int maxUnauthenticatedPerAddress = 64;
    int maxUnauthenticatedConnections = 1024;
    qint64 unauthenticatedBufferBytes = 64 * 1024 * 1024; // their input and output, together
    int handshakeTimeoutMs = 3'000; // TLS handshakes not finished by then are dropped
    int maxInFlightPerConnection = 64; // pipelined requests before reading pauses
    qint64 tokenTtlMs = 30LL * 24 * 3600 * 1000;
    int readerThreads = 4;
    int writerThreads = 4; // PostgreSQL only; SQLite always has one writer
    int presenceSweepMs = 60'000; // reassigning tickets of absent assignees (issue 12)
    int slaSweepMs = 10'000; // the escalation sweep
    int slaBatch = 500;
    // Pushes to a session with more output than this waiting are dropped until it has caught
    // up, when it gets sync.required ("too-slow"); the same when all sessions together have
    // more than outputBudgetBytes waiting (net/connection.cpp, docs/protocol.md "Pushes").
    qint64 pushBacklogBytes = 4 * 1024 * 1024;
    qint64 outputBudgetBytes = 128 * 1024 * 1024;
    AttachmentSettings attachments;
    // Monitoring alerts (issue 13; docs/admin.md, "Monitoring alerts").
    QString alertQueue; // the queue of incident tickets; empty: the oldest technical queue
    qint64 alertNoteIntervalMs = 10 * 60 * 1000; // repeats in between are counted, not noted
    QString alertWebhookHost = QStringLiteral("127.0.0.1");
    quint16 alertWebhookPort = 0; // the Alertmanager webhook; 0: off
    qint64 alertWebhookMaxBytes = 1024 * 1024; // a bigger request body is refused (413)
};

} // namespace helpdesk::server
