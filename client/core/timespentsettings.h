// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace helpdesk::client {

class Connection;

// Which queues require staff to give the time spent with every reply or note
// (timeSpent.settings); read again with refresh(), e.g. when a ticket is opened.
class TimeSpentSettings : public QObject
{
    Q_OBJECT
public:
    explicit TimeSpentSettings(Connection* connection, QObject* parent = nullptr);

    void refresh();
    bool isRequired(const std::optional<QueueId>& queue) const;

Q_SIGNALS:
    void changed();

private:
    QPointer<Connection> m_connection;
    QSet<qint64> m_required;
};

} // namespace helpdesk::client
