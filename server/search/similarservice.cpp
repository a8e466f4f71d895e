// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.similar (issue 11): earlier tickets that look like this one.
#include "similarservice.h"

#include "searchservice.h"
#include "similarstore.h"
#include "tickets/ticketstore.h"

#include "rpc/params.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QtMath>

#include <algorithm>

namespace helpdesk::server::search {

namespace {

constexpr qint64 kMaxLimit = 5;
// The words of the subject and the first message looked up, subject first.
constexpr int kMaxTerms = 40;
constexpr int kMinTermChars = 3;
// Only the start of a long first message is read.
constexpr int kMaxBodyChars = 4000;
// A word in more subjects or messages than this is common: it is not looked up.
constexpr qint64 kCommonAfter = 1000;
// A subject word that matches a subject weighs this much more than a match in a message.
constexpr double kSubjectWeight = 2.0;
// Candidates read back as tickets, best first; and the share of the best score a suggestion
// needs (a ticket sharing only a name or two is no suggestion).
constexpr int kMaxCandidates = 100;
constexpr double kMinShareOfBest = 0.35;
// A ticket of the same organisation goes before the others when it is nearly as good as the
// best: with this share of its score (one sharing only the organisation's domain is not).
constexpr double kSameOrganisationShare = 0.6;

// The ticket's words as the index of this backend holds them, once each, subject first.
QStringList termsOf(Db& db, const QString& subject, const QString& body)
{
    QStringList terms;
    const auto add = [&terms](const QString& term) {
        if (term.size() >= kMinTermChars && !terms.contains(term) && terms.size() < kMaxTerms)
            terms << term;
    };
    const QString text = body.left(kMaxBodyChars);
    if (db.isPostgres()) {
        for (const QString& part : { subject, text }) {
            for (const QString& lexeme : similarstore::postgresLexemes(db, part, kMaxTerms))
                add(lexeme);
        }
        return terms;
    }
    for (const QString& part : { subject, text }) {
        for (const QString& word : textWords(part, kMaxTerms * 4))
            add(foldWord(word));
    }
    return terms;
}

// How much a match of a word found in `documents` of `corpus` documents says.
double idf(qint64 corpus, qint64 documents)
{
    return std::log(double(corpus + 1) / double(documents + 1));
}

struct Scored
{
    qint64 id;
    double score;
};

// Every earlier ticket sharing a word that is not common, with the summed weight of the words
// it shares; and the ticket's own score (all its words matched), for a share between 0 and 1.
QVector<Scored> scoreCandidates(Db& db, TicketId self, const QStringList& terms, double* selfScore)
{
    const similarstore::Corpus corpus = similarstore::corpusSize(db);
    QHash<qint64, double> scores;
    *selfScore = 0;
    for (const bool messages : { false, true }) {
        const qint64 size = messages ? corpus.messages : corpus.tickets;
        const double weight = messages ? 1.0 : kSubjectWeight;
        for (const similarstore::TermHits& hit : similarstore::hits(db, terms, messages, kCommonAfter)) {
            if (hit.common)
                continue;
            const double value = weight * idf(size, hit.documents);
            *selfScore += value;
            QSet<qint64> seen;
            for (const qint64 id : hit.ticketIds) {
                if (id < self.value() && !seen.contains(id)) {
                    seen.insert(id);
                    scores[id] += value;
                }
            }
        }
    }
    QVector<Scored> ranked;
    ranked.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ranked.push_back({ it.key(), it.value() });
    std::sort(ranked.begin(), ranked.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    return ranked;
}

struct Suggestion
{
    Ticket ticket;
    double score;
    bool sameOrganisation;
};

QJsonArray itemsOf(Db& db, const QVector<Suggestion>& suggestions)
{
    QSet<qint64> customers;
    for (const Suggestion& s : suggestions) {
        if (s.ticket.customerId)
            customers.insert(s.ticket.customerId->value());
    }
    const QHash<qint64, QString> names = similarstore::customerNames(db, customers);
    QJsonArray items;
    for (const Suggestion& s : suggestions) {
        const Ticket& t = s.ticket;
        items.append(QJsonObject { { QStringLiteral("id"), double(t.id.value()) },
            { QStringLiteral("subject"), t.subject },
            { QStringLiteral("status"), toString(t.status) },
            { QStringLiteral("customerId"),
                t.customerId ? QJsonValue(double(t.customerId->value()))
                             : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("customerName"),
                t.customerId ? QJsonValue(names.value(t.customerId->value()))
                             : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("createdAt"), toWireTime(t.createdAt) },
            { QStringLiteral("score"), std::round(s.score * 1000.0) / 1000.0 },
            { QStringLiteral("sameOrganisation"), s.sameOrganisation } });
    }
    return items;
}

} // namespace

QJsonValue similar(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("limit") });
    const TicketId id(params.requiredId(QStringLiteral("id")));
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(kMaxLimit);
    if (limit < 1 || limit > kMaxLimit)
        validationError(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxLimit));
    const Ticket ticket = ticketstore::visible(db, call.principal, id);

    const QStringList terms = termsOf(db, ticket.subject, similarstore::firstMessage(db, id));
    double selfScore = 0;
    const QVector<Scored> ranked = scoreCandidates(db, id, terms, &selfScore);
    const QSet<qint64> linked = similarstore::linkedIds(db, id);

    QVector<Suggestion> kept;
    double best = 0;
    for (const Scored& candidate : ranked) {
        if (kept.size() >= kMaxCandidates || candidate.score < best * kMinShareOfBest)
            break;
        if (linked.contains(candidate.id))
            continue;
        const auto other = ticketstore::find(db, TicketId(candidate.id));
        if (!other || other->mergedInto || !call.principal.canSeeTicket(*other))
            continue;
        best = qMax(best, candidate.score);
        kept.push_back({ *other, candidate.score / qMax(selfScore, 1e-9),
            ticket.customerId && other->customerId == ticket.customerId
                && candidate.score >= best * kSameOrganisationShare });
    }
    // The same organisation's first; within each group the best first (a stable sort keeps
    // the order by score).
    std::stable_sort(kept.begin(), kept.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.sameOrganisation && !b.sameOrganisation;
    });
    kept.resize(qMin<qsizetype>(kept.size(), limit));
    return QJsonObject { { QStringLiteral("items"), itemsOf(db, kept) } };
}

} // namespace helpdesk::server::search
