// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketactivity.h"

#include "connection.h"
#include "protocol/methods.h"

#include <QJsonArray>

namespace helpdesk::client {

TicketActivity::TicketActivity(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_clock.start();
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &TicketActivity::expireTyping);
    connect(connection, &Connection::ticketActivity, this, &TicketActivity::onPush);
    // After a reconnect the server knows nothing of this client's viewing: say it again.
    connect(connection, &Connection::loggedIn, this, [this] {
        if (m_ticket.isValid())
            send(QStringLiteral("viewing"));
    });
}

void TicketActivity::setTicket(TicketId ticket)
{
    if (ticket == m_ticket)
        return;
    if (m_ticket.isValid())
        send(QStringLiteral("left"));
    m_ticket = ticket;
    m_others.clear();
    m_typingSince.clear();
    m_lastTyping.invalidate();
    emit othersChanged();
    if (m_ticket.isValid())
        send(QStringLiteral("viewing"));
}

void TicketActivity::typed()
{
    if (!m_ticket.isValid() || (m_lastTyping.isValid() && m_lastTyping.elapsed() < kTypingMs))
        return;
    m_lastTyping.start();
    send(QStringLiteral("typing"));
}

void TicketActivity::send(const QString& state)
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!me || !isStaff(me->role) || !m_connection->isReady())
        return;
    const TicketId ticket = m_ticket;
    m_connection->call(QString(method::TicketSetActivity),
        QJsonObject { { QStringLiteral("ticketId"), ticket.value() },
            { QStringLiteral("state"), state } },
        this, [this, ticket, state](const QJsonValue& result) {
            if (ticket != m_ticket || state == QLatin1String("left"))
                return;
            for (const QJsonValue& item : result.toObject().value(QLatin1String("viewers")).toArray()) {
                const QJsonObject viewer = item.toObject();
                onPush(ticket, UserId(viewer.value(QLatin1String("userId")).toInteger()),
                    viewer.value(QLatin1String("state")).toString());
            }
        });
}

void TicketActivity::onPush(TicketId ticket, UserId user, const QString& state)
{
    if (ticket != m_ticket || !user.isValid())
        return;
    if (state == QLatin1String("left")) {
        m_others.remove(user.value());
        m_typingSince.remove(user.value());
    } else if (state == QLatin1String("typing")) {
        m_others.insert(user.value(), State::Typing);
        m_typingSince.insert(user.value(), m_clock.elapsed());
        m_expiry.start();
    } else if (!m_others.contains(user.value())) {
        m_others.insert(user.value(), State::Viewing);
    }
    emit othersChanged();
}

void TicketActivity::expireTyping()
{
    bool expired = false;
    for (auto it = m_typingSince.begin(); it != m_typingSince.end();) {
        if (m_clock.elapsed() - it.value() >= kTypingShownMs) {
            if (m_others.contains(it.key()))
                m_others[it.key()] = State::Viewing;
            it = m_typingSince.erase(it);
            expired = true;
        } else {
            ++it;
        }
    }
    if (m_typingSince.isEmpty())
        m_expiry.stop();
    if (expired)
        emit othersChanged();
}

} // namespace helpdesk::client
