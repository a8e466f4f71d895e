// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbview.h"

#include "directory/directoryservice.h"
#include "directory/directorystore.h"
#include "kblanguage.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "search/searchservice.h"
#include "storage/db.h"

#include <QDateTime>
#include <QJsonArray>

namespace helpdesk::server::kb {

namespace {
constexpr int kSnippetWords = 24;
} // namespace

QString wireTime(qint64 ms)
{
    return toWireTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString checkedLanguage(const QString& field, const QString& language)
{
    if (language.isEmpty() || !directory::isLocaleName(language))
        validationError(field, QStringLiteral("not a language like hr or pt_BR"));
    return language;
}

QString checkedVisibility(const QString& field, const QString& visibility)
{
    if (visibility != QLatin1String("internal") && visibility != QLatin1String("public"))
        validationError(field, QStringLiteral("internal or public"));
    return visibility;
}

Reader readerOf(Db& db, const Principal& me, const Params& params)
{
    Reader reader;
    reader.customer = me.isCustomer();
    const auto requested = params.optionalString(QStringLiteral("language"));
    QString language;
    if (requested)
        language = checkedLanguage(QStringLiteral("language"), *requested);
    else if (const auto user = findUser(db, me.userId))
        language = user->locale;
    QString organisation;
    if (me.customerId) {
        if (const auto customer = findCustomer(db, *me.customerId))
            organisation = customer->language;
    }
    reader.chain = languageChain(language, organisation);
    return reader;
}

Article visibleArticle(Db& db, const Reader& reader, qint64 id)
{
    auto article = findArticle(db, id);
    bool visible = article.has_value();
    if (visible && reader.customer) {
        visible = article->state == QLatin1String("published")
            && article->visibility == QLatin1String("public");
        if (visible && article->categoryId) {
            const auto category = findCategory(db, *article->categoryId);
            visible = category && category->visibility == QLatin1String("public");
        }
    }
    if (!visible)
        throw RpcException(rpc::Error::notFound(QStringLiteral("article %1").arg(id)));
    return *article;
}

QJsonObject articleJson(
    const Article& article, const Reader& reader, bool withBody, const QString& query)
{
    QStringList languages;
    for (const ArticleText& text : article.texts)
        languages << text.language;
    const QString language = pickLanguage(languages, reader.chain);
    const ArticleText* shown = nullptr;
    for (const ArticleText& text : article.texts) {
        if (text.language == language)
            shown = &text;
    }
    QJsonObject json {
        { QStringLiteral("id"), double(article.id) },
        { QStringLiteral("categoryId"),
            article.categoryId ? QJsonValue(double(*article.categoryId)) : QJsonValue() },
        { QStringLiteral("visibility"), article.visibility },
        { QStringLiteral("state"), article.state },
        { QStringLiteral("authorId"), double(article.authorId.value()) },
        { QStringLiteral("tags"), QJsonArray::fromStringList(article.tags) },
        { QStringLiteral("version"), double(article.version) },
        { QStringLiteral("createdAt"), wireTime(article.createdAtMs) },
        { QStringLiteral("updatedAt"), wireTime(article.updatedAtMs) },
        { QStringLiteral("languages"), QJsonArray::fromStringList(languages) },
        { QStringLiteral("language"), language },
        { QStringLiteral("title"), shown ? shown->title : QString() },
    };
    const QString body = shown ? shown->body : QString();
    if (withBody)
        json.insert(QStringLiteral("body"), body);
    else
        json.insert(QStringLiteral("snippet"), search::snippet(body, query, kSnippetWords));
    if (!reader.customer) {
        json.insert(QStringLiteral("helpful"), double(article.helpful));
        json.insert(QStringLiteral("notHelpful"), double(article.notHelpful));
    }
    return json;
}

} // namespace helpdesk::server::kb
