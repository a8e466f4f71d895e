// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

namespace search::similarstore {

// The SQL of ticket.similar (similarservice.cpp). Every statement reads at most a bounded
// number of index entries: a term found in more than `cap` subjects or messages is common and
// reads no rows (its ids are not fetched).

// A term as the index of this backend holds it: on SQLite a word folded like the FTS5
// tokenizer folds it, on PostgreSQL a lexeme of helpdesk_tsvector().
struct TermHits
{
    QString term;
    bool common = false; // more than `cap` matches: not used for ranking
    qint64 documents = 0; // matching subjects or messages (when not common)
    QVector<qint64> ticketIds; // the tickets they belong to (when not common)
};

// The lexemes PostgreSQL indexes for `text` (helpdesk_tsvector), at most `max` of them, in
// the order they come in the text. Not for SQLite, which takes the words itself.
QStringList postgresLexemes(Db& db, const QString& text, int max);

// The matches of each term in ticket subjects (`messages` false) or message bodies. On
// SQLite a message found is a row read (for its ticket): only the `fetchedMessageTerms`
// rarest terms' tickets are read, the others' matches only counted. On PostgreSQL, where
// nothing counts cheaply, a table whose statistics leave lexemes of many rows unnamed has
// only `fetchedMessageTerms` lexemes with digits or punctuation (host names, addresses,
// numbers) queried (the others: not common, `documents` cap + 1, no tickets).
QVector<TermHits> hits(
    Db& db, const QStringList& terms, bool messages, qint64 cap, int fetchedMessageTerms);

// The first message of a ticket (its description); empty when it has none.
QString firstMessage(Db& db, TicketId ticket);
// The organisation's tickets created before `before`, the last updated first, at most `limit`.
QVector<qint64> recentOfOrganisation(Db& db, CustomerId customer, TicketId before, int limit);
// The words of tickets' subjects and first messages. On SQLite the texts themselves (the
// caller takes the words); on PostgreSQL the lexemes of their search vectors, separated by
// kLexemeSeparator.
struct TicketText
{
    QString subject;
    QString body;
};
inline constexpr QChar kLexemeSeparator = QChar(0x1f);
QHash<qint64, TicketText> texts(Db& db, const QVector<qint64>& ids);
// The tickets linked to `ticket` (ticket_links): never suggested again.
QSet<qint64> linkedIds(Db& db, TicketId ticket);
// How many subjects and messages the indexes hold, about (the largest ids).
struct Corpus
{
    qint64 tickets = 1;
    qint64 messages = 1;
};
Corpus corpusSize(Db& db);
// Organisation names by id.
QHash<qint64, QString> customerNames(Db& db, const QSet<qint64>& ids);

} // namespace search::similarstore
} // namespace helpdesk::server
