// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QJsonObject>
#include <QMap>
#include <QVector>

#include <optional>

namespace helpdesk::server {

// One question a request type asks: a common one (every type asks them) or its own.
struct RequestField
{
    QString key; // [a-z0-9_], 1-64
    QString kind; // text, date, choice, service
    bool required = false;
    QMap<QString, QString> labels; // locale -> label; "en" always there
    QStringList choices; // kind choice only

    // `languages`: the caller's, in the order of the fallback; `all`: with every label.
    QJsonObject toJson(const QStringList& languages, bool all, bool common) const;
};

// What a request is about, the queue it goes to, and what it asks (issue 11).
struct RequestType
{
    RequestTypeId id;
    QString key;
    std::optional<QueueId> queueId;
    QString queueKind; // "" without a queue
    bool sensitive = false;
    qint64 position = 0;
    std::optional<qint64> archivedAt;
    qint64 version = 1;
    QMap<QString, QString> names; // locale -> name
    QVector<RequestField> fields; // its own, in order (the common ones are not stored)

    bool archived() const { return archivedAt.has_value(); }
    QJsonObject toJson(const QStringList& languages, bool staff) const;
};

namespace requests {
extern const QStringList kFieldKinds;
// The fields every type asks first: affected (service), since (date), error, tried (text).
const QVector<RequestField>& commonFields();
const RequestField* findField(const RequestType& type, const QString& key);
// The text of `texts` in the first of `languages` it has (a locale like hr_HR also matches
// hr), else English, else any.
QString pick(const QMap<QString, QString>& texts, const QStringList& languages);
} // namespace requests

} // namespace helpdesk::server
