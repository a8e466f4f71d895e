// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencebook.h"

#include "connection.h"
#include "protocol/methods.h"

#include <QJsonArray>

namespace helpdesk::client {

PresenceBook::PresenceBook(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection, &Connection::loggedIn, this, &PresenceBook::reload);
    connect(connection, &Connection::resynced, this, &PresenceBook::reload);
    connect(connection, &Connection::presenceChanged, this,
        [this](UserId user, const QString& presence) {
            m_presence.insert(user.value(), presence);
            emit changed();
        });
    if (connection->isReady())
        reload();
}

void PresenceBook::reload()
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!me || !isStaff(me->role))
        return;
    m_connection->call(QString(method::PresenceList), QJsonObject(), this,
        [this](const QJsonValue& result) {
            m_presence.clear();
            for (const QJsonValue& item : result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject state = item.toObject();
                m_presence.insert(state.value(QLatin1String("userId")).toInteger(),
                    state.value(QLatin1String("presence")).toString());
            }
            emit changed();
        });
}

QString PresenceBook::presenceOf(UserId user) const
{
    return m_presence.value(user.value(), QStringLiteral("offline"));
}

QString PresenceBook::myPresence() const
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!me || !m_connection->isReady())
        return QStringLiteral("offline");
    // Connected is at least online: the server counts the session just after the login, so
    // a list read at once may not have it yet (and nobody pushes our own presence to us).
    const QString presence = presenceOf(me->id);
    return presence == QLatin1String("offline") ? QStringLiteral("online") : presence;
}

void PresenceBook::setMyStatus(const QString& status, bool manual)
{
    if (!m_connection)
        return;
    m_manual = manual && status == QLatin1String("away");
    m_connection->call(QString(method::PresenceSet),
        QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("manual"), manual } },
        this, [this](const QJsonValue& result) {
            const QJsonObject state = result.toObject();
            m_presence.insert(state.value(QLatin1String("userId")).toInteger(),
                state.value(QLatin1String("presence")).toString());
            emit changed();
        });
}

int PresenceBook::onlineColleagues() const
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    int count = 0;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it)
        count += it.value() == QLatin1String("online") && !(me && it.key() == me->id.value());
    return count;
}

} // namespace helpdesk::client
