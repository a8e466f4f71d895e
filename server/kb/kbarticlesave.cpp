// SPDX-License-Identifier: GPL-3.0-or-later
// kb.articleSave (new articles and edits, one language's text at a time, with a version
// check so two editors never overwrite each other) and kb.articleHistory.
#include "kbservice.h"

#include "kbview.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"
#include "storage/db.h"
#include "tickets/ticketstore.h"

#include <QJsonArray>

namespace helpdesk::server::kb {

namespace {

constexpr qint64 kDefaultHistory = 50;
constexpr qint64 kMaxHistory = 200;

[[noreturn]] void conflict(const Article& current, const Reader& reader, qint64 version)
{
    throw RpcException(rpc::Conflict,
        QStringLiteral("article %1 is at version %2, not %3")
            .arg(current.id)
            .arg(current.version)
            .arg(version),
        QJsonObject { { QStringLiteral("current"), articleJson(current, reader, true) } });
}

// The text fields of a save: all three or none.
std::optional<ArticleText> textOf(const Params& params)
{
    const bool any = params.has(QStringLiteral("language")) || params.has(QStringLiteral("title"))
        || params.has(QStringLiteral("body"));
    if (!any)
        return std::nullopt;
    ArticleText text;
    text.language = checkedLanguage(
        QStringLiteral("language"), params.requiredString(QStringLiteral("language")));
    text.title = validText(
        QStringLiteral("title"), params.requiredString(QStringLiteral("title")), kMaxTitleChars);
    text.body = validText(QStringLiteral("body"), params.requiredString(QStringLiteral("body")),
        kMaxArticleChars, false);
    return text;
}

// Category, visibility, state and tags as the params set them (absent: unchanged).
void applyFields(Db& db, const Params& params, Article& article)
{
    if (params.has(QStringLiteral("categoryId"))) {
        article.categoryId = params.optionalId(QStringLiteral("categoryId"));
        if (article.categoryId && !findCategory(db, *article.categoryId))
            validationError(QStringLiteral("categoryId"), QStringLiteral("no such category"));
    }
    if (const auto visibility = params.optionalString(QStringLiteral("visibility")))
        article.visibility = checkedVisibility(QStringLiteral("visibility"), *visibility);
    if (const auto state = params.optionalString(QStringLiteral("state"))) {
        if (*state != QLatin1String("draft") && *state != QLatin1String("published"))
            validationError(QStringLiteral("state"), QStringLiteral("draft or published"));
        article.state = *state;
    }
    if (params.has(QStringLiteral("tags")))
        article.tags = ticketstore::normaliseTags(QStringLiteral("tags"),
            params.optionalStringList(QStringLiteral("tags")).value_or(QStringList()));
}

} // namespace

QJsonValue articleSave(Db& db, const CallContext& call, EventList&)
{
    const Principal& me = call.principal;
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("categoryId"),
            QStringLiteral("visibility"), QStringLiteral("state"), QStringLiteral("tags"),
            QStringLiteral("language"), QStringLiteral("title"), QStringLiteral("body") });
    const auto id = params.optionalId(QStringLiteral("id"));
    const auto version = params.optionalInt(QStringLiteral("version"));
    if (id && !version)
        throw RpcException(
            rpc::Error::invalidParams(QStringLiteral("version"), QStringLiteral("required")));
    const std::optional<ArticleText> text = textOf(params);
    Reader reader;
    reader.chain = QStringList { text ? text->language : QString() };
    const bool mayPublish = me.role == Role::Admin || me.role == Role::Lead;
    const qint64 now = nowMs();

    Article article;
    std::optional<ArticleText> previous;
    if (id) {
        article = visibleArticle(db, reader, *id);
        if (*version != article.version)
            conflict(article, reader, *version);
        if (!mayPublish && article.state == QLatin1String("published"))
            throw RpcException(rpc::Error::forbidden(
                QStringLiteral("only leads and admins edit published articles")));
        if (text) {
            for (const ArticleText& stored : article.texts) {
                if (stored.language == text->language)
                    previous = stored;
            }
        }
    } else {
        if (!text)
            throw RpcException(
                rpc::Error::invalidParams(QStringLiteral("title"), QStringLiteral("required")));
        article.authorId = me.userId;
        article.createdAtMs = now;
    }
    applyFields(db, params, article);
    if (!mayPublish && article.state == QLatin1String("published"))
        throw RpcException(
            rpc::Error::forbidden(QStringLiteral("only leads and admins publish articles")));
    article.updatedAtMs = now;
    if (id) {
        if (!updateArticle(db, article, *version))
            conflict(*findArticle(db, *id), reader, *version); // another server came first
        ++article.version;
    } else {
        article.id = insertArticle(db, article);
    }
    if (text && (!previous || previous->title != text->title || previous->body != text->body)) {
        ArticleText saved = *text;
        saved.updatedBy = me.userId;
        saved.updatedAtMs = now;
        saveText(db, article.id, saved);
        HistoryEntry entry;
        entry.version = article.version;
        entry.language = text->language;
        entry.editorId = me.userId;
        entry.editedAtMs = now;
        if (previous) {
            entry.previousTitle = previous->title;
            entry.previousBody = previous->body;
        }
        entry.title = text->title;
        entry.body = text->body;
        addHistory(db, article.id, entry);
    }
    return articleJson(*findArticle(db, article.id), reader, true);
}

QJsonValue articleHistory(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown(
        { QStringLiteral("id"), QStringLiteral("language"), QStringLiteral("limit") });
    const qint64 id = params.requiredId(QStringLiteral("id"));
    const auto language = params.optionalString(QStringLiteral("language"));
    if (language)
        checkedLanguage(QStringLiteral("language"), *language);
    const qint64 limit = params.optionalInt(QStringLiteral("limit")).value_or(kDefaultHistory);
    if (limit < 1 || limit > kMaxHistory)
        validationError(QStringLiteral("limit"), QStringLiteral("from 1 to %1").arg(kMaxHistory));
    visibleArticle(db, Reader(), id);
    QJsonArray items;
    for (const HistoryEntry& entry : history(db, id, language.value_or(QString()), limit)) {
        items.append(QJsonObject { { QStringLiteral("id"), double(entry.id) },
            { QStringLiteral("version"), double(entry.version) },
            { QStringLiteral("language"), entry.language },
            { QStringLiteral("editorId"), double(entry.editorId.value()) },
            { QStringLiteral("editorName"), entry.editorName },
            { QStringLiteral("editedAt"), wireTime(entry.editedAtMs) },
            { QStringLiteral("previousTitle"), entry.previousTitle },
            { QStringLiteral("previousBody"), entry.previousBody },
            { QStringLiteral("title"), entry.title }, { QStringLiteral("body"), entry.body } });
    }
    return QJsonObject { { QStringLiteral("items"), items } };
}

} // namespace helpdesk::server::kb
