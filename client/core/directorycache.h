// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names for the ids in tickets and messages: users (authors, assignees), queues and customer
// organisations, loaded after login and refreshed after a reconnect or when a pushed ticket
// names someone not yet known. Customers see their own organisation's contacts only.

#include "domain/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;

class DirectoryCache : public QObject
{
    Q_OBJECT

public:
    explicit DirectoryCache(Connection* connection, QObject* parent = nullptr);

    // Reloads everything; done automatically on login and resync.
    void refresh();
    bool isLoaded() const { return m_loaded; }

    // Empty when unknown; the UI then shows the id.
    QString userName(UserId id) const;
    QString queueName(QueueId id) const;
    QString customerName(CustomerId id) const;
    std::optional<User> user(UserId id) const;

    // Sorted by name, for pickers.
    QVector<User> users() const;
    QVector<User> staff() const;
    QVector<Queue> queues() const;
    QVector<Customer> customers() const;

Q_SIGNALS:
    void changed();

private:
    void loadUsers(int generation, qint64 offset, bool staffOnly);
    void loadCustomers(int generation, qint64 offset);
    void loadQueues(int generation);
    void finishPart(int generation);
    void noteIds(std::optional<UserId> user, std::optional<CustomerId> customer,
        std::optional<QueueId> queue);

    QPointer<Connection> m_connection;
    QHash<qint64, User> m_users;
    QHash<qint64, Queue> m_queues;
    QHash<qint64, Customer> m_customers;
    // Filled while a refresh runs and swapped in at the end, so lookups never see half a list.
    QHash<qint64, User> m_nextUsers;
    QHash<qint64, Queue> m_nextQueues;
    QHash<qint64, Customer> m_nextCustomers;
    int m_generation = 0;
    int m_partsLeft = 0;
    bool m_loaded = false;
    QTimer m_refreshTimer; // coalesces refreshes asked for by unknown ids
};

} // namespace helpdesk::client
