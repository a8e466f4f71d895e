// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/clusterevent.h"

#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QSqlDatabase;

namespace helpdesk::server {

// What servers sharing one PostgreSQL database tell each other after a commit: ids only, so
// that each receiver rebuilds the push from the database under its own sessions' rules.
// The wire form is described in docs/protocol.md ("Between servers"), operations in
// docs/admin.md ("Several servers on one database").

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; stay clear of the edge.
constexpr int kMaxClusterPayloadBytes = 7900;
// Channel names are identifiers: at most NAMEDATALEN - 1 bytes.
constexpr int kMaxClusterChannelBytes = 63;
constexpr QLatin1String kDefaultClusterChannel("helpdesk_events");

// The events of one payload and the server instance that sent them.
struct ClusterBatch
{
    QString instance;
    QVector<ClusterEvent> events;
};

// A random id for this process (16 hex digits): a server recognises its own announcements.
QString newClusterInstanceId();
// Instance ids are 1-64 characters of [0-9A-Za-z_-] (they go into payloads unescaped).
bool isValidClusterInstanceId(const QString& instance);

// One or more compact JSON payloads, each shorter than kMaxClusterPayloadBytes, carrying the
// events in order. A removal from very many organisations is split over several events.
// Events with invalid ids are dropped (and logged); an empty list gives no payload.
QStringList encodeClusterPayloads(const QString& instance, const QVector<ClusterEvent>& events);

// The inverse; any deviation from the format rejects the whole payload (it came from the
// network, in effect). On failure *error says why.
std::optional<ClusterBatch> parseClusterPayload(const QString& payload, QString* error = nullptr);

// Channel names we accept: 1-63 printable ASCII characters, no '.', not starting or ending
// with '"' (QPSQL's LISTEN quoting splits on dots and leaves names in quotes alone).
bool isValidClusterChannel(const QString& channel, QString* error = nullptr);
// The channel as a double-quoted SQL identifier, embedded quotes doubled.
QString quotedClusterChannel(const QString& channel);

// Announces payloads with pg_notify() on an open QPSQL connection. Call it inside the
// transaction that made the changes: PostgreSQL delivers them at COMMIT, and not at all on
// ROLLBACK. Returns false (and *error) if a statement failed; the transaction is then aborted.
bool notifyCluster(QSqlDatabase& db, const QString& channel, const QStringList& payloads,
    QString* error = nullptr);

} // namespace helpdesk::server

Q_DECLARE_METATYPE(helpdesk::server::ClusterBatch)
