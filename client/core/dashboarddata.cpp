// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include "connection.h"

namespace helpdesk::client {

namespace {

constexpr int kDefaultRefreshMs = 5 * 60 * 1000;
constexpr qint64 kJustNowMs = 2 * 60 * 1000;

bool isOpen(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open
        || status == TicketStatus::Pending;
}

QString wireTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void add(QJsonObject& object, const QString& key, int delta)
{
    object.insert(key, object.value(key).toDouble() + delta);
}

} // namespace

DashboardData::DashboardData(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_filter.since = QDateTime(today.addDays(-29), QTime(0, 0), Qt::UTC);
    m_filter.until = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC);
    connect(connection, &Connection::ticketChanged, this, &DashboardData::applyTicket);
    connect(connection, &Connection::resynced, this, &DashboardData::reload);
    connect(&m_refresh, &QTimer::timeout, this, &DashboardData::reload);
    m_refresh.start(kDefaultRefreshMs);
}

void DashboardData::setFilter(const Filter& filter)
{
    m_filter = filter;
    reload();
}

void DashboardData::setRefreshInterval(int ms)
{
    if (ms > 0)
        m_refresh.start(ms);
    else
        m_refresh.stop();
}

QJsonObject DashboardData::params() const
{
    QJsonObject p { { QStringLiteral("since"), wireTime(m_filter.since) },
        { QStringLiteral("until"), wireTime(m_filter.until) } };
    if (m_filter.queue)
        p.insert(QStringLiteral("queueId"), double(m_filter.queue->value()));
    if (m_filter.customer)
        p.insert(QStringLiteral("customerId"), double(m_filter.customer->value()));
    if (m_filter.agent)
        p.insert(QStringLiteral("agentId"), double(m_filter.agent->value()));
    return p;
}

void DashboardData::reload()
{
    if (!m_connection)
        return;
    const int generation = ++m_generation;
    auto onError = [this, generation](const rpc::Error& error) {
        if (generation == m_generation)
            emit failed(error.message);
    };
    m_connection->call(QStringLiteral("report.summary"), params(), this,
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return;
            m_summary = result.toObject();
            m_seen.clear();
            m_loaded = true;
            emit changed();
        },
        onError);
    m_connection->call(QStringLiteral("report.agents"), params(), this,
        [this, generation](const QJsonValue& result) {
            if (generation != m_generation)
                return;
            m_agents = result.toObject().value(QLatin1String("items")).toArray();
            emit changed();
        },
        onError);
}

qint64 DashboardData::created() const
{
    return m_summary.value(QLatin1String("created")).toInteger();
}

qint64 DashboardData::resolved() const
{
    return m_summary.value(QLatin1String("resolved")).toInteger();
}

qint64 DashboardData::backlogTotal() const
{
    qint64 total = 0;
    for (const QJsonValue& row : m_summary.value(QLatin1String("backlog")).toArray())
        total += row.toObject().value(QLatin1String("count")).toInteger();
    return total;
}

bool DashboardData::matches(const Ticket& ticket) const
{
    if (m_filter.queue && ticket.queueId != m_filter.queue)
        return false;
    if (m_filter.customer && ticket.customerId != m_filter.customer)
        return false;
    return !m_filter.agent || ticket.assigneeId == m_filter.agent;
}

void DashboardData::bumpDay(const QDateTime& when, const QString& field)
{
    if (when < m_filter.since || when >= m_filter.until)
        return;
    add(m_summary, field, 1);
    QJsonArray days = m_summary.value(QLatin1String("days")).toArray();
    const QString date = when.toUTC().date().toString(Qt::ISODate);
    for (qsizetype i = 0; i < days.size(); ++i) {
        QJsonObject day = days.at(i).toObject();
        if (day.value(QLatin1String("date")).toString() != date)
            continue;
        add(day, field, 1);
        days.replace(i, day);
    }
    m_summary.insert(QStringLiteral("days"), days);
}

bool DashboardData::bumpBacklog(TicketStatus status, const std::optional<QueueId>& queue,
    int delta, const QDateTime& createdAt)
{
    const QString statusText = toString(status);
    const QJsonValue queueValue = queue ? QJsonValue(double(queue->value())) : QJsonValue(QJsonValue::Null);
    QJsonArray rows = m_summary.value(QLatin1String("backlog")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(QLatin1String("status")).toString() != statusText
            || row.value(QLatin1String("queueId")) != queueValue)
            continue;
        add(row, QStringLiteral("count"), delta);
        if (row.value(QLatin1String("count")).toDouble() <= 0)
            rows.removeAt(i);
        else
            rows.replace(i, row);
        m_summary.insert(QStringLiteral("backlog"), rows);
        return true;
    }
    if (delta > 0) {
        rows.append(QJsonObject { { QStringLiteral("status"), statusText }, { QStringLiteral("queueId"), queueValue },
            { QStringLiteral("count"), delta }, { QStringLiteral("oldestCreatedAt"), wireTime(createdAt) },
            { QStringLiteral("averageAgeHours"), 0 }, { QStringLiteral("olderThanOneDay"), 0 },
            { QStringLiteral("olderThanOneWeek"), 0 } });
        m_summary.insert(QStringLiteral("backlog"), rows);
        return true;
    }
    return false;
}

void DashboardData::applyTicket(const Ticket& ticket)
{
    if (!m_loaded || !matches(ticket))
        return;
    const auto previous = m_seen.contains(ticket.id.value())
        ? std::optional<TicketStatus>(m_seen.value(ticket.id.value()))
        : std::nullopt;
    m_seen.insert(ticket.id.value(), ticket.status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!previous && ticket.version == 1) { // just created
        bumpDay(ticket.createdAt, QStringLiteral("created"));
        bumpBacklog(ticket.status, ticket.queueId, 1, ticket.createdAt);
        emit changed();
        return;
    }
    // A push says what a ticket is, not what it was: a ticket not seen since the last load
    // that is resolved by a change of the last minutes counts as just resolved.
    const bool wasOpen = previous ? isOpen(*previous)
                                  : ticket.updatedAt.msecsTo(now) < kJustNowMs;
    if (!isOpen(ticket.status) && wasOpen) {
        bumpDay(ticket.updatedAt, QStringLiteral("resolved"));
        if (previous) {
            bumpBacklog(*previous, ticket.queueId, -1, ticket.createdAt);
        } else { // most tickets are solved from open; the next reload has the exact rows
            for (const TicketStatus status : { TicketStatus::Open, TicketStatus::Pending, TicketStatus::New }) {
                if (bumpBacklog(status, ticket.queueId, -1, ticket.createdAt))
                    break;
            }
        }
    } else if (previous && isOpen(*previous) && isOpen(ticket.status) && *previous != ticket.status) {
        bumpBacklog(*previous, ticket.queueId, -1, ticket.createdAt);
        bumpBacklog(ticket.status, ticket.queueId, 1, ticket.createdAt);
    } else if (previous && !isOpen(*previous) && isOpen(ticket.status)) {
        bumpBacklog(ticket.status, ticket.queueId, 1, ticket.createdAt); // re-opened
    } else {
        return;
    }
    emit changed();
}

} // namespace helpdesk::client
