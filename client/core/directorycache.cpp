// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorycache.h"

#include "connection.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDirectory, "helpdesk.client.directory", QtInfoMsg)

namespace helpdesk::client {

namespace {

constexpr int kPageSize = 500; // the server's maximum for user.list and customer.list
constexpr int kUnknownRefreshDelayMs = 2000;

template<typename T> QVector<T> sortedByName(const QHash<qint64, T>& items)
{
    QVector<T> list(items.cbegin(), items.cend());
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) {
        const int order = QString::localeAwareCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return list;
}

} // namespace

DirectoryCache::DirectoryCache(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kUnknownRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DirectoryCache::refresh);
    if (!m_connection)
        return;
    connect(m_connection, &Connection::loggedIn, this, &DirectoryCache::refresh);
    connect(m_connection, &Connection::resynced, this, &DirectoryCache::refresh);
    connect(m_connection, &Connection::queueChanged, this, [this](const Queue& queue) {
        m_queues.insert(queue.id.value(), queue);
        emit changed();
    });
    connect(m_connection, &Connection::ticketChanged, this, [this](const Ticket& ticket) {
        noteIds(ticket.assigneeId, ticket.customerId, ticket.queueId);
        noteIds(ticket.requesterId, std::nullopt, std::nullopt);
    });
    connect(
        m_connection, &Connection::messageAdded, this, [this](TicketId, const Message& message) {
            noteIds(message.authorId, std::nullopt, std::nullopt);
        });
    if (m_connection->isReady())
        refresh();
}

void DirectoryCache::refresh()
{
    m_refreshTimer.stop();
    if (!m_connection || !m_connection->isReady())
        return;
    const int generation = ++m_generation;
    m_nextUsers.clear();
    m_nextQueues.clear();
    m_nextCustomers.clear();
    const auto me = m_connection->currentUser();
    const bool staff = me && isStaff(me->role);
    // Customers may list their organisation's contacts and the support team's names, but
    // neither queues nor customers.
    m_partsLeft = staff ? 3 : 2;
    loadUsers(generation, 0, false);
    if (staff) {
        loadQueues(generation);
        loadCustomers(generation, 0);
    } else {
        loadUsers(generation, 0, true);
    }
}

QString DirectoryCache::userName(UserId id) const
{
    return m_users.value(id.value()).name;
}

QString DirectoryCache::queueName(QueueId id) const
{
    return m_queues.value(id.value()).name;
}

QString DirectoryCache::customerName(CustomerId id) const
{
    return m_customers.value(id.value()).name;
}

std::optional<User> DirectoryCache::user(UserId id) const
{
    const auto it = m_users.constFind(id.value());
    return it == m_users.constEnd() ? std::nullopt : std::optional<User>(*it);
}

QVector<User> DirectoryCache::users() const
{
    return sortedByName(m_users);
}

QVector<User> DirectoryCache::staff() const
{
    QVector<User> list = users();
    list.erase(std::remove_if(
                   list.begin(), list.end(), [](const User& user) { return !isStaff(user.role); }),
        list.end());
    return list;
}

QVector<Queue> DirectoryCache::queues() const
{
    return sortedByName(m_queues);
}

QVector<Customer> DirectoryCache::customers() const
{
    return sortedByName(m_customers);
}

void DirectoryCache::loadUsers(int generation, qint64 offset, bool staffOnly)
{
    QJsonObject params { { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), kPageSize } };
    if (staffOnly)
        params.insert(QStringLiteral("staff"), true);
    m_connection->listUsers(
        params, this,
        [this, generation, offset, staffOnly](const QVector<User>& page) {
            if (generation != m_generation)
                return;
            for (const User& user : page)
                m_nextUsers.insert(user.id.value(), user);
            if (page.size() == kPageSize)
                loadUsers(generation, offset + kPageSize, staffOnly);
            else
                finishPart(generation);
        },
        [this, generation](const rpc::Error& error) {
            qCWarning(lcDirectory) << "user.list failed:" << error.message;
            finishPart(generation);
        });
}

void DirectoryCache::loadCustomers(int generation, qint64 offset)
{
    const QJsonObject params { { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), kPageSize } };
    m_connection->listCustomers(
        params, this,
        [this, generation, offset](const QVector<Customer>& page) {
            if (generation != m_generation)
                return;
            for (const Customer& customer : page)
                m_nextCustomers.insert(customer.id.value(), customer);
            if (page.size() == kPageSize)
                loadCustomers(generation, offset + kPageSize);
            else
                finishPart(generation);
        },
        [this, generation](const rpc::Error& error) {
            qCWarning(lcDirectory) << "customer.list failed:" << error.message;
            finishPart(generation);
        });
}

void DirectoryCache::loadQueues(int generation)
{
    m_connection->listQueues(
        this,
        [this, generation](const QVector<Queue>& queues) {
            if (generation != m_generation)
                return;
            for (const Queue& queue : queues)
                m_nextQueues.insert(queue.id.value(), queue);
            finishPart(generation);
        },
        [this, generation](const rpc::Error& error) {
            qCWarning(lcDirectory) << "queue.list failed:" << error.message;
            finishPart(generation);
        });
}

void DirectoryCache::finishPart(int generation)
{
    if (generation != m_generation || --m_partsLeft > 0)
        return;
    // A part that failed keeps what was known before rather than blanking every name.
    if (!m_nextUsers.isEmpty())
        m_users = std::exchange(m_nextUsers, {});
    if (!m_nextQueues.isEmpty())
        m_queues = std::exchange(m_nextQueues, {});
    if (!m_nextCustomers.isEmpty())
        m_customers = std::exchange(m_nextCustomers, {});
    m_loaded = true;
    emit changed();
}

void DirectoryCache::noteIds(
    std::optional<UserId> user, std::optional<CustomerId> customer, std::optional<QueueId> queue)
{
    if (!m_loaded)
        return;
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const bool staff = me && isStaff(me->role);
    const bool unknownUser = user && user->isValid() && !m_users.contains(user->value());
    // A customer cannot look customers or queues up.
    const bool unknownOther = staff
        && ((customer && !m_customers.contains(customer->value()))
            || (queue && !m_queues.contains(queue->value())));
    if ((unknownUser || unknownOther) && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

} // namespace helpdesk::client
