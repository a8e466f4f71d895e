// SPDX-License-Identifier: GPL-3.0-or-later
// kb.categoryList, kb.categorySave, kb.articleList, kb.articleGet, kb.suggest, kb.feedback
// (kb.articleSave and kb.articleHistory: kbarticlesave.cpp).
#include "kbservice.h"

#include "kblanguage.h"
#include "kbview.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "search/searchindex.h"
#include "search/searchservice.h"
#include "storage/db.h"

#include <QJsonArray>

namespace helpdesk::server::kb {

namespace {

constexpr qint64 kDefaultListLimit = 50;
constexpr qint64 kMaxListLimit = 100;
constexpr qint64 kDefaultSuggestions = 5;
constexpr qint64 kMaxSuggestions = 20;
constexpr int kMaxQueryChars = 500;
// Suggestions match any word of what was typed; shorter words ("a", "is", "my") match too much.
constexpr int kMinSuggestWordChars = 3;
constexpr int kMaxSuggestWords = 12;

qint64 limitOf(const Params& params, qint64 fallback, qint64 max)
{
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(fallback);
    if (limit < 1 || limit > max)
        validationError(QStringLiteral("limit"), QStringLiteral("from 1 to %1").arg(max));
    return limit;
}

QString queryOf(const Params& params, const QString& name)
{
    const QString text = params.optionalString(name).value_or(QString());
    if (text.size() > kMaxQueryChars)
        validationError(name, QStringLiteral("longer than %1 characters").arg(kMaxQueryChars));
    return text;
}

// The words of a suggestion request, long enough to tell articles apart.
QStringList suggestWords(const QString& text)
{
    QStringList words;
    for (const QString& word :
        search::tsQueryWords(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= kMinSuggestWordChars && words.size() < kMaxSuggestWords)
            words << word;
    }
    return words;
}

// The words as one query matching all of them (or `any` of them), the last as a prefix (it
// may be half typed).
QString wordsMatch(Db& db, const QStringList& words, bool any)
{
    if (db.isPostgres())
        return words.join(QLatin1Char(' '));
    QStringList terms;
    for (const QString& word : words)
        terms << QLatin1Char('"') + search::foldLetters(word) + QLatin1Char('"');
    terms.last() += QLatin1Char('*');
    return terms.join(any ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

QJsonObject categoryJson(const Category& category, const Reader& reader)
{
    const QString language = pickLanguage(category.names.keys(), reader.chain);
    QJsonObject json { { QStringLiteral("id"), double(category.id) },
        { QStringLiteral("name"), category.names.value(language) },
        { QStringLiteral("language"), language },
        { QStringLiteral("visibility"), category.visibility },
        { QStringLiteral("position"), double(category.position) } };
    if (!reader.customer) {
        QJsonObject names;
        for (auto it = category.names.cbegin(); it != category.names.cend(); ++it)
            names.insert(it.key(), it.value());
        json.insert(QStringLiteral("names"), names);
    }
    return json;
}

} // namespace

QJsonValue categoryList(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("language") });
    const Reader reader = readerOf(db, call.principal, params);
    QJsonArray items;
    for (const Category& category : categories(db, reader.customer))
        items.append(categoryJson(category, reader));
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue categorySave(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("names"),
        QStringLiteral("visibility"), QStringLiteral("position"), QStringLiteral("language") });
    const auto id = params.optionalId(QStringLiteral("id"));
    const auto names = params.optionalObject(QStringLiteral("names"));
    Category category;
    if (id) {
        const auto stored = findCategory(db, *id);
        if (!stored)
            throw RpcException(rpc::Error::notFound(QStringLiteral("category %1").arg(*id)));
        category = *stored;
    } else if (!names) {
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("names"), QStringLiteral("required")));
    }
    if (names) {
        if (names->isEmpty())
            validationError(QStringLiteral("names"), QStringLiteral("at least one language"));
        category.names.clear();
        const Params named(*names, QStringLiteral("names."));
        for (const QString& language : names->keys()) {
            checkedLanguage(named.fieldName(language), language);
            category.names.insert(language,
                validText(named.fieldName(language), named.requiredString(language),
                    kMaxCategoryNameChars));
        }
    }
    if (const auto visibility = params.optionalString(QStringLiteral("visibility")))
        category.visibility = checkedVisibility(QStringLiteral("visibility"), *visibility);
    if (const auto position = params.optionalInt(QStringLiteral("position")))
        category.position = *position;
    category.id = saveCategory(db, category, nowMs());
    return categoryJson(category, readerOf(db, call.principal, params));
}

