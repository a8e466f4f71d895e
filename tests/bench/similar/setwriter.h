// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace helpdesk::bench {

// The labelled set for ticket.similar (issue 11), made from the data generator's phrase pools
// (English, Russian, Polish, Croatian). Each pair is a query ticket, the same problem written
// again (the same subject template, some of the same sentences with the same host names,
// codes and invoice numbers, a new greeting and a "the problem is back" line), and the one
// earlier ticket it repeats: usually of the same organisation, sometimes another
// organisation's ticket about the same problem. Distractors share part of it: the same
// organisation with another problem, the same subject at another organisation, and now and
// then the same organisation and subject with other details.
//
// {"organisations":[{"key","name","language","domain"}],
//  "tickets":[{"key","org","subject","body"}],  (in the order they are to be created)
//  "pairs":[{"query","expected"}]}              (ticket keys; every query after its expected)
QJsonObject writeSimilarSet(int pairs, quint64 seed);

} // namespace helpdesk::bench
