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
constexpr int kMaxTerms = 32;
constexpr int kMinTermChars = 3;
// Only the start of a long first message is read.
constexpr int kMaxBodyChars = 4000;
// A word in more subjects or messages than this is common: it is not looked up, and it
// counts as if it were in one document of a hundred (or in kCommonAfter + 1).
constexpr qint64 kCommonAfter = 500;
constexpr qint64 kCommonShare = 100;
// On SQLite, the tickets of the messages holding a word are read for the rarest words only.
constexpr int kFetchedMessageTerms = 10;
// A word in the subject weighs this much more than one in the first message.
constexpr double kSubjectWeight = 2.0;
// Candidates scored on their whole subject and first message: the best found by the rare
// words, and the organisation's latest tickets (found by any word).
constexpr int kFoundCandidates = 40;
constexpr int kOrganisationCandidates = 100;
// The share of the best score a suggestion needs (a ticket sharing only a name or two is no
// suggestion).
constexpr double kMinShareOfBest = 0.35;
// ... and this share of the ticket's own score (a word or two in common with a long ticket
// is no suggestion either).
constexpr double kMinScore = 0.1;
// A ticket of the same organisation goes before the others when it is nearly as good as the
// best: with this share of its score (one sharing only the organisation's domain is not).
constexpr double kSameOrganisationShare = 0.6;

// How much a word found in `documents` of `corpus` documents says.
double idf(qint64 corpus, qint64 documents)
{
    return qMax(0.0, std::log(double(corpus + 1) / double(documents + 1)));
}

// The words of a subject or first message as the index of this backend holds them, at most
// `max` different ones in the order they come: SQLite's folded words, PostgreSQL's lexemes.
QStringList wordsOf(Db& db, const QString& text, int max)
{
    const QString start = text.left(kMaxBodyChars);
    const QStringList raw = db.isPostgres() ? similarstore::postgresLexemes(db, start, max * 2)
                                            : textWords(start, max * 8);
    QStringList words;
    for (const QString& word : raw) {
        const QString w = db.isPostgres() ? word : foldWord(word);
        if (w.size() >= kMinTermChars && !words.contains(w) && words.size() < max)
            words << w;
    }
    return words;
}

// A candidate's words as similarstore::texts gives them.
QSet<QString> wordSet(Db& db, const QString& text)
{
    QSet<QString> words;
    if (db.isPostgres()) {
        for (const QString& lexeme : text.split(similarstore::kLexemeSeparator, Qt::SkipEmptyParts))
            words.insert(lexeme);
        return words;
    }
    for (const QString& word : textWords(text, kMaxBodyChars))
        words.insert(foldWord(word));
    return words;
}

// What one ticket's words are worth, and where the rare ones were found.
struct Lookup
{
    QStringList terms;
    QHash<QString, double> subjectWeight; // a term in a candidate's subject
    QHash<QString, double> messageWeight; // ... in its first message
    QHash<qint64, double> found; // tickets holding rare terms: the sum of their weights
};

Lookup lookUp(Db& db, TicketId self, const QStringList& terms)
{
    const similarstore::Corpus corpus = similarstore::corpusSize(db);
    Lookup lookup { terms, {}, {}, {} };
    for (const bool messages : { false, true }) {
        const qint64 size = messages ? corpus.messages : corpus.tickets;
        const double factor = messages ? 1.0 : kSubjectWeight;
        const qint64 commonDocuments = qMax(kCommonAfter + 1, size / kCommonShare);
        auto& weights = messages ? lookup.messageWeight : lookup.subjectWeight;
        for (const similarstore::TermHits& hit :
            similarstore::hits(db, terms, messages, kCommonAfter, kFetchedMessageTerms)) {
            const double weight
                = factor * idf(size, hit.common ? commonDocuments : hit.documents);
            weights.insert(hit.term, weight);
            QSet<qint64> seen;
            for (const qint64 id : hit.ticketIds) {
                if (id < self.value() && !seen.contains(id)) {
                    seen.insert(id);
                    lookup.found[id] += weight;
                }
            }
        }
    }
    return lookup;
}

double scoreOf(const Lookup& lookup, const QSet<QString>& subject, const QSet<QString>& body)
{
    double score = 0;
    for (const QString& term : lookup.terms) {
        if (subject.contains(term))
            score += lookup.subjectWeight.value(term);
        if (body.contains(term))
            score += lookup.messageWeight.value(term);
    }
    return score;
}

struct Scored
{
    qint64 id;
    double score;
};

// The candidates, scored on their subject and first message and sorted best first.
QVector<Scored> rank(Db& db, const Ticket& ticket, const Lookup& lookup)
{
    QVector<Scored> found;
    for (auto it = lookup.found.cbegin(); it != lookup.found.cend(); ++it)
        found.push_back({ it.key(), it.value() });
    std::sort(found.begin(), found.end(),
        [](const Scored& a, const Scored& b) { return a.score > b.score; });
    QVector<qint64> ids;
    for (qsizetype i = 0; i < qMin<qsizetype>(found.size(), kFoundCandidates); ++i)
        ids << found.at(i).id;
    if (ticket.customerId) {
        for (const qint64 id : similarstore::recentOfOrganisation(
                 db, *ticket.customerId, ticket.id, kOrganisationCandidates)) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    QVector<Scored> ranked;
    if (ids.isEmpty())
        return ranked;
    const QHash<qint64, similarstore::TicketText> texts = similarstore::texts(db, ids);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const double score
            = scoreOf(lookup, wordSet(db, it.value().subject), wordSet(db, it.value().body));
        if (score > 0)
            ranked.push_back({ it.key(), score });
    }
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
    bool first; // the same organisation's, nearly as good as the best: goes first
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

    const QStringList subjectWords = wordsOf(db, ticket.subject, kMaxTerms);
    const QStringList bodyWords = wordsOf(db, similarstore::firstMessage(db, id), kMaxTerms);
    QStringList terms = subjectWords;
    for (const QString& word : bodyWords) {
        if (terms.size() < kMaxTerms && !terms.contains(word))
            terms << word;
    }
    const Lookup lookup = lookUp(db, id, terms);
    const double selfScore = qMax(scoreOf(lookup, QSet<QString>(subjectWords.cbegin(),
                                                  subjectWords.cend()),
                                      QSet<QString>(bodyWords.cbegin(), bodyWords.cend())),
        1e-9);
    const QSet<qint64> linked = similarstore::linkedIds(db, id);

    QVector<Suggestion> kept;
    double best = 0;
    for (const Scored& candidate : rank(db, ticket, lookup)) {
        if (candidate.score < best * kMinShareOfBest || candidate.score < selfScore * kMinScore)
            break;
        if (linked.contains(candidate.id))
            continue;
        const auto other = ticketstore::find(db, TicketId(candidate.id));
        if (!other || other->mergedInto || !call.principal.canSeeTicket(*other))
            continue;
        best = qMax(best, candidate.score);
        const bool same = ticket.customerId && other->customerId == ticket.customerId;
        kept.push_back({ *other, qMin(1.0, candidate.score / selfScore), same,
            same && candidate.score >= best * kSameOrganisationShare });
    }
    // The same organisation's first; within each group the best first (a stable sort keeps
    // the order by score).
    std::stable_sort(kept.begin(), kept.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.first && !b.first;
    });
    kept.resize(qMin<qsizetype>(kept.size(), limit));
    return QJsonObject { { QStringLiteral("items"), itemsOf(db, kept) } };
}

} // namespace helpdesk::server::search
