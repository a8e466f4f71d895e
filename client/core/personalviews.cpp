// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalviews.h"

#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"

#include <QJsonArray>

namespace helpdesk::client {

PersonalViews::PersonalViews(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection, &Connection::loggedIn, this, &PersonalViews::reload);
    if (connection->isReady())
        reload();
}

void PersonalViews::reload()
{
    if (!m_connection || !m_connection->isReady())
        return;
    m_connection->call(QString(method::ViewList), QJsonObject(), this,
        [this](const QJsonValue& result) {
            m_views.clear();
            for (const QJsonValue& item : result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject view = item.toObject();
                m_views << View { view.value(QLatin1String("id")).toInteger(),
                    view.value(QLatin1String("name")).toString(),
                    TicketQuery::fromJson(view.value(QLatin1String("filter")).toObject(),
                        view.value(QLatin1String("sort")).toObject()) };
            }
            emit changed();
        });
}

void PersonalViews::save(const QString& name, const TicketQuery& query)
{
    if (!m_connection)
        return;
    m_connection->call(QString(method::ViewSave),
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("filter"), query.filterJson() },
            { QStringLiteral("sort"), query.sortJson() } },
        this, [this](const QJsonValue&) { reload(); },
        [this](const rpc::Error& error) { emit failed(errorText(error)); });
}

void PersonalViews::remove(qint64 id)
{
    if (!m_connection)
        return;
    m_connection->call(QString(method::ViewDelete), QJsonObject { { QStringLiteral("id"), id } },
        this, [this](const QJsonValue&) { reload(); },
        [this](const rpc::Error& error) { emit failed(errorText(error)); });
}

} // namespace helpdesk::client
