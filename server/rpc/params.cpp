// SPDX-License-Identifier: GPL-3.0-or-later
#include "params.h"

#include "rpcexception.h"

#include "domain/types.h"

#include <cmath>

namespace helpdesk::server {

namespace {
constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1
} // namespace

std::optional<qint64> jsonInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxSafeInteger)
        return std::nullopt;
    return qint64(d);
}

Params::Params(const QJsonObject& object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

bool Params::isNull(const QString& name) const
{
    return m_object.contains(name) && m_object.value(name).isNull();
}

void Params::typeError(const QString& name, const QString& expected) const
{
    throw RpcException(rpc::Error::invalidParams(fieldName(name), expected));
}

qint64 Params::requiredId(const QString& name) const
{
    if (!m_object.contains(name))
        typeError(name, QStringLiteral("required"));
    const auto id = optionalId(name);
    if (!id)
        typeError(name, QStringLiteral("expected a positive integer id"));
    return *id;
}

std::optional<qint64> Params::optionalId(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto number = jsonInteger(value);
    if (!number || *number <= 0)
        typeError(name, QStringLiteral("expected a positive integer id"));
    return number;
}

std::optional<qint64> Params::optionalInt(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto number = jsonInteger(value);
    if (!number)
        typeError(name, QStringLiteral("expected an integer"));
    return number;
}

QString Params::requiredString(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        typeError(name, QStringLiteral("required"));
    if (!value.isString())
        typeError(name, QStringLiteral("expected a string"));
    return value.toString();
}

std::optional<QString> Params::optionalString(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        typeError(name, QStringLiteral("expected a string"));
    return value.toString();
}

bool Params::optionalBool(const QString& name, bool fallback) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        typeError(name, QStringLiteral("expected true or false"));
    return value.toBool();
}

std::optional<QJsonObject> Params::optionalObject(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        typeError(name, QStringLiteral("expected an object"));
    return value.toObject();
}

std::optional<QJsonArray> Params::optionalArray(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        typeError(name, QStringLiteral("expected an array"));
    return value.toArray();
}

std::optional<qint64> Params::optionalTimeMs(const QString& name) const
{
    const auto text = optionalString(name);
    if (!text)
        return std::nullopt;
    const QDateTime time = fromWireTime(*text);
    if (!time.isValid())
        validationError(fieldName(name), QStringLiteral("not an ISO 8601 time with offset"));
    return time.toMSecsSinceEpoch();
}

std::optional<QStringList> Params::optionalStringList(const QString& name) const
{
    const auto array = optionalArray(name);
    if (!array)
        return std::nullopt;
    QStringList list;
    list.reserve(array->size());
    for (const QJsonValue& item : *array) {
        if (!item.isString())
            typeError(name, QStringLiteral("expected an array of strings"));
        list << item.toString();
    }
    return list;
}

void Params::rejectUnknown(const QStringList& allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key()))
            typeError(it.key(), QStringLiteral("unknown field"));
    }
}

void validationError(const QString& field, const QString& reason)
{
    throw RpcException(rpc::Error::validation(field, reason));
}

QString validText(const QString& field, const QString& value, int maxChars, bool trim)
{
    const QString text = trim ? value.trimmed() : value;
    if (text.trimmed().isEmpty())
        validationError(field, QStringLiteral("must not be empty"));
    if (text.size() > maxChars)
        validationError(field, QStringLiteral("longer than %1 characters").arg(maxChars));
    return text;
}

} // namespace helpdesk::server
