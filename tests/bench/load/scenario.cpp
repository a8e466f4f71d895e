// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QDateTime>

#include <QJsonArray>

namespace helpdesk::bench {

namespace {

struct Named
{
    ScenarioKind kind;
    const char* name;
    const char* method;
};
constexpr Named kScenarios[] = {
    { ScenarioKind::TicketGet, "ticket.get", "ticket.get" },
    { ScenarioKind::TicketList, "ticket.list", "ticket.list" },
    { ScenarioKind::TicketListDeep, "ticket.list-deep", "ticket.list" },
    { ScenarioKind::TicketListOverdue, "ticket.list-overdue", "ticket.list" },
    { ScenarioKind::SearchRare, "search-rare", "search" },
    { ScenarioKind::SearchCommon, "search-common", "search" },
    { ScenarioKind::SearchList, "search-list", "search" },
    { ScenarioKind::SearchFiltered, "search-filtered", "search" },
    { ScenarioKind::MessageAdd, "message.add", "message.add" },
    { ScenarioKind::Everywhere, "search-everywhere", "search.everywhere" },
    { ScenarioKind::TicketSimilar, "ticket.similar", "ticket.similar" },
    { ScenarioKind::CustomerPanel, "customer-panel", "customer.get" },
    { ScenarioKind::ReportSummary30, "report.summary-30d", "report.summary" },
    { ScenarioKind::ReportAgents30, "report.agents-30d", "report.agents" },
    { ScenarioKind::ReportSummaryYear, "report.summary-year", "report.summary" },
    { ScenarioKind::ReportAgentsYear, "report.agents-year", "report.agents" },
    { ScenarioKind::Idle, "idle", "" },
};

qint64 randomTicket(const ClientKnowledge& knowledge, std::mt19937_64& random)
{
    if (!knowledge.ticketIds.isEmpty())
        return knowledge.ticketIds.at(qsizetype(random() % quint64(knowledge.ticketIds.size())));
    return 1 + qint64(random() % quint64(qMax<qint64>(1, knowledge.maxTicketId)));
}

} // namespace

QStringList scenarioNames()
{
    QStringList names;
    for (const Named& scenario : kScenarios)
        names << QLatin1String(scenario.name);
    return names;
}

std::optional<ScenarioKind> scenarioFromName(const QString& name)
{
    for (const Named& scenario : kScenarios) {
        if (name == QLatin1String(scenario.name))
            return scenario.kind;
    }
    return std::nullopt;
}

QString scenarioName(ScenarioKind kind)
{
    for (const Named& scenario : kScenarios) {
        if (scenario.kind == kind)
            return QLatin1String(scenario.name);
    }
    return {};
}

QString scenarioMethod(ScenarioKind kind)
{
    for (const Named& scenario : kScenarios) {
        if (scenario.kind == kind)
            return QLatin1String(scenario.method);
    }
    return {};
}

QJsonObject idProbeParams(bool customer)
{
    return QJsonObject {
        { QStringLiteral("sort"),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("id") },
                { QStringLiteral("order"), QStringLiteral("desc") } } },
        { QStringLiteral("limit"), customer ? 500 : 1 },
    };
}

QJsonObject listParams(int limit, qint64 offset)
{
    return QJsonObject {
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("status"),
                QJsonArray { QStringLiteral("new"), QStringLiteral("open"),
                    QStringLiteral("pending") } } } },
        { QStringLiteral("sort"),
            QJsonObject { { QStringLiteral("field"), QStringLiteral("updatedAt") },
                { QStringLiteral("order"), QStringLiteral("desc") } } },
        { QStringLiteral("limit"), limit },
        { QStringLiteral("offset"), double(offset) },
    };
}

// A report's period: the last `days` whole UTC days up to the end of today.
QJsonObject reportPeriod(int days)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QJsonObject {
        { QStringLiteral("since"), QDateTime(today.addDays(1 - days), QTime(0, 0), Qt::UTC).toString(Qt::ISODate) },
        { QStringLiteral("until"), QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate) } };
}

QJsonObject scenarioParams(const ScenarioSpec& spec, const ClientKnowledge& knowledge,
    std::mt19937_64& random, qint64 sequence)
{
    switch (spec.kind) {
    case ScenarioKind::TicketGet:
    case ScenarioKind::TicketSimilar:
        return QJsonObject { { QStringLiteral("id"), double(randomTicket(knowledge, random)) } };
    case ScenarioKind::CustomerPanel: // client/ui/customerpanel.cpp, CustomerPanel::load()
        return QJsonObject { { QStringLiteral("id"), double(1 + random() % qMax(1, spec.customers)) },
            { QStringLiteral("ticketLimit"), 20 } };
    case ScenarioKind::TicketList:
        return listParams(spec.listLimit, 0);
    case ScenarioKind::TicketListDeep: {
        // A page around the chosen depth, so the pages differ a little between requests.
        const qint64 deepest = qMax<qint64>(0, knowledge.listTotal - spec.listLimit);
        const qint64 base = qint64(double(deepest) * spec.deepFraction);
        const qint64 jitter = qint64(random() % 1000);
        return listParams(spec.listLimit, qBound<qint64>(0, base - jitter, deepest));
    }
    case ScenarioKind::TicketListOverdue: { // the client's "Overdue" view (issue 12)
        QJsonObject params = listParams(spec.listLimit, 0);
        params.insert(QStringLiteral("filter"), QJsonObject { { QStringLiteral("overdue"), true } });
        return params;
    }
    case ScenarioKind::SearchRare:
        return QJsonObject { { QStringLiteral("query"), spec.rareWord } };
    case ScenarioKind::SearchCommon:
        return QJsonObject { { QStringLiteral("query"), spec.commonWord } };
    case ScenarioKind::SearchList:
        return QJsonObject { { QStringLiteral("query"), spec.commonWord },
            { QStringLiteral("perTicket"), true } };
    case ScenarioKind::SearchFiltered:
        return QJsonObject { { QStringLiteral("query"), spec.commonWord },
            { QStringLiteral("perTicket"), true },
            { QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("status"),
                    QJsonArray { QStringLiteral("pending") } } } } };
    case ScenarioKind::Everywhere:
        return QJsonObject { { QStringLiteral("query"), spec.commonWord },
            { QStringLiteral("limit"), 5 } };
    case ScenarioKind::ReportSummary30:
    case ScenarioKind::ReportAgents30:
        return reportPeriod(30);
    case ScenarioKind::ReportSummaryYear:
    case ScenarioKind::ReportAgentsYear:
        return reportPeriod(365);
    case ScenarioKind::Idle:
        return {};
    case ScenarioKind::MessageAdd:
        return QJsonObject {
            { QStringLiteral("ticketId"), double(randomTicket(knowledge, random)) },
            { QStringLiteral("body"),
                QStringLiteral(
                    "Benchmark reply %1: we restarted the web server and the site answers again. "
                    "Please check on your side and let us know.")
                    .arg(sequence) },
        };
    }
    return {};
}

} // namespace helpdesk::bench
