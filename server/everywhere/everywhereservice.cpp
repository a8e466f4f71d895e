// SPDX-License-Identifier: GPL-3.0-or-later
#include "everywhereservice.h"

#include "canned/cannedstore.h"
#include "directory/directorystore.h"
#include "everywherestore.h"
#include "kb/kbstore.h"
#include "rpc/params.h"
#include "search/searchservice.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QJsonObject>

namespace helpdesk::server::everywhere {

namespace {

constexpr qint64 kDefaultLimit = 5;
constexpr qint64 kMaxLimit = 20;
constexpr int kMaxQueryChars = 500;
constexpr int kSnippetWords = 24;
const QStringList& allKinds()
{
    static const QStringList kinds { QStringLiteral("tickets"), QStringLiteral("contacts"),
        QStringLiteral("organisations"), QStringLiteral("articles"), QStringLiteral("canned") };
    return kinds;
}

// What the caller looks for.
struct Wanted
{
    QString text; // as typed
    QStringList words;
    qint64 limit = kDefaultLimit;
};

QJsonObject withText(QJsonObject item, const QString& title, const QString& snippet,
    const Wanted& query, const QJsonArray& highlights)
{
    item.insert(QStringLiteral("title"), title);
    item.insert(QStringLiteral("titleHighlights"), search::highlights(title, query.text));
    item.insert(QStringLiteral("snippet"), snippet);
    item.insert(QStringLiteral("highlights"), highlights);
    return item;
}

QJsonObject withText(
    QJsonObject item, const QString& title, const QString& snippet, const Wanted& query)
{
    return withText(item, title, snippet, query, search::highlights(snippet, query.text));
}

// Whether every word of the query starts a word of `text` (folded as the search folds).
bool holdsEveryWord(const QString& text, const QStringList& words)
{
    for (const QString& word : words) {
        if (search::highlights(text, word).isEmpty())
            return false;
    }
    return true;
}

// Tickets through `search` itself (one item per ticket), so the caller's ticket visibility
// and internal notes are decided where ticket.get's are.
QJsonArray findTickets(Db& db, const CallContext& call, const Wanted& query)
{
    const CallContext inner { call.principal,
        QJsonObject { { QStringLiteral("query"), query.text },
            { QStringLiteral("limit"), double(query.limit + 1) },
            { QStringLiteral("perTicket"), true } },
        call.address };
    QJsonArray items;
    for (const QJsonValue& value :
        search::run(db, inner).toObject().value(QLatin1String("items")).toArray()) {
        QJsonObject hit = value.toObject();
        const QString subject = hit.value(QLatin1String("ticket"))
                                    .toObject()
                                    .value(QLatin1String("subject"))
                                    .toString();
        const QString snippet = hit.value(QLatin1String("snippet")).toString();
        const QJsonArray highlights = hit.value(QLatin1String("highlights")).toArray();
        items.append(withText(hit, subject, snippet, query, highlights));
    }
    return items;
}

// Contacts as user.list shows them: staff every organisation's, a customer its own's.
QJsonArray findContactItems(Db& db, const CallContext& call, const Wanted& query)
{
    if (call.principal.isCustomer() && !call.principal.customerId)
        return {};
    const auto customer = call.principal.isCustomer() ? call.principal.customerId : std::nullopt;
    QJsonArray items;
    for (const User& user : findContacts(db, query.words, customer, query.limit + 1)) {
        QStringList details { user.login };
        if (!user.email.isEmpty())
            details << user.email;
        items.append(withText(QJsonObject { { QStringLiteral("userId"), double(user.id.value()) },
                                  { QStringLiteral("user"), user.toJson() } },
            user.name, details.join(QStringLiteral(" · ")), query));
    }
    return items;
}

// Organisations by name: staff all, a customer its own (as customer.get allows).
QJsonArray findOrganisations(Db& db, const CallContext& call, const Wanted& query)
{
    QVector<Customer> found;
    if (call.principal.isStaff()) {
        found = findCustomers(db, query.text.trimmed(), query.limit + 1, 0);
    } else if (call.principal.customerId) {
        const auto own = findCustomer(db, *call.principal.customerId);
        if (own && own->name.contains(query.text.trimmed(), Qt::CaseInsensitive))
            found << *own;
    }
    QJsonArray items;
    for (const Customer& customer : found)
        items.append(
            withText(QJsonObject { { QStringLiteral("customerId"), double(customer.id.value()) } },
                customer.name, QString(), query));
    return items;
}

// Articles in every language as kb.articleList finds them (customers: published, public,
// outside internal categories); the snippet from the language that matched.
QJsonArray findArticleItems(Db& db, const CallContext& call, const Wanted& query)
{
    kb::ArticleFilter filter;
    filter.customerView = call.principal.isCustomer();
    filter.match
        = db.isPostgres() ? search::tsQueryWords(query.text) : search::ftsQuery(query.text);
    QJsonArray items;
    for (const kb::Article& article :
        kb::findArticles(db, kb::listArticles(db, filter, query.limit + 1, 0))) {
        const kb::ArticleText* shown = article.texts.isEmpty() ? nullptr : &article.texts.first();
        for (const kb::ArticleText& text : article.texts) {
            if (holdsEveryWord(text.title + QLatin1Char('\n') + text.body, query.words)) {
                shown = &text;
                break;
            }
        }
        if (!shown)
            continue;
        items.append(withText(QJsonObject { { QStringLiteral("articleId"), double(article.id) },
                                  { QStringLiteral("language"), shown->language },
                                  { QStringLiteral("state"), article.state },
                                  { QStringLiteral("visibility"), article.visibility } },
            shown->title, search::snippet(shown->body, query.text, kSnippetWords), query));
    }
    return items;
}

// The caller's canned responses (its own, its queues', the shared ones) whose name or a text
// holds every word; staff only. Matched in memory: an agent has a few hundred at most.
QJsonArray findCanned(Db& db, const CallContext& call, const Wanted& query)
{
    QJsonArray items;
    if (!call.principal.isStaff())
        return items;
    for (const canned::Response& response : canned::responsesFor(db, call.principal.userId, {})) {
        QString language;
        for (auto it = response.texts.cbegin(); it != response.texts.cend(); ++it) {
            if (holdsEveryWord(response.name + QLatin1Char('\n') + it.value(), query.words)
                && (language.isEmpty() || it.key() == QLatin1String("en")))
                language = it.key();
        }
        if (language.isEmpty())
            continue;
        items.append(withText(QJsonObject { { QStringLiteral("cannedId"), double(response.id) },
                                  { QStringLiteral("language"), language },
                                  { QStringLiteral("macro"), !response.actions.isEmpty() } },
            response.name,
            search::snippet(response.texts.value(language), query.text, kSnippetWords), query));
        if (items.size() > query.limit)
            break;
    }
    return items;
}

} // namespace

QJsonValue run(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("query"), QStringLiteral("limit"), QStringLiteral("kinds") });
    Wanted query;
    query.text = params.requiredString(QStringLiteral("query"));
    if (query.text.size() > kMaxQueryChars)
        validationError(QStringLiteral("query"),
            QStringLiteral("longer than %1 characters").arg(kMaxQueryChars));
    query.words = search::tsQueryWords(query.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (query.words.isEmpty())
        validationError(QStringLiteral("query"), QStringLiteral("must contain a word"));
    query.limit = params.optionalInt(QStringLiteral("limit")).value_or(kDefaultLimit);
    if (query.limit < 1 || query.limit > kMaxLimit)
        validationError(QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxLimit));
    const QStringList kinds
        = params.optionalStringList(QStringLiteral("kinds")).value_or(allKinds());
    for (const QString& kind : kinds) {
        if (!allKinds().contains(kind))
            validationError(QStringLiteral("kinds"), QStringLiteral("unknown kind %1").arg(kind));
    }

    using Finder = QJsonArray (*)(Db&, const CallContext&, const Wanted&);
    const Finder finders[]
        = { &findTickets, &findContactItems, &findOrganisations, &findArticleItems, &findCanned };
    QJsonArray groups;
    for (qsizetype i = 0; i < allKinds().size(); ++i) {
        const QString& kind = allKinds().at(i);
        if (!kinds.contains(kind) || (kind == QLatin1String("canned") && !call.principal.isStaff()))
            continue;
        QJsonArray items = finders[i](db, call, query);
        const bool more = items.size() > query.limit;
        while (items.size() > query.limit)
            items.removeLast();
        groups.append(QJsonObject { { QStringLiteral("kind"), kind },
            { QStringLiteral("items"), items }, { QStringLiteral("more"), more } });
    }
    return QJsonObject { { QStringLiteral("groups"), groups } };
}

} // namespace helpdesk::server::everywhere
