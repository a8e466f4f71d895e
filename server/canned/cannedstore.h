// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The canned responses' SQL.
namespace canned {

// A canned response: personal (ownerId), one queue's (queueId) or every agent's (neither).
// Non-empty `actions` make it a macro.
struct Response
{
    qint64 id = 0;
    QString name;
    std::optional<UserId> ownerId;
    std::optional<QueueId> queueId;
    QJsonObject actions;
    QHash<QString, QString> texts; // language → body
    qint64 version = 1;
    qint64 updatedAtMs = 0;
};

// The responses `user` may use: its own, every queue's and the shared ones; personal first,
// then by queue, then the shared ones, each by name. With `nameContains`, only names holding
// it (any case).
QVector<Response> responsesFor(Db& db, UserId user, const QString& nameContains);
// Any response (whoever's); nullopt when there is none.
std::optional<Response> findResponse(Db& db, qint64 id);
qint64 insertResponse(Db& db, const Response& response, UserId creator, qint64 nowMs);
// Writes it with version + 1 when the stored version is `expected`; false otherwise.
bool updateResponse(Db& db, const Response& response, qint64 expected, qint64 nowMs);
void deleteResponse(Db& db, qint64 id);

} // namespace canned
} // namespace helpdesk::server
