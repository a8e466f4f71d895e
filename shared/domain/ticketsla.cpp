// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsla.h"

#include "types.h"

namespace helpdesk {

namespace {

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toWireTime(time)) : QJsonValue(QJsonValue::Null);
}

// A nullable wire time; false when the value is neither null nor a valid time.
bool readTime(const QJsonObject& object, const QString& key, QDateTime* time)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return true;
    *time = value.isString() ? fromWireTime(value.toString()) : QDateTime();
    return time->isValid();
}

bool fail(QString* error, const QString& field)
{
    if (error)
        *error = field + QStringLiteral(": must be a wire time, an object or null");
    return false;
}

QJsonValue targetJson(const std::optional<SlaTarget>& target)
{
    return target ? QJsonValue(target->toJson()) : QJsonValue(QJsonValue::Null);
}

bool readTarget(const QJsonObject& object, const QString& key, std::optional<SlaTarget>* target,
    QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return true;
    *target = value.isObject() ? SlaTarget::fromJson(value.toObject(), error) : std::nullopt;
    return target->has_value() || fail(error, key);
}

} // namespace

QJsonObject SlaTarget::toJson() const
{
    return QJsonObject { { QStringLiteral("dueAt"), timeJson(dueAt) },
        { QStringLiteral("metAt"), timeJson(metAt) },
        { QStringLiteral("breached"), breached } };
}

std::optional<SlaTarget> SlaTarget::fromJson(const QJsonObject& object, QString* error)
{
    SlaTarget target;
    if (!readTime(object, QStringLiteral("dueAt"), &target.dueAt) && !fail(error, QStringLiteral("dueAt")))
        return std::nullopt;
    if (!readTime(object, QStringLiteral("metAt"), &target.metAt) && !fail(error, QStringLiteral("metAt")))
        return std::nullopt;
    target.breached = object.value(QStringLiteral("breached")).toBool();
    return target;
}

QJsonObject TicketSla::toJson() const
{
    return QJsonObject { { QStringLiteral("policyId"), policyId },
        { QStringLiteral("paused"), paused }, { QStringLiteral("dueAt"), timeJson(dueAt) },
        { QStringLiteral("firstResponse"), targetJson(firstResponse) },
        { QStringLiteral("nextResponse"), targetJson(nextResponse) },
        { QStringLiteral("resolution"), targetJson(resolution) } };
}

std::optional<TicketSla> TicketSla::fromJson(const QJsonObject& object, QString* error)
{
    TicketSla sla;
    sla.policyId = object.value(QStringLiteral("policyId")).toInteger();
    sla.paused = object.value(QStringLiteral("paused")).toBool();
    if (!readTime(object, QStringLiteral("dueAt"), &sla.dueAt) && !fail(error, QStringLiteral("dueAt")))
        return std::nullopt;
    if (!readTarget(object, QStringLiteral("firstResponse"), &sla.firstResponse, error)
        || !readTarget(object, QStringLiteral("nextResponse"), &sla.nextResponse, error)
        || !readTarget(object, QStringLiteral("resolution"), &sla.resolution, error))
        return std::nullopt;
    return sla;
}

} // namespace helpdesk
