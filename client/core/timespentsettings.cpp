// SPDX-License-Identifier: GPL-3.0-or-later
#include "timespentsettings.h"

#include "connection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace helpdesk::client {

TimeSpentSettings::TimeSpentSettings(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection, &Connection::loggedIn, this, &TimeSpentSettings::refresh);
}

void TimeSpentSettings::refresh()
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!user || !isStaff(user->role))
        return; // customers never account time
    m_connection->call(QStringLiteral("timeSpent.settings"), {}, this, [this](const QJsonValue& result) {
        QSet<qint64> required;
        for (const QJsonValue& item : result.toObject().value(QLatin1String("items")).toArray()) {
            const QJsonObject setting = item.toObject();
            if (setting.value(QLatin1String("required")).toBool())
                required.insert(setting.value(QLatin1String("queueId")).toInteger());
        }
        if (required != m_required) {
            m_required = required;
            emit changed();
        }
    });
}

bool TimeSpentSettings::isRequired(const std::optional<QueueId>& queue) const
{
    return queue && m_required.contains(queue->value());
}

} // namespace helpdesk::client
