// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace helpdesk::server {

// A JSON number that is a whole number a double holds exactly (|n| ≤ 2^53 − 1); nullopt for
// anything else (converting a larger double to qint64 is undefined behaviour).
std::optional<qint64> jsonInteger(const QJsonValue& value);

// Typed access to a request's params. A wrong JSON type throws -32602 naming the field
// (invalid params); values of the right type that break a rule are the handler's to reject
// with 1022 (see validationError()).
class Params
{
public:
    explicit Params(const QJsonObject& object, QString prefix = {});

    bool has(const QString& name) const { return m_object.contains(name); }
    bool isNull(const QString& name) const;

    qint64 requiredId(const QString& name) const;
    std::optional<qint64> optionalId(const QString& name) const; // absent or null → nullopt
    std::optional<qint64> optionalInt(const QString& name) const;
    QString requiredString(const QString& name) const;
    std::optional<QString> optionalString(const QString& name) const;
    bool optionalBool(const QString& name, bool fallback) const;
    std::optional<QJsonObject> optionalObject(const QString& name) const;
    std::optional<QJsonArray> optionalArray(const QString& name) const;
    std::optional<QStringList> optionalStringList(const QString& name) const;
    // A time in the wire form (ISO 8601 with offset) as milliseconds since the epoch; not a
    // string: -32602; a string that is no such time: 1022 "not an ISO 8601 time with offset".
    std::optional<qint64> optionalTimeMs(const QString& name) const;

    // Fails with -32602 for any key not in `allowed`, so a typo does not pass silently.
    void rejectUnknown(const QStringList& allowed) const;

    QString fieldName(const QString& name) const { return m_prefix + name; }
    const QJsonObject& object() const { return m_object; }

private:
    [[noreturn]] void typeError(const QString& name, const QString& expected) const;
    QJsonObject m_object;
    QString m_prefix;
};

// Throws 1022 validation_failed with data.fields = {field: reason}.
[[noreturn]] void validationError(const QString& field, const QString& reason);

// Checks and normalises a free-text field: trimmed, non-empty, at most maxChars.
QString validText(const QString& field, const QString& value, int maxChars, bool trim = true);

} // namespace helpdesk::server
