// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstore.h"

#include "searchservice.h"
#include "storage/db.h"

namespace helpdesk::server::search {

namespace {

// PostgreSQL (schema step 5): search_vector is the stored helpdesk_tsvector() of the subject
// or body, with a GIN index. A GIN index cannot return rows newest first, and no single plan
// suits every word: walking the primary key backwards and checking each row finds a common
// word at once but reads the whole table for a rare one; the GIN bitmap finds a rare word at
// once but reads and sorts every match of a common one. So an agent's search first checks
// only the newest kRecentRows rows (common words fill `limit` there) and, when they hold too
// few hits, asks the GIN index for all matches and sorts them (few, or they would have been
// among the newest). "ORDER BY id + 0" keeps the planner from walking the primary key
// instead. A customer's search starts from the organisation's tickets or the GIN index,
// whichever the planner finds smaller. The query text is folded once per statement by the
// scalar subquery (an InitPlan), not once per row.
constexpr int kRecentRows = 5000;

struct PgStatements
{
    QString recent; // binds: rows, words, limit; empty for customers
    QString all; // binds: words, [customer,] limit
};

const PgStatements& subjectStatements(bool customer)
{
    static const PgStatements agent {
        QStringLiteral("SELECT id, subject FROM (SELECT id, subject, search_vector FROM tickets "
                       "ORDER BY id DESC LIMIT ?) t WHERE search_vector @@ (SELECT "
                       "helpdesk_tsquery(?)) ORDER BY id DESC LIMIT ?"),
        QStringLiteral("SELECT id, subject FROM tickets WHERE search_vector @@ (SELECT "
                       "helpdesk_tsquery(?)) ORDER BY id + 0 DESC LIMIT ?"),
    };
    static const PgStatements own {
        {},
        QStringLiteral("SELECT id, subject FROM tickets WHERE search_vector @@ (SELECT "
                       "helpdesk_tsquery(?)) AND customer_id = ? ORDER BY id + 0 DESC LIMIT ?"),
    };
    return customer ? own : agent;
}

const PgStatements& messageStatements(bool customer)
{
    static const PgStatements agent {
        QStringLiteral("SELECT id, ticket_id, body FROM (SELECT id, ticket_id, body, "
                       "search_vector FROM messages ORDER BY id DESC LIMIT ?) m WHERE "
                       "search_vector @@ (SELECT helpdesk_tsquery(?)) ORDER BY id DESC LIMIT ?"),
        QStringLiteral("SELECT id, ticket_id, body FROM messages WHERE search_vector @@ (SELECT "
                       "helpdesk_tsquery(?)) ORDER BY id + 0 DESC LIMIT ?"),
    };
    static const PgStatements own {
        {},
        QStringLiteral("SELECT m.id, m.ticket_id, m.body FROM messages m JOIN tickets t ON t.id "
                       "= m.ticket_id WHERE m.search_vector @@ (SELECT helpdesk_tsquery(?)) AND "
                       "m.internal = 0 AND t.customer_id = ? ORDER BY m.id + 0 DESC LIMIT ?"),
    };
    return customer ? own : agent;
}

using ItemOf = QJsonObject (*)(const Query& row, const QString& text);

QJsonObject subjectItem(const Query& row, const QString& text)
{
    return { { QStringLiteral("ticketId"), double(row.int64(0)) },
        { QStringLiteral("snippet"), snippet(row.text(1), text, 12) } };
}

QJsonObject messageItem(const Query& row, const QString& text)
{
    return { { QStringLiteral("ticketId"), double(row.int64(1)) },
        { QStringLiteral("messageId"), double(row.int64(0)) },
        { QStringLiteral("snippet"), snippet(row.text(2), text, 16) } };
}

QJsonArray pgItems(
    Db& db, const QString& sql, const QVariantList& values, ItemOf item, const QString& text)
{
    Query query(db, sql);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(item(query, text));
    return items;
}

// The newest `limit` hits of one table: from the newest rows if they hold enough, else all.
QJsonArray pgSearch(Db& db, const PgStatements& statements,
    const std::optional<CustomerId>& customer, const QString& text, qint64 limit, ItemOf item)
{
    const QString words = tsQueryWords(text);
    if (!statements.recent.isEmpty()) {
        QJsonArray recent
            = pgItems(db, statements.recent, { kRecentRows, words, limit }, item, text);
        if (recent.size() >= limit)
            return recent;
    }
    QVariantList values { words };
    if (customer)
        values << customer->value();
    values << limit;
    return pgItems(db, statements.all, values, item, text);
}

QJsonArray postgresHits(
    Db& db, const QString& text, const std::optional<CustomerId>& customer, qint64 limit)
{
    QJsonArray items = pgSearch(
        db, subjectStatements(customer.has_value()), customer, text, limit, subjectItem);
    const qint64 remaining = limit - items.size();
    if (remaining > 0) {
        const QJsonArray messages
            = pgSearch(db, messageStatements(customer.has_value()), customer, text, remaining,
                messageItem);
        for (const QJsonValue& message : messages)
            items.append(message);
    }
    return items;
}

// The newest hits over subjects, then messages, from the FTS5 tables.
QJsonArray sqliteHits(
    Db& db, const QString& match, const std::optional<CustomerId>& customer, qint64 limit)
{
    QJsonArray items;
    {
        Query subjects(db,
            customer ? QStringLiteral(
                "SELECT t.id, snippet(ticket_fts, 0, '', '', '…', 12) FROM ticket_fts "
                "JOIN tickets t ON t.id = ticket_fts.rowid WHERE ticket_fts MATCH ? "
                "AND t.customer_id = ? ORDER BY ticket_fts.rowid DESC LIMIT ?")
                     : QStringLiteral(
                         "SELECT ticket_fts.rowid, snippet(ticket_fts, 0, '', '', '…', 12) FROM "
                         "ticket_fts "
                         "WHERE ticket_fts MATCH ? ORDER BY ticket_fts.rowid DESC LIMIT ?"));
        subjects.bind(match);
        if (customer)
            subjects.bind(customer->value());
        subjects.bind(limit).exec();
        while (subjects.next())
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(subjects.int64(0)) },
                { QStringLiteral("snippet"), subjects.text(1) } });
    }
    const qint64 remaining = limit - items.size();
    if (remaining > 0) {
        Query messages(db,
            customer ? QStringLiteral(
                "SELECT m.id, m.ticket_id, snippet(message_fts, 0, '', '', '…', 16) FROM "
                "message_fts "
                "JOIN messages m ON m.id = message_fts.rowid JOIN tickets t ON t.id = m.ticket_id "
                "WHERE message_fts MATCH ? AND m.internal = 0 AND t.customer_id = ? "
                "ORDER BY message_fts.rowid DESC LIMIT ?")
                     : QStringLiteral(
                         "SELECT m.id, m.ticket_id, snippet(message_fts, 0, '', '', '…', 16) FROM "
                         "message_fts "
                         "JOIN messages m ON m.id = message_fts.rowid WHERE message_fts MATCH ? "
                         "ORDER BY message_fts.rowid DESC LIMIT ?"));
        messages.bind(match);
        if (customer)
            messages.bind(customer->value());
        messages.bind(remaining).exec();
        while (messages.next())
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(messages.int64(1)) },
                { QStringLiteral("messageId"), double(messages.int64(0)) },
                { QStringLiteral("snippet"), messages.text(2) } });
    }
    return items;
}

