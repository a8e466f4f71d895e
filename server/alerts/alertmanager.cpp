// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanager.h"

#include "alert.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk::server::alerts {

namespace {

constexpr int kMaxAlerts = 1000;

QString cut(const QString& text, int maxChars)
{
    return text.trimmed().left(maxChars).trimmed();
}

// The alertname and the labels, sorted, as a key when Alertmanager gave no fingerprint.
QString labelKey(const QJsonObject& labels)
{
    QByteArray all;
    for (const QString& name : labels.keys()) // QJsonObject keys are sorted
        all += name.toUtf8() + '=' + labels.value(name).toString().toUtf8() + '\n';
    return labels.value(QLatin1String("alertname")).toString().left(60) + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex().left(32));
}

QString hostOf(const QJsonObject& labels)
{
    QString instance = labels.value(QLatin1String("instance")).toString();
    if (instance.isEmpty())
        return labels.value(QLatin1String("host")).toString();
    if (instance.startsWith(QLatin1Char('['))) // [2001:db8::1]:9100
        return instance.section(QLatin1Char(']'), 0, 0).mid(1);
    if (instance.count(QLatin1Char(':')) == 1)
        instance = instance.section(QLatin1Char(':'), 0, 0);
    return instance;
}

QJsonObject stringLabels(const QJsonObject& labels)
{
    QJsonObject result;
    for (auto it = labels.begin(); it != labels.end() && result.size() < kMaxLabels; ++it) {
        if (it.value().isString() && !it.key().isEmpty())
            result.insert(it.key().left(kMaxNameChars), it.value().toString().left(kMaxSummaryChars));
    }
    return result;
}

QJsonObject mapAlert(const QJsonObject& alert)
{
    const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
    const QJsonObject annotations = alert.value(QLatin1String("annotations")).toObject();
    const QString fingerprint = alert.value(QLatin1String("fingerprint")).toString();
    QString key = cut(fingerprint.isEmpty() ? labelKey(labels) : QStringLiteral("am/") + fingerprint,
        kMaxKeyChars);
    const QString host = cut(hostOf(labels), kMaxNameChars);
    QString summary = cut(annotations.value(QLatin1String("summary")).toString(), kMaxSummaryChars);
    if (summary.isEmpty()) {
        const QString name = labels.value(QLatin1String("alertname")).toString();
        summary = cut(host.isEmpty() ? name : QStringLiteral("%1 on %2").arg(name, host),
            kMaxSummaryChars);
    }
    if (summary.isEmpty())
        summary = QStringLiteral("Alert");
    QString severity = labels.value(QLatin1String("severity")).toString().trimmed();
    if (!priorityOfSeverity(severity))
        severity.clear();
    QString service = labels.value(QLatin1String("service")).toString();
    if (service.isEmpty())
        service = labels.value(QLatin1String("job")).toString();
    QJsonObject params { { QStringLiteral("key"), key },
        { QStringLiteral("status"), alert.value(QLatin1String("status")).toString() },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("labels"), stringLabels(labels) } };
    const QString description
        = cut(annotations.value(QLatin1String("description")).toString(), kMaxDescriptionChars);
    if (!description.isEmpty())
        params.insert(QStringLiteral("description"), description);
    if (!severity.isEmpty())
        params.insert(QStringLiteral("severity"), severity);
    if (!host.isEmpty())
        params.insert(QStringLiteral("host"), host);
    if (!service.trimmed().isEmpty())
        params.insert(QStringLiteral("service"), cut(service, kMaxNameChars));
    return params;
}

} // namespace

QVector<QJsonObject> alertsFromAlertmanager(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
            : QStringLiteral("not a JSON object");
        return {};
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toString() != QLatin1String("4")) {
        *error = QStringLiteral("not an Alertmanager webhook of version 4");
        return {};
    }
    const QJsonValue alerts = root.value(QLatin1String("alerts"));
    if (!alerts.isArray() || alerts.toArray().size() > kMaxAlerts) {
        *error = QStringLiteral("alerts must be an array of at most %1").arg(kMaxAlerts);
        return {};
    }
    QVector<QJsonObject> result;
    for (const QJsonValue& value : alerts.toArray()) {
        const QJsonObject alert = value.toObject();
        const QString status = alert.value(QLatin1String("status")).toString();
        if (!value.isObject()
            || (status != QLatin1String("firing") && status != QLatin1String("resolved"))) {
            *error = QStringLiteral("alerts.%1: an object with status firing or resolved")
                         .arg(result.size());
            return {};
        }
        result << mapAlert(alert);
    }
    if (result.isEmpty())
        *error = QString(); // a valid body with no alerts: nothing to do
    return result;
}

} // namespace helpdesk::server::alerts
