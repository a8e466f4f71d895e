// SPDX-License-Identifier: GPL-3.0-or-later
#include "admintypes.h"

#include <QJsonArray>

namespace helpdesk::client {

namespace {

void putIfChanged(
    QJsonObject* changes, const char* key, const QString& before, const QString& after)
{
    if (before.trimmed() != after.trimmed())
        changes->insert(QLatin1String(key), after.trimmed());
}

bool sameServices(const QVector<Service>& a, const QVector<Service>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].name.trimmed() != b[i].name.trimmed()
            || a[i].details != b[i].details)
            return false;
    }
    return true;
}

} // namespace

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const char* what) -> std::optional<AuditEntry> {
        if (error)
            *error = QLatin1String(what);
        return std::nullopt;
    };
    AuditEntry entry;
    entry.id = object.value(QLatin1String("id")).toInteger();
    if (entry.id <= 0)
        return fail("id: expected a positive integer");
    entry.at = fromWireTime(object.value(QLatin1String("at")).toString());
    if (!entry.at.isValid())
        return fail("at: expected a time");
    entry.action = object.value(QLatin1String("action")).toString();
    if (entry.action.isEmpty())
        return fail("action: expected a string");
    if (const qint64 actor = object.value(QLatin1String("actorId")).toInteger(); actor > 0)
        entry.actorId = UserId(actor);
    entry.address = object.value(QLatin1String("address")).toString();
    entry.objectType = object.value(QLatin1String("objectType")).toString();
    if (const qint64 target = object.value(QLatin1String("objectId")).toInteger(); target > 0)
        entry.objectId = target;
    entry.details = object.value(QLatin1String("details")).toObject();
    return entry;
}

std::optional<QVector<AuditEntry>> auditEntriesFromJson(const QJsonValue& value)
{
    const QJsonValue items = value.toObject().value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    QVector<AuditEntry> entries;
    for (const QJsonValue& item : items.toArray()) {
        const auto entry = AuditEntry::fromJson(item.toObject());
        if (!entry)
            return std::nullopt;
        entries.append(*entry);
    }
    return entries;
}

QJsonObject AuditFilter::toJson() const
{
    QJsonObject params { { QStringLiteral("limit"), limit } };
    if (!action.isEmpty())
        params.insert(QStringLiteral("action"), action);
    if (actorId)
        params.insert(QStringLiteral("actorId"), actorId->value());
    if (!objectType.isEmpty())
        params.insert(QStringLiteral("objectType"), objectType);
    if (objectId)
        params.insert(QStringLiteral("objectId"), *objectId);
    if (since.isValid())
        params.insert(QStringLiteral("since"), toWireTime(since));
    if (until.isValid())
        params.insert(QStringLiteral("until"), toWireTime(until));
    if (beforeId)
        params.insert(QStringLiteral("beforeId"), *beforeId);
    return params;
}

QJsonObject userChanges(const User& before, const User& after)
{
    QJsonObject changes;
    putIfChanged(&changes, "name", before.name, after.name);
    putIfChanged(&changes, "email", before.email, after.email);
    putIfChanged(&changes, "phone", before.phone, after.phone);
    putIfChanged(&changes, "locale", before.locale, after.locale);
    if (after.contactRole && before.contactRole != after.contactRole)
        changes.insert(QStringLiteral("contactRole"), toString(*after.contactRole));
    return changes;
}

QJsonObject customerChanges(const Customer& before, const Customer& after)
{
    QJsonObject changes;
    putIfChanged(&changes, "name", before.name, after.name);
    putIfChanged(&changes, "language", before.language, after.language);
    if (before.notes != after.notes)
        changes.insert(QStringLiteral("notes"), after.notes);
    const QVector<Service> oldServices = before.services.value_or(QVector<Service> {});
    const QVector<Service> newServices = after.services.value_or(QVector<Service> {});
    if (!sameServices(oldServices, newServices)) {
        QJsonArray services;
        for (const Service& service : newServices) {
            QJsonObject item { { QStringLiteral("kind"), service.kind },
                { QStringLiteral("name"), service.name.trimmed() } };
            if (!service.details.isEmpty())
                item.insert(QStringLiteral("details"), service.details);
            services.append(item);
        }
        changes.insert(QStringLiteral("services"), services);
    }
    return changes;
}

} // namespace helpdesk::client