QJsonValue articleList(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("categoryId"), QStringLiteral("query"),
        QStringLiteral("state"), QStringLiteral("visibility"), QStringLiteral("tag"),
        QStringLiteral("language"), QStringLiteral("offset"), QStringLiteral("limit") });
    const Reader reader = readerOf(db, call.principal, params);
    ArticleFilter filter;
    filter.customerView = reader.customer;
    filter.categoryId = params.optionalId(QStringLiteral("categoryId"));
    filter.state = params.optionalString(QStringLiteral("state")).value_or(QString());
    if (!filter.state.isEmpty() && filter.state != QLatin1String("draft")
        && filter.state != QLatin1String("published"))
        validationError(QStringLiteral("state"), QStringLiteral("draft or published"));
    filter.visibility = params.optionalString(QStringLiteral("visibility")).value_or(QString());
    if (!filter.visibility.isEmpty())
        checkedVisibility(QStringLiteral("visibility"), filter.visibility);
    filter.tag = params.optionalString(QStringLiteral("tag")).value_or(QString()).trimmed();
    const QString query = queryOf(params, QStringLiteral("query"));
    if (!query.trimmed().isEmpty()) {
        filter.match = db.isPostgres() ? search::tsQueryWords(query) : search::ftsQuery(query);
        if (filter.match.isEmpty()) // only punctuation: nothing can match
            return QJsonObject { { QStringLiteral("total"), 0 },
                { QStringLiteral("items"), QJsonArray() } };
    }
    const qint64 limit = limitOf(params, kDefaultListLimit, kMaxListLimit);
    const qint64 offset = params.optionalInt(QStringLiteral("offset")).value_or(0);
    if (offset < 0)
        validationError(QStringLiteral("offset"), QStringLiteral("must not be negative"));
    QJsonArray items;
    for (const Article& article : findArticles(db, listArticles(db, filter, limit, offset)))
        items.append(articleJson(article, reader, false, query));
    return QJsonObject { { QStringLiteral("total"), double(countArticles(db, filter)) },
        { QStringLiteral("items"), items } };
}

QJsonValue articleGet(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("language") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const Reader reader = readerOf(db, call.principal, params);
    return articleJson(visibleArticle(db, reader, id), reader, true);
}

QJsonValue suggest(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("text"), QStringLiteral("language"), QStringLiteral("limit") });
    const QString text = params.requiredString(QStringLiteral("text"));
    if (text.size() > kMaxQueryChars)
        validationError(QStringLiteral("text"),
            QStringLiteral("longer than %1 characters").arg(kMaxQueryChars));
    const Reader reader = readerOf(db, call.principal, params);
    const qint64 limit = limitOf(params, kDefaultSuggestions, kMaxSuggestions);
    const QStringList words = suggestWords(text);
    QJsonArray items;
    if (!words.isEmpty()) {
        // Articles with every word first; then, when they are too few, those with any.
        QVector<qint64> ids
            = kb::suggest(db, wordsMatch(db, words, false), false, reader.customer, limit);
        if (ids.size() < limit && words.size() > 1)
            ids += kb::suggest(
                db, wordsMatch(db, words, true), true, reader.customer, limit - ids.size(), ids);
        for (const Article& article : findArticles(db, ids))
            items.append(articleJson(article, reader, false, text));
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

QJsonValue feedback(Db& db, const CallContext& call, EventList&)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("id"), QStringLiteral("helpful") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    if (!params.has(QStringLiteral("helpful")) || params.isNull(QStringLiteral("helpful")))
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("helpful"), QStringLiteral("required")));
    const bool helpful = params.optionalBool(QStringLiteral("helpful"), false);
    Reader reader;
    reader.customer = call.principal.isCustomer();
    visibleArticle(db, reader, id);
    setFeedback(db, id, call.principal.userId, helpful, nowMs());
    return QJsonObject();
}

} // namespace helpdesk::server::kb