// The answers of filed requests (schema step 19) that match, newest first, after the
// subjects and messages: {ticketId, field, snippet}. `clauses` narrow the tickets ("tickets t").
void appendFieldHits(Db& db, const QString& text, const QString& match, const QString& clauses,
    const QVariantList& values, qint64 limit, QJsonArray& items)
{
    if (limit <= 0)
        return;
    const bool sqlite = !db.isPostgres();
    const QString sql = sqlite
        ? QStringLiteral("SELECT f.ticket_id, f.key, snippet(ticket_field_fts, 0, '', '', '…', 16) "
                         "FROM ticket_field_fts JOIN ticket_fields f ON f.id = "
                         "ticket_field_fts.rowid JOIN tickets t ON t.id = f.ticket_id WHERE "
                         "ticket_field_fts MATCH ?%1 ORDER BY ticket_field_fts.rowid DESC LIMIT ?")
        : QStringLiteral("SELECT f.ticket_id, f.key, f.text FROM ticket_fields f JOIN tickets t "
                         "ON t.id = f.ticket_id WHERE f.search_vector @@ (SELECT "
                         "helpdesk_tsquery(?))%1 ORDER BY f.id + 0 DESC LIMIT ?");
    Query query(db, sql.arg(clauses));
    query.bind(sqlite ? match : tsQueryWords(text));
    for (const QVariant& value : values)
        query.bind(value);
    query.bind(limit).exec();
    while (query.next())
        items.append(QJsonObject { { QStringLiteral("ticketId"), double(query.int64(0)) },
            { QStringLiteral("field"), query.text(1) },
            { QStringLiteral("snippet"), sqlite ? query.text(2) : snippet(query.text(2), text, 16) } });
}

} // namespace

