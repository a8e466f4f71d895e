// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// A reply signature: an agent's own, or a queue's, in one language ('' is the fallback).
struct Signature
{
    std::optional<UserId> userId;
    std::optional<QueueId> queueId;
    QString locale;
    QString text;
    qint64 updatedAtMs = 0;

    QJsonObject toJson() const;
};

// The signatures table.
QVector<Signature> signaturesFor(Db& db, UserId user); // the user's own and every queue's
// Inserts or replaces the signature of this owner and language; an empty text deletes it.
void storeSignature(Db& db, const Signature& signature);

} // namespace helpdesk::server
