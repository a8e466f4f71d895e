// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "rpc/params.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace helpdesk::server::search {

namespace {
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;
constexpr int kMaxQueryChars = 500;
constexpr int kMaxWords = 16;
} // namespace

namespace {

// Words as unicode61 sees them: letters, digits and marks.
const QRegularExpression& wordPattern()
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    return word;
}

QStringList queryWords(const QString& text)
{
    QStringList words;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext() && words.size() < kMaxWords)
        words << it.next().captured(0);
    return words;
}

// Lower case without accents, for finding the match in a snippet: near enough to the index's
// folding for choosing where the excerpt starts.
QString fold(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing
            || c.category() == QChar::Mark_SpacingCombining)
            continue;
        switch (c.unicode()) {
        case 0x0142:
            folded += QLatin1Char('l');
            break; // ł
        case 0x0111:
            folded += QLatin1Char('d');
            break; // đ
        case 0x00F8:
            folded += QLatin1Char('o');
            break; // ø
        default:
            folded += c;
        }
    }
    return folded;
}

} // namespace

QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : queryWords(text))
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString tsQueryWords(const QString& text)
{
    return queryWords(text).join(QLatin1Char(' '));
}

QString snippet(const QString& text, const QString& query, int words)
{
    QStringList wanted;
    for (const QString& word : queryWords(query))
        wanted << fold(word);
    struct Span
    {
        qsizetype start;
        qsizetype end;
    };
    QVector<Span> spans;
    qsizetype hit = -1;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        spans.push_back({ match.capturedStart(), match.capturedEnd() });
        if (hit < 0) {
            const QString folded = fold(match.captured(0));
            for (const QString& word : wanted) {
                if (folded.startsWith(word)) {
                    hit = spans.size() - 1;
                    break;
                }
            }
        }
    }
    if (spans.isEmpty())
        return text.left(200);
    const qsizetype count = spans.size();
    qsizetype first = qMax<qsizetype>(0, qMax<qsizetype>(hit, 0) - words / 4);
    const qsizetype last = qMin(count, first + words) - 1;
    first = qMax<qsizetype>(0, qMin(first, last - words + 1));
    QString result = text.mid(spans[first].start, spans[last].end - spans[first].start);
    if (first > 0)
        result.prepend(QStringLiteral("…"));
    if (last < count - 1)
        result.append(QStringLiteral("…"));
    return result;
}

namespace {

// The same search with the GIN indexes of PostgreSQL (schema step 1): helpdesk_tsvector() is
// the indexed expression, so the query must use exactly it.
QJsonValue runPostgres(Db& db, const CallContext& call, const QString& text, qint64 limit)
{
    const QString words = tsQueryWords(text);
    const bool customer = call.principal.isCustomer();
    QJsonArray items;
    {
        Query subjects(db,
            customer ? QStringLiteral(
                "SELECT t.id, t.subject FROM tickets t WHERE helpdesk_tsvector(t.subject) @@ "
                "helpdesk_tsquery(?) AND t.customer_id = ? ORDER BY t.id DESC LIMIT ?")
                     : QStringLiteral(
                         "SELECT t.id, t.subject FROM tickets t WHERE helpdesk_tsvector(t.subject) "
                         "@@ helpdesk_tsquery(?) ORDER BY t.id DESC LIMIT ?"));
        subjects.bind(words);
        if (customer)
            subjects.bind(call.principal.customerId->value());
        subjects.bind(limit).exec();
        while (subjects.next())
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(subjects.int64(0)) },
                { QStringLiteral("snippet"), snippet(subjects.text(1), text, 12) } });
    }
    const qint64 remaining = limit - items.size();
    if (remaining > 0) {
        Query messages(db,
            customer ? QStringLiteral(
                "SELECT m.id, m.ticket_id, m.body FROM messages m JOIN tickets t ON t.id = "
                "m.ticket_id WHERE helpdesk_tsvector(m.body) @@ helpdesk_tsquery(?) AND "
                "m.internal = 0 AND t.customer_id = ? ORDER BY m.id DESC LIMIT ?")
                     : QStringLiteral("SELECT m.id, m.ticket_id, m.body FROM messages m WHERE "
                                      "helpdesk_tsvector(m.body) @@ helpdesk_tsquery(?) "
                                      "ORDER BY m.id DESC LIMIT ?"));
        messages.bind(words);
        if (customer)
            messages.bind(call.principal.customerId->value());
        messages.bind(remaining).exec();
        while (messages.next())
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(messages.int64(1)) },
                { QStringLiteral("messageId"), double(messages.int64(0)) },
                { QStringLiteral("snippet"), snippet(messages.text(2), text, 16) } });
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace

QJsonValue run(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("query"), QStringLiteral("limit") });
    const QString text = params.requiredString(QStringLiteral("query"));
    if (text.size() > kMaxQueryChars)
        validationError(QStringLiteral("query"),
            QStringLiteral("longer than %1 characters").arg(kMaxQueryChars));
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(kDefaultLimit);
    if (limit < 1 || limit > kMaxLimit)
        validationError(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxLimit));
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        validationError(QStringLiteral("query"), QStringLiteral("must contain a word"));

    if (db.isPostgres())
        return runPostgres(db, call, text, limit);
    const bool customer = call.principal.isCustomer();
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
            subjects.bind(call.principal.customerId->value());
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
            messages.bind(call.principal.customerId->value());
        messages.bind(remaining).exec();
        while (messages.next())
            items.append(QJsonObject { { QStringLiteral("ticketId"), double(messages.int64(1)) },
                { QStringLiteral("messageId"), double(messages.int64(0)) },
                { QStringLiteral("snippet"), messages.text(2) } });
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace helpdesk::server::search
