// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "searchindex.h"
#include "searchstore.h"
#include "tickets/ticketfilter.h"
#include "tickets/ticketstore.h"

#include "rpc/params.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace helpdesk::server::search {

namespace {
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;
constexpr int kMaxQueryChars = 500;
constexpr int kMaxWords = 16;
// perTicket: hits read per ticket wanted, and at most.
constexpr qint64 kHitsPerTicket = 10;
constexpr qint64 kMaxHitsRead = 1000;
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
    return textWords(text, kMaxWords);
}

} // namespace

QStringList textWords(const QString& text, int max)
{
    QStringList words;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext() && words.size() < max)
        words << it.next().captured(0);
    return words;
}

QString foldWord(const QString& word)
{
    // Plain ASCII (most words of most texts) has nothing to decompose or fold.
    const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word.toLower();
    const QString decomposed
        = foldLetters(word).normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing
            && c.category() != QChar::Mark_SpacingCombining)
            folded += c;
    }
    return folded;
}

QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : queryWords(text))
        terms << QLatin1Char('"') + foldLetters(word) + QLatin1Char('"');
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
        wanted << foldWord(word);
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
            const QString folded = foldWord(match.captured(0));
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

QJsonArray highlights(const QString& text, const QString& query)
{
    const QStringList words = queryWords(query);
    QStringList whole;
    for (const QString& word : words)
        whole << foldWord(word);
    const QString prefix = whole.isEmpty() ? QString() : whole.last();
    QJsonArray ranges;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString folded = foldWord(match.captured(0));
        if (whole.contains(folded) || (!prefix.isEmpty() && folded.startsWith(prefix)))
            ranges.append(QJsonArray { double(match.capturedStart()),
                double(match.capturedLength()) });
    }
    return ranges;
}

namespace {

// One item per ticket, in the order of each ticket's first (newest) hit, with the ticket
// itself and how many of the hits read were its.
QJsonArray perTicket(Db& db, const QJsonArray& hits, qint64 limit)
{
    QJsonArray items;
    QHash<qint64, qsizetype> indexOf;
    QVector<int> counts;
    for (const QJsonValue& value : hits) {
        const QJsonObject hit = value.toObject();
        const qint64 id = hit.value(QLatin1String("ticketId")).toInteger();
        const auto known = indexOf.constFind(id);
        if (known != indexOf.constEnd()) {
            ++counts[*known];
            continue;
        }
        if (items.size() >= limit)
            continue;
        indexOf.insert(id, items.size());
        counts << 1;
        items.append(hit);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const auto ticket
            = ticketstore::find(db, TicketId(item.value(QLatin1String("ticketId")).toInteger()));
        if (ticket)
            item.insert(QStringLiteral("ticket"), ticket->toJson());
        item.insert(QStringLiteral("hits"), counts.at(i));
        items.replace(i, item);
    }
    return items;
}

} // namespace

QJsonValue run(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("query"), QStringLiteral("limit"),
        QStringLiteral("filter"), QStringLiteral("perTicket") });
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

    const bool grouped = params.optionalBool(QStringLiteral("perTicket"), false);
    const bool filtered = params.has(QStringLiteral("filter"))
        && !params.isNull(QStringLiteral("filter"));
    // A technical or billing contact sees only part of its organisation's tickets: its hits
    // go through the same ticket clauses as a filtered search.
    const bool scoped = call.principal.isCustomer() && call.principal.contactRole
        && *call.principal.contactRole != ContactRole::Owner;
    SearchFilter filter;
    if (filtered || scoped) {
        const tickets::TicketFilter tickets = tickets::ticketFilter(
            call, { QStringLiteral("since"), QStringLiteral("until") });
        filter.ticketClauses = tickets.andClauses();
        filter.values = tickets.values;
    }
    if (filtered) {
        const Params f(*params.optionalObject(QStringLiteral("filter")), QStringLiteral("filter."));
        filter.sinceMs = f.optionalTimeMs(QStringLiteral("since"));
        filter.untilMs = f.optionalTimeMs(QStringLiteral("until"));
    }
    // A customer searches its own organisation's tickets only (a customer always has one).
    if (call.principal.isCustomer() && !call.principal.customerId)
        return QJsonObject { { QStringLiteral("items"), QJsonArray() } };
    const std::optional<CustomerId> customer
        = call.principal.isCustomer() ? call.principal.customerId : std::nullopt;
    filter.publicOnly = customer.has_value();

    // Grouped, more hits are read so that `limit` tickets can be found among them.
    const qint64 read = grouped ? qMin<qint64>(limit * kHitsPerTicket, kMaxHitsRead) : limit;
    QJsonArray items = filtered || scoped ? findFilteredHits(db, text, match, filter, read)
                                : findHits(db, text, match, customer, read);
    if (grouped)
        items = perTicket(db, items, limit);
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(QStringLiteral("highlights"),
            highlights(item.value(QLatin1String("snippet")).toString(), text));
        items.replace(i, item);
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace helpdesk::server::search
