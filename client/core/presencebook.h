// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace helpdesk::client {

class Connection;

// Staff presence (issue 12): "online", "away" or "offline" per staff user, loaded with
// presence.list after login and kept current by presence.changed pushes. Also sets the
// logged-in user's own status (by hand, or "away" after inactivity).
class PresenceBook : public QObject
{
    Q_OBJECT
public:
    explicit PresenceBook(Connection* connection, QObject* parent = nullptr);

    // "online", "away" or "offline"; "offline" for users not known (yet).
    QString presenceOf(UserId user) const;
    QString myPresence() const;
    bool myStatusIsManual() const { return m_manual; }
    // presence.set; manual = chosen by the user (an inactivity change is not).
    void setMyStatus(const QString& status, bool manual);
    // How many other staff users are online (not away).
    int onlineColleagues() const;

Q_SIGNALS:
    void changed();

private:
    void reload();

    QPointer<Connection> m_connection;
    QHash<qint64, QString> m_presence;
    bool m_manual = false;
};

} // namespace helpdesk::client
