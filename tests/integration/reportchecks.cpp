// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchecks.h"

#include "testserver.h"

namespace helpdesk::test {

namespace {

// Every fact as (kind, day, queue, agent, item), the kinds of docs/admin.md's step 26; the
// bucket of a duration is the last of report_buckets whose lower bound it reaches.
const char* const kFacts = R"(
WITH facts (kind, day, queue, agent, item) AS (
    SELECT 1, created_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0), channel
        FROM tickets
    UNION ALL SELECT 2, created_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0),
        COALESCE(request_type_id, 0) FROM tickets
    UNION ALL SELECT 3, first_response_at / 86400000, COALESCE(queue_id, 0),
        COALESCE(assignee_id, 0),
        (SELECT bucket FROM report_buckets WHERE lo <= first_response_ms ORDER BY lo DESC LIMIT 1)
        FROM tickets WHERE first_response_ms IS NOT NULL AND first_response_at IS NOT NULL
    UNION ALL SELECT 4, resolved_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0),
        (SELECT bucket FROM report_buckets WHERE lo <= resolution_ms ORDER BY lo DESC LIMIT 1)
        FROM ticket_resolutions
    UNION ALL SELECT 5, resolved_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0),
        2 - sla_met FROM ticket_resolutions WHERE sla_met IS NOT NULL
    UNION ALL SELECT 5, resolved_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0),
        3 FROM ticket_resolutions WHERE reopened_at IS NOT NULL
    UNION ALL SELECT 6, rated_at / 86400000, COALESCE(queue_id, 0), COALESCE(assignee_id, 0),
        rating FROM ticket_resolutions WHERE rated_at IS NOT NULL),
expected (kind, scope, day, scope_id, item, n) AS (
    SELECT kind, 1, day, queue, item, COUNT(*) FROM facts GROUP BY kind, day, queue, item
    UNION ALL SELECT kind, 2, day, agent, item, COUNT(*) FROM facts GROUP BY kind, day, agent, item),
actual (kind, scope, day, scope_id, item, n) AS (
    SELECT kind, scope, day, scope_id, item, n FROM report_counts WHERE n <> 0)
)";

} // namespace

qint64 aggregateMismatches(TestServer& server)
{
    const QVariant n = server.queryScalar(QString::fromLatin1(kFacts)
        + QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) a) "
                         "+ (SELECT COUNT(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) b)"));
    return n.isValid() ? n.toLongLong() : -1;
}

qint64 mismatchesWithOneCountOff(TestServer& server)
{
    const QString lastRatings = QStringLiteral("WHERE kind = 6 AND scope = 1 AND n > 0 "
                                               "AND day = (SELECT MAX(day) FROM report_counts WHERE kind = 6)");
    server.queryScalar(QStringLiteral("UPDATE report_counts SET n = n + 1 ") + lastRatings);
    const qint64 mismatches = aggregateMismatches(server);
    server.queryScalar(QStringLiteral("UPDATE report_counts SET n = n - 1 ") + lastRatings);
    return mismatches;
}

qint64 aggregateRows(TestServer& server)
{
    return server.queryScalar(QStringLiteral("SELECT COUNT(*) FROM report_counts WHERE n <> 0")).toLongLong();
}

QJsonObject periodFigures(QJsonObject summary)
{
    summary.remove(QStringLiteral("backlog"));
    return summary;
}

} // namespace helpdesk::test
