// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The administration screens' shapes: audit entries and their filter (audit.list), and the
// params of user.update / customer.update reduced to what the form changed, so that a save
// never overwrites a field a colleague changed meanwhile.

#include "domain/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <optional>

namespace helpdesk::client {

// One row of audit.list.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<UserId> actorId; // none for a failed login
    QString address;
    QString action; // "user.update", "auth.loginFailed", ...
    QString objectType; // "user", "customer" or ""
    std::optional<qint64> objectId;
    QJsonObject details; // {"field": {"old": x, "new": y}} or plain values

    static std::optional<AuditEntry> fromJson(const QJsonObject& object, QString* error = nullptr);
};

std::optional<QVector<AuditEntry>> auditEntriesFromJson(const QJsonValue& value);

// audit.list params; unset parts are left out.
struct AuditFilter
{
    QString action;
    std::optional<UserId> actorId;
    QString objectType;
    std::optional<qint64> objectId;
    QDateTime since;
    QDateTime until;
    std::optional<qint64> beforeId; // the next page: entries older than this one
    int limit = 100;

    QJsonObject toJson() const;
};

// user.update params (without "id") for the fields of `after` that differ from `before`:
// name, email, phone, locale, contactRole. Text is compared trimmed, as the server stores it.
// enabled is left out: it is its own action, with its own confirmation.
QJsonObject userChanges(const User& before, const User& after);

// customer.update params (without "id") for what differs: name, language, notes, services
// (compared by kind, name and details in order; a changed list is sent whole).
QJsonObject customerChanges(const Customer& before, const Customer& after);

} // namespace helpdesk::client