QJsonArray findHits(Db& db, const QString& text, const QString& match,
    const std::optional<CustomerId>& customer, qint64 limit)
{
    QJsonArray items;
    if (db.isPostgres())
        items = postgresHits(db, text, customer, limit);
    else
        items = sqliteHits(db, match, customer, limit);
    appendFieldHits(db, text, match,
        customer ? QStringLiteral(" AND t.customer_id = ?") : QString(),
        customer ? QVariantList { customer->value() } : QVariantList(), limit - items.size(),
        items);
    return items;
}

namespace {

// " AND <column> >= ? AND <column> < ?" for the filter's time bounds.
QString timeClauses(const SearchFilter& filter, const QString& column, QVariantList* values)
{
    QString clauses;
    if (filter.sinceMs) {
        clauses += QStringLiteral(" AND %1 >= ?").arg(column);
        *values << *filter.sinceMs;
    }
    if (filter.untilMs) {
        clauses += QStringLiteral(" AND %1 < ?").arg(column);
        *values << *filter.untilMs;
    }
    return clauses;
}

QJsonArray runItems(Db& db, const QString& sql, const QVariantList& values, bool sqlite,
    const QString& text, bool message)
{
    Query query(db, sql);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QJsonArray items;
    while (query.next()) {
        if (!message)
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(query.int64(0)) },
                { QStringLiteral("snippet"),
                    sqlite ? query.text(1) : snippet(query.text(1), text, 12) } });
        else
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(query.int64(1)) },
                { QStringLiteral("messageId"), double(query.int64(0)) },
                { QStringLiteral("snippet"),
                    sqlite ? query.text(2) : snippet(query.text(2), text, 16) } });
    }
    return items;
}

} // namespace

QJsonArray findFilteredHits(Db& db, const QString& text, const QString& match,
    const SearchFilter& filter, qint64 limit)
{
    const bool sqlite = !db.isPostgres();
    QVariantList subjectValues { sqlite ? match : tsQueryWords(text) };
    subjectValues << filter.values;
    const QString subjectTimes = timeClauses(filter, QStringLiteral("t.created_at"), &subjectValues);
    subjectValues << limit;
    const QString subjectSql = sqlite
        ? QStringLiteral("SELECT t.id, snippet(ticket_fts, 0, '', '', '…', 12) FROM ticket_fts "
                         "JOIN tickets t ON t.id = ticket_fts.rowid WHERE ticket_fts MATCH ?%1%2 "
                         "ORDER BY ticket_fts.rowid DESC LIMIT ?")
        : QStringLiteral("SELECT t.id, t.subject FROM tickets t WHERE t.search_vector @@ (SELECT "
                         "helpdesk_tsquery(?))%1%2 ORDER BY t.id + 0 DESC LIMIT ?");
    QJsonArray items = runItems(db, subjectSql.arg(filter.ticketClauses, subjectTimes),
        subjectValues, sqlite, text, false);
    const qint64 remaining = limit - items.size();
    if (remaining <= 0)
        return items;

    QVariantList messageValues { sqlite ? match : tsQueryWords(text) };
    messageValues << filter.values;
    QString messageClauses = filter.ticketClauses;
    if (filter.publicOnly)
        messageClauses += QStringLiteral(" AND m.internal = 0");
    const QString messageTimes
        = timeClauses(filter, QStringLiteral("m.created_at"), &messageValues);
    messageValues << remaining;
    const QString messageSql = sqlite
        ? QStringLiteral("SELECT m.id, m.ticket_id, snippet(message_fts, 0, '', '', '…', 16) "
                         "FROM message_fts JOIN messages m ON m.id = message_fts.rowid "
                         "JOIN tickets t ON t.id = m.ticket_id WHERE message_fts MATCH ?%1%2 "
                         "ORDER BY message_fts.rowid DESC LIMIT ?")
        : QStringLiteral("SELECT m.id, m.ticket_id, m.body FROM messages m JOIN tickets t ON "
                         "t.id = m.ticket_id WHERE m.search_vector @@ (SELECT "
                         "helpdesk_tsquery(?))%1%2 ORDER BY m.id + 0 DESC LIMIT ?");
    const QJsonArray messages = runItems(db, messageSql.arg(messageClauses, messageTimes),
        messageValues, sqlite, text, true);
    for (const QJsonValue& message : messages)
        items.append(message);
    QVariantList fieldValues = filter.values;
    const QString fieldTimes = timeClauses(filter, QStringLiteral("t.created_at"), &fieldValues);
    appendFieldHits(db, text, match, filter.ticketClauses + fieldTimes, fieldValues,
        limit - items.size(), items);
    return items;
}

} // namespace helpdesk::server::search
