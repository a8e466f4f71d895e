// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace helpdesk::test {

class TestClient;

// The labelled set of ticket.similar (tests/data/similar/pairs.json, written by
// helpdesk-similar-bench --write): organisations, tickets in creation order, and pairs of a
// query ticket and the one earlier ticket it repeats.
QJsonObject readSimilarSet(const QString& path, QString* error);

struct SimilarScores
{
    int pairs = 0;
    int first = 0; // the expected ticket came first
    int inFive = 0; // ... among the five
    // The same for the pairs whose expected ticket is another organisation's.
    int otherOrganisation = 0;
    int otherFirst = 0;
    int otherInFive = 0;
    QVector<double> latenciesMs; // of each ticket.similar call
    double precisionAt1() const { return pairs ? double(first) / pairs : 0; }
    double recallAt5() const { return pairs ? double(inFive) / pairs : 0; }
};

// Creates the set's organisations and tickets through `staff` (a logged-in staff client of a
// running server; its database may already hold other tickets, which are more distractors),
// then asks ticket.similar for every query ticket. `error` says what failed (scores empty).
SimilarScores evaluateSimilarSet(TestClient& staff, const QJsonObject& set, QString* error);

} // namespace helpdesk::test
