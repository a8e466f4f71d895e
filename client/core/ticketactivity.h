// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace helpdesk::client {

class Connection;

// Who else is on the open ticket (issue 12): tells the server which ticket this client
// views and when the user types on it (ticket.setActivity, typing at most every kTypingMs),
// and keeps the other staff's state from the answers and ticket.activity pushes. A "typing"
// expires after kTypingShownMs without another.
class TicketActivity : public QObject
{
    Q_OBJECT
public:
    enum class State { Viewing, Typing };
    static constexpr int kTypingMs = 3000;
    static constexpr int kTypingShownMs = 8000;

    explicit TicketActivity(Connection* connection, QObject* parent = nullptr);

    // The ticket shown now (invalid: none); the previous one is left.
    void setTicket(TicketId ticket);
    TicketId ticket() const { return m_ticket; }
    // The user typed in the composer.
    void typed();
    // The other staff on the ticket, by user id.
    QMap<qint64, State> others() const { return m_others; }

Q_SIGNALS:
    void othersChanged();

private:
    void send(const QString& state);
    void onPush(TicketId ticket, UserId user, const QString& state);
    void expireTyping();

    QPointer<Connection> m_connection;
    TicketId m_ticket;
    QMap<qint64, State> m_others;
    QHash<qint64, qint64> m_typingSince; // user → m_clock time of their last typing
    QElapsedTimer m_clock;
    QElapsedTimer m_lastTyping; // our own last typing call
    QTimer m_expiry;
};

} // namespace helpdesk::client
