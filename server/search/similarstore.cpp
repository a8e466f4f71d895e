// SPDX-License-Identifier: GPL-3.0-or-later
#include "similarstore.h"

#include "searchindex.h"
#include "storage/db.h"

#include <algorithm>

namespace helpdesk::server::search::similarstore {

namespace {

// SQLite: the matches of one word, read lazily from the FTS5 index, so `LIMIT cap + 1` stops
// after cap + 1 index entries however common the word is. Message hits are counted before
// their tickets are looked up (a common word costs no row reads).
const QString kSqliteSubjects
    = QStringLiteral("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ? LIMIT ?");
const QString kSqliteMessageCount = QStringLiteral(
    "SELECT COUNT(*) FROM (SELECT 1 FROM message_fts WHERE message_fts MATCH ? LIMIT ?)");
const QString kSqliteMessageTickets
    = QStringLiteral("SELECT m.ticket_id FROM message_fts CROSS JOIN messages m ON m.id = "
                     "message_fts.rowid WHERE message_fts MATCH ?");

// PostgreSQL: a GIN bitmap reads every match of a lexeme from the index (compressed, cheap),
// the heap only until LIMIT: no ORDER BY, so at most cap + 1 rows are read (sorting the
// matches newest first read them all: 210 ms for a lexeme in 3,844 of 4.9 M messages). The
// common lexemes are recognised first from the planner's statistics
// (pg_stats.most_common_elems of the search_vector columns, kept by ANALYZE) and never
// queried; the statistics name only the 1,000 most common, so when the least common of them
// is still in many rows only the `fetched` that look rarest are queried (see rarestLooking).
const QString kPgSubjects
    = QStringLiteral("SELECT id FROM tickets WHERE search_vector @@ CAST(? AS tsquery) LIMIT ?");
const QString kPgMessages = QStringLiteral(
    "SELECT ticket_id FROM messages WHERE search_vector @@ CAST(? AS tsquery) LIMIT ?");
const QString kPgCommon = QStringLiteral(
    "SELECT e.elem FROM pg_stats s, unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), "
    "s.most_common_elem_freqs) AS e(elem, freq) WHERE s.schemaname = current_schema() AND "
    "s.tablename = ? AND s.attname = 'search_vector' AND e.elem IS NOT NULL AND e.freq * "
    "(SELECT reltuples FROM pg_class WHERE oid = CAST(? AS regclass)) > ?");

// How many rows a lexeme the statistics do not name as common may be in, at most: the
// frequency of the least common one they name (all of the table without statistics) times
// the rows.
const QString kPgUnnamedRows = QStringLiteral(
    "SELECT COALESCE((SELECT s.most_common_elem_freqs[array_length(s.most_common_elem_freqs, 1) "
    "- 2] FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = ? AND "
    "s.attname = 'search_vector'), 1) * (SELECT reltuples FROM pg_class WHERE oid = CAST(? AS "
    "regclass))");
// Below this, every lexeme that is not common is worth a query.
constexpr double kPgQueryEveryLexemeBelow = 20000;

// The lexemes of this table the statistics say occur in more than `cap` rows.
QSet<QString> pgCommonLexemes(Db& db, const QString& table, qint64 cap)
{
    Query rows(db, kPgCommon);
    rows.bind(table).bind(table).bind(cap).exec();
    QSet<QString> common;
    while (rows.next())
        common.insert(rows.text(0));
    return common;
}

// The lexemes with digits or punctuation (host names, addresses, invoice and reference
// numbers: mostly rare), the longer first: the ones worth a query where the statistics cannot
// tell how common a lexeme is. A plain word that is not among the most common can still be in
// tens of thousands of rows, and each row read is a random heap access (one such word took
// 100–350 ms at 4.9 M messages).
// Shorter ones ("576", "2026") are everyday numbers.
constexpr int kMinMarkedChars = 5;

QStringList rarestLooking(const QStringList& lexemes)
{
    QStringList marked;
    for (const QString& lexeme : lexemes) {
        if (lexeme.size() >= kMinMarkedChars
            && std::any_of(lexeme.cbegin(), lexeme.cend(),
                [](QChar c) { return c.isDigit() || c.isPunct(); }))
            marked << lexeme;
    }
    std::stable_sort(marked.begin(), marked.end(),
        [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return marked;
}

// A tsquery of one lexeme, taken as it is (no parsing, no prefix).
QString pgLexemeQuery(const QString& lexeme)
{
    QString quoted = lexeme;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void readIds(Query& rows, TermHits& hit, qint64 cap)
{
    while (rows.next())
        hit.ticketIds << rows.int64(0);
    hit.documents = hit.ticketIds.size();
    if (hit.documents > cap) {
        hit.common = true;
        hit.ticketIds.clear();
    }
}

TermHits sqliteSubjectHits(Db& db, const QString& match, const QString& term, qint64 cap)
{
    TermHits hit { term, false, 0, {} };
    Query rows(db, kSqliteSubjects);
    rows.bind(match).bind(cap + 1).exec();
    readIds(rows, hit, cap);
    return hit;
}

QString sqliteMatch(const QString& term)
{
    return QLatin1Char('"') + foldLetters(term) + QLatin1Char('"');
}

// Messages: every term counted, the tickets fetched for the `fetched` rarest only (each
// message found is a row read).
QVector<TermHits> sqliteMessageHits(Db& db, const QStringList& terms, qint64 cap, int fetched)
{
    QVector<TermHits> all;
    for (const QString& term : terms) {
        Query count(db, kSqliteMessageCount);
        const qint64 documents = count.bind(sqliteMatch(term)).bind(cap + 1).scalar().toLongLong();
        all.push_back({ term, documents > cap, documents, {} });
    }
    QVector<qsizetype> order;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all.at(i).common && all.at(i).documents > 0)
            order << i;
    }
    std::sort(order.begin(), order.end(),
        [&all](qsizetype a, qsizetype b) { return all.at(a).documents < all.at(b).documents; });
    for (qsizetype i = 0; i < qMin<qsizetype>(order.size(), fetched); ++i) {
        TermHits& hit = all[order.at(i)];
        Query rows(db, kSqliteMessageTickets);
        rows.bind(sqliteMatch(hit.term)).exec();
        while (rows.next())
            hit.ticketIds << rows.int64(0);
    }
    return all;
}

} // namespace

QStringList postgresLexemes(Db& db, const QString& text, int max)
{
    Query rows(db,
        QStringLiteral("SELECT lexeme FROM unnest(helpdesk_tsvector(?)) ORDER BY positions[1] "
                       "LIMIT ?"));
    rows.bind(text).bind(max).exec();
    QStringList lexemes;
    while (rows.next())
        lexemes << rows.text(0);
    return lexemes;
}

QVector<TermHits> hits(
    Db& db, const QStringList& terms, bool messages, qint64 cap, int fetchedMessageTerms)
{
    QVector<TermHits> all;
    all.reserve(terms.size());
    if (!db.isPostgres()) {
        if (messages)
            return sqliteMessageHits(db, terms, cap, fetchedMessageTerms);
        for (const QString& term : terms)
            all << sqliteSubjectHits(db, sqliteMatch(term), term, cap);
        return all;
    }
    const QString table = messages ? QStringLiteral("messages") : QStringLiteral("tickets");
    const QSet<QString> common = pgCommonLexemes(db, table, cap);
    QStringList rare;
    for (const QString& term : terms) {
        if (!common.contains(term))
            rare << term;
    }
    Query unnamed(db, kPgUnnamedRows);
    const bool bounded
        = unnamed.bind(table).bind(table).scalar().toDouble() < kPgQueryEveryLexemeBelow;
    const QStringList queried = bounded ? rare : rarestLooking(rare).mid(0, fetchedMessageTerms);
    for (const QString& term : terms) {
        // Not queried: as if in cap + 1 documents (not among the most common, maybe many).
        TermHits hit { term, common.contains(term), cap + 1, {} };
        if (queried.contains(term)) {
            Query rows(db, messages ? kPgMessages : kPgSubjects);
            rows.bind(pgLexemeQuery(term)).bind(cap + 1).exec();
            readIds(rows, hit, cap);
        }
        all << hit;
    }
    return all;
}

QString firstMessage(Db& db, TicketId ticket)
{
    Query first(db,
        QStringLiteral("SELECT body FROM messages WHERE ticket_id = ? ORDER BY id LIMIT 1"));
    return first.bind(ticket.value()).scalar().toString();
}

QVector<qint64> recentOfOrganisation(Db& db, CustomerId customer, TicketId before, int limit)
{
    Query rows(db,
        QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? AND id < ? ORDER BY "
                       "updated_at DESC LIMIT ?"));
    rows.bind(customer.value()).bind(before.value()).bind(limit).exec();
    QVector<qint64> ids;
    while (rows.next())
        ids << rows.int64(0);
    return ids;
}

QHash<qint64, TicketText> texts(Db& db, const QVector<qint64>& ids)
{
    // One statement for the lot: the ids as a JSON array (SQLite's json_each) or an array
    // literal (PostgreSQL).
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    const bool pg = db.isPostgres();
    Query rows(db,
        pg ? QStringLiteral(
            "SELECT t.id, array_to_string(tsvector_to_array(t.search_vector), chr(31)), "
            "(SELECT array_to_string(tsvector_to_array(m.search_vector), chr(31)) FROM messages m "
            "WHERE m.ticket_id = t.id ORDER BY m.id LIMIT 1) FROM tickets t WHERE t.id = "
            "ANY(CAST(? AS bigint[]))")
           : QStringLiteral(
               "SELECT t.id, t.subject, (SELECT substr(m.body, 1, 4000) FROM messages m WHERE "
               "m.ticket_id = t.id ORDER BY m.id LIMIT 1) FROM tickets t WHERE t.id IN (SELECT "
               "value FROM json_each(?))"));
    rows.bind(pg ? QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}')
                 : QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']'))
        .exec();
    QHash<qint64, TicketText> found;
    while (rows.next())
        found.insert(rows.int64(0), { rows.text(1), rows.text(2) });
    return found;
}

QSet<qint64> linkedIds(Db& db, TicketId ticket)
{
    Query rows(db, QStringLiteral("SELECT linked_id FROM ticket_links WHERE ticket_id = ?"));
    rows.bind(ticket.value()).exec();
    QSet<qint64> ids;
    while (rows.next())
        ids.insert(rows.int64(0));
    return ids;
}

Corpus corpusSize(Db& db)
{
    Query sizes(db,
        QStringLiteral("SELECT (SELECT MAX(id) FROM tickets), (SELECT MAX(id) FROM messages)"));
    sizes.exec();
    Corpus corpus;
    if (sizes.next()) {
        corpus.tickets = qMax<qint64>(1, sizes.int64(0));
        corpus.messages = qMax<qint64>(1, sizes.int64(1));
    }
    return corpus;
}

QHash<qint64, QString> customerNames(Db& db, const QSet<qint64>& ids)
{
    QHash<qint64, QString> names;
    for (const qint64 id : ids) {
        Query name(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"));
        names.insert(id, name.bind(id).scalar().toString());
    }
    return names;
}

} // namespace helpdesk::server::search::similarstore
