// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <random>

namespace helpdesk::bench {

enum class ScenarioKind {
    TicketGet, // ticket.get of random existing tickets
    TicketList, // first page of new/open/pending by updatedAt desc
    TicketListDeep, // the same list, a page deep into it
    TicketListOverdue, // the "Overdue" view: filter overdue (issue 12)
    SearchRare, // a word in about one ticket in 10,000
    SearchCommon, // a word in every ticket
    SearchList, // the common word, one item per ticket (perTicket), as the client's result list
    SearchFiltered, // the same, only pending tickets (a filter joined while the hits are read)
    MessageAdd, // a public reply to a random ticket (durable write)
    Everywhere, // search.everywhere (Ctrl+K) for the common word (any words), 5 per kind
    TicketSimilar, // ticket.similar of random existing tickets (issue 11)
    CustomerPanel, // what the agent's customer panel asks: customer.get of a random
                   // organisation with its 20 latest tickets (issue 11)
    // issue 15: the dashboard's two calls for the last 30 days, and a year's report
    ReportSummary30, ReportAgents30, ReportSummaryYear, ReportAgentsYear,
    // issue 17: logged-in sessions that send nothing but the client's heartbeat and read every
    // push, from 50 loopback addresses (as agents' desktops sit connected all day)
    Idle,
};

struct ScenarioSpec
{
    ScenarioKind kind = ScenarioKind::TicketGet;
    QString rareWord = QStringLiteral("quokka");
    QString commonWord = QStringLiteral("server");
    int listLimit = 50;
    double deepFraction = 0.9; // TicketListDeep: offset = fraction × total
    int customers = 2000; // CustomerPanel: organisations 1..customers exist (helpdesk-gen)
};

QStringList scenarioNames();
std::optional<ScenarioKind> scenarioFromName(const QString& name);
QString scenarioName(ScenarioKind kind);
// The method a scenario measures.
QString scenarioMethod(ScenarioKind kind);

// What a client learned after login (from its own probe requests) to build valid requests.
struct ClientKnowledge
{
    qint64 maxTicketId = 0; // staff: ids 1..max exist
    QVector<qint64> ticketIds; // customer: the organisation's tickets it may use
    qint64 listTotal = 0; // TicketListDeep: size of the filtered list
};

// Params of the probe that finds ticket ids (ticket.list by id, descending).
QJsonObject idProbeParams(bool customer);
// Params of ticket.list for the list scenarios: status new/open/pending, newest update first.
QJsonObject listParams(int limit, qint64 offset);

// Params of the next measured request.
QJsonObject scenarioParams(const ScenarioSpec& spec, const ClientKnowledge& knowledge,
    std::mt19937_64& random, qint64 sequence);

} // namespace helpdesk::bench
