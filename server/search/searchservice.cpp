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

QString ftsQuery(const QString& text)
{
    // Words as unicode61 sees them: letters, digits and marks.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext() && terms.size() < kMaxWords)
        terms << QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"');
    if (terms.isEmpty())
        return {};
    terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

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
