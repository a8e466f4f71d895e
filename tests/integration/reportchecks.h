// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace helpdesk::test {

class TestServer;

// How many rows of the report aggregates (report_counts, schema step 26) differ from the
// same counts made afresh from the facts (tickets, ticket_resolutions), both ways: 0 when
// every write kept them true. -1 when the database could not be asked.
qint64 aggregateMismatches(TestServer& server);
// aggregateMismatches() while one count of the last day's ratings is one too high; puts it back.
qint64 mismatchesWithOneCountOff(TestServer& server);
// How many non-zero aggregate rows there are (a check that the comparison compared something).
qint64 aggregateRows(TestServer& server);

// The period's figures of a report.summary answer (without the backlog, which is "now").
QJsonObject periodFigures(QJsonObject summary);

} // namespace helpdesk::test
