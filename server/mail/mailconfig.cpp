// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace helpdesk::server::mail {

namespace {

std::optional<UnknownSenders> unknownSendersFrom(const QString& text)
{
    if (text == QLatin1String("domain-or-new"))
        return UnknownSenders::DomainOrNew;
    if (text == QLatin1String("domain"))
        return UnknownSenders::Domain;
    if (text == QLatin1String("reject"))
        return UnknownSenders::Reject;
    return std::nullopt;
}

bool readQueue(
    const QString& name, const QJsonObject& object, QueueMailConfig& queue, QString* error)
{
    queue.address = object.value(QStringLiteral("address")).toString();
    queue.maildir = object.value(QStringLiteral("maildir")).toString();
    queue.pollSeconds = object.value(QStringLiteral("pollSeconds")).toInt(queue.pollSeconds);
    queue.acknowledge = object.value(QStringLiteral("acknowledge")).toBool(queue.acknowledge);
    const auto policy = unknownSendersFrom(
        object.value(QStringLiteral("unknownSenders")).toString(QStringLiteral("domain-or-new")));
    if (!policy || queue.pollSeconds < 1) {
        *error = QStringLiteral("queues.%1: unknownSenders is domain-or-new, domain or reject; "
                                "pollSeconds at least 1")
                     .arg(name);
        return false;
    }
    queue.unknownSenders = *policy;
    return true;
}

// "weeklySummary": false, or {"day": "monday", "at": "07:00"} (either key may be left out).
bool readWeeklySummary(const QJsonValue& value, WeeklySummaryConfig& summary, QString* error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isBool()) {
        summary.enabled = value.toBool();
        return true;
    }
    const QJsonObject object = value.toObject();
    static const QStringList days { QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday") };
    const int day = days.indexOf(object.value(QStringLiteral("day")).toString(days.first()).toLower());
    const QString atText = object.value(QStringLiteral("at")).toString(QStringLiteral("07:00"));
    QTime at = QTime::fromString(atText, QStringLiteral("HH:mm"));
    if (!at.isValid())
        at = QTime::fromString(atText, QStringLiteral("HH:mm:ss"));
    if (!value.isObject() || day < 0 || !at.isValid()) {
        *error = QStringLiteral("weeklySummary is false or {\"day\": \"monday\" ... \"sunday\", "
                                "\"at\": \"HH:MM\"}");
        return false;
    }
    summary.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    summary.day = day + 1;
    summary.at = at;
    return true;
}

} // namespace

std::optional<MailConfig> parseMailConfig(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    MailConfig config;
    config.domain = root.value(QStringLiteral("domain")).toString(config.domain);
    config.fromName = root.value(QStringLiteral("fromName")).toString(config.fromName);
    config.ratingUrl = root.value(QStringLiteral("ratingUrl")).toString();
    config.maxMessageBytes
        = root.value(QStringLiteral("maxMessageBytes")).toInteger(config.maxMessageBytes);
    config.sendersPerHour
        = root.value(QStringLiteral("sendersPerHour")).toInt(config.sendersPerHour);
    if (config.domain.isEmpty() || config.maxMessageBytes < 1024 || config.sendersPerHour < 1) {
        *error = QStringLiteral("domain must be set, maxMessageBytes at least 1024, "
                                "sendersPerHour at least 1");
        return std::nullopt;
    }
    if (!readWeeklySummary(root.value(QStringLiteral("weeklySummary")), config.weeklySummary, error))
        return std::nullopt;
    const QJsonObject queues = root.value(QStringLiteral("queues")).toObject();
    for (auto it = queues.begin(); it != queues.end(); ++it) {
        QueueMailConfig queue;
        if (!readQueue(it.key(), it.value().toObject(), queue, error))
            return std::nullopt;
        config.queues.insert(it.key(), queue);
    }
    const QJsonObject smtp = root.value(QStringLiteral("smtp")).toObject();
    config.smtp.url = smtp.value(QStringLiteral("url")).toString();
    config.smtp.requireTls = smtp.value(QStringLiteral("requireTls")).toBool(true);
    config.smtp.user = smtp.value(QStringLiteral("user")).toString();
    config.smtp.password = smtp.value(QStringLiteral("password")).toString();
    config.smtp.from = smtp.value(QStringLiteral("from")).toString();
    config.smtp.caFile = smtp.value(QStringLiteral("caFile")).toString();
    SmtpConfig& s = config.smtp;
    s.timeoutSeconds = smtp.value(QStringLiteral("timeoutSeconds")).toInt(s.timeoutSeconds);
    s.pollSeconds = smtp.value(QStringLiteral("pollSeconds")).toDouble(s.pollSeconds);
    s.retrySeconds = smtp.value(QStringLiteral("retrySeconds")).toInt(s.retrySeconds);
    s.maxRetrySeconds = smtp.value(QStringLiteral("maxRetrySeconds")).toInt(s.maxRetrySeconds);
    s.leaseSeconds = smtp.value(QStringLiteral("leaseSeconds")).toInt(s.leaseSeconds);
    if (s.timeoutSeconds < 1 || s.pollSeconds < 0.1 || s.retrySeconds < 1
        || s.maxRetrySeconds < s.retrySeconds || s.leaseSeconds <= s.timeoutSeconds) {
        *error = QStringLiteral("smtp: timeoutSeconds and retrySeconds at least 1, pollSeconds "
                                "at least 0.1, maxRetrySeconds at least retrySeconds, "
                                "leaseSeconds more than timeoutSeconds");
        return std::nullopt;
    }
    return config;
}

std::optional<MailConfig> loadMailConfig(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return MailConfig();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto config = parseMailConfig(file.readAll(), error);
    if (!config)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return config;
}

} // namespace helpdesk::server::mail
