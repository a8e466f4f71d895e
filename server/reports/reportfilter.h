// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace helpdesk::server {

class Db;

namespace reports {

// The filters every report method takes (docs/protocol.md, "report.summary"): a period and
// optionally one queue, organisation and agent. An agent's reports are always narrowed to
// the agent's own tickets; a lead or admin may look at anyone's.
struct ReportFilter
{
    qint64 since = 0;
    qint64 until = 0;
    std::optional<QueueId> queue;
    std::optional<CustomerId> customer;
    std::optional<UserId> agent;

    // " AND <prefix>queue_id = ?" ... for the filters set, and their values in order: the
    // tables reports read (tickets, ticket_resolutions) share these column names.
    QString where(const QString& prefix = {}) const;
    QVariantList values() const;
};

// Reads and checks the filters of a report call: -32602/1022 for bad params, 1003 when an
// agent asks for another agent or a queue it is not a member of, 1004 for an unknown queue,
// organisation or agent.
ReportFilter parseFilter(Db& db, const CallContext& call);

} // namespace reports
} // namespace helpdesk::server
