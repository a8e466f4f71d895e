// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// One line of the audit log: everything that is not a ticket field change (those are the
// tickets' own history): logins, failed logins, users, passwords, organisations. Written in
// the same transaction as the change it records.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    std::optional<UserId> actorId; // null: nobody logged in (a failed login)
    QString address; // the client's IP address
    QString action; // "auth.login", "auth.loginFailed", "user.update", ...
    QString objectType; // "user", "customer", ...; "" when none
    std::optional<qint64> objectId;
    QJsonObject details;

    QJsonObject toJson() const;
};

// Which entries a query wants; every set field must match. Newest first; beforeId pages.
struct AuditQuery
{
    QString action;
    std::optional<UserId> actorId;
    QString objectType;
    std::optional<qint64> objectId;
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    std::optional<qint64> beforeId;
    qint64 limit = 100;
};

void appendAudit(Db& db, const AuditEntry& entry);
QVector<AuditEntry> findAudit(Db& db, const AuditQuery& query);

} // namespace helpdesk::server
