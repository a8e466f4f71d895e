// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttype.h"

#include <QJsonArray>

namespace helpdesk::server {

namespace {

QJsonObject textsJson(const QMap<QString, QString>& texts)
{
    QJsonObject object;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

RequestField common(const char* key, const char* kind, const char* label)
{
    return { QString::fromLatin1(key), QString::fromLatin1(kind), false,
        { { QStringLiteral("en"), QString::fromLatin1(label) } }, {} };
}

} // namespace

namespace requests {

const QStringList kFieldKinds { QStringLiteral("text"), QStringLiteral("date"),
    QStringLiteral("choice"), QStringLiteral("service") };

const QVector<RequestField>& commonFields()
{
    // English labels only: clients show their own translation of these four keys.
    static const QVector<RequestField> fields {
        common("affected", "service", "What is affected"),
        common("since", "date", "Since when"),
        common("error", "text", "The exact error message"),
        common("tried", "text", "What was already tried"),
    };
    return fields;
}

const RequestField* findField(const RequestType& type, const QString& key)
{
    for (const RequestField& field : commonFields()) {
        if (field.key == key)
            return &field;
    }
    for (const RequestField& field : type.fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

QString pick(const QMap<QString, QString>& texts, const QStringList& languages)
{
    for (const QString& language : languages) {
        if (language.isEmpty())
            continue;
        if (texts.contains(language))
            return texts.value(language);
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        if (texts.contains(base))
            return texts.value(base);
    }
    if (texts.contains(QStringLiteral("en")))
        return texts.value(QStringLiteral("en"));
    return texts.isEmpty() ? QString() : texts.first();
}

} // namespace requests

QJsonObject RequestField::toJson(const QStringList& languages, bool all, bool common) const
{
    QJsonObject object { { QStringLiteral("key"), key }, { QStringLiteral("kind"), kind },
        { QStringLiteral("required"), required },
        { QStringLiteral("label"), requests::pick(labels, languages) },
        { QStringLiteral("choices"), QJsonArray::fromStringList(choices) },
        { QStringLiteral("common"), common } };
    if (all)
        object.insert(QStringLiteral("labels"), textsJson(labels));
    return object;
}

QJsonObject RequestType::toJson(const QStringList& languages, bool staff) const
{
    QJsonArray fieldList;
    for (const RequestField& field : requests::commonFields())
        fieldList.append(field.toJson(languages, false, true));
    for (const RequestField& field : fields)
        fieldList.append(field.toJson(languages, staff, false));
    QJsonObject object { { QStringLiteral("id"), double(id.value()) },
        { QStringLiteral("key"), key },
        { QStringLiteral("name"), requests::pick(names, languages) },
        { QStringLiteral("queueId"),
            queueId ? QJsonValue(double(queueId->value())) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("sensitive"), sensitive },
        { QStringLiteral("position"), double(position) },
        { QStringLiteral("archived"), archived() },
        { QStringLiteral("version"), double(version) },
        { QStringLiteral("fields"), fieldList } };
    if (staff)
        object.insert(QStringLiteral("names"), textsJson(names));
    return object;
}

} // namespace helpdesk::server
