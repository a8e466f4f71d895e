// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace helpdesk::client {

class Connection;

// What the dashboard and the reports show (issue 15): the filters, and the figures of
// report.summary and report.agents for them. Between loads the figures follow the pushed
// ticket changes (a new ticket counts as created, a ticket turning resolved as resolved, the
// backlog moves between statuses) without asking the server again; a full reload runs every
// five minutes as a backstop (percentiles and ratings only change then).
class DashboardData : public QObject
{
    Q_OBJECT
public:
    struct Filter
    {
        QDateTime since; // UTC
        QDateTime until;
        std::optional<QueueId> queue;
        std::optional<CustomerId> customer;
        std::optional<UserId> agent;
    };

    explicit DashboardData(Connection* connection, QObject* parent = nullptr);

    const Filter& filter() const { return m_filter; }
    void setFilter(const Filter& filter); // and reload
    void reload();
    // How often reload() runs by itself (ms; 0: never).
    void setRefreshInterval(int ms);

    bool isLoaded() const { return m_loaded; }
    const QJsonObject& summary() const { return m_summary; }
    QJsonArray agents() const { return m_agents; }
    qint64 created() const;
    qint64 resolved() const;
    // Open tickets now (new, open, pending), after the filters.
    qint64 backlogTotal() const;

    // A pushed ticket change: applies its increments (tests call it like the push does).
    void applyTicket(const Ticket& ticket);

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    QJsonObject params() const;
    bool matches(const Ticket& ticket) const;
    void bumpDay(const QDateTime& when, const QString& field);
    // False when there was no such row to take from.
    bool bumpBacklog(TicketStatus status, const std::optional<QueueId>& queue, int delta,
        const QDateTime& createdAt);

    QPointer<Connection> m_connection;
    Filter m_filter;
    QJsonObject m_summary;
    QJsonArray m_agents;
    bool m_loaded = false;
    int m_generation = 0; // answers of an older reload are dropped
    QHash<qint64, TicketStatus> m_seen; // the last status a push showed, per ticket
    QTimer m_refresh;
};

} // namespace helpdesk::client
