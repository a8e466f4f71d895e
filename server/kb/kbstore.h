// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace helpdesk::server {

class Db;

// The knowledge base's SQL: categories, articles, their texts per language, edit history,
// tags, votes and the full-text index of the texts (FTS5 on SQLite, written here; a stored
// tsvector on PostgreSQL, written by the database).
namespace kb {

struct Category
{
    qint64 id = 0;
    QString visibility = QStringLiteral("public");
    qint64 position = 0;
    QHash<QString, QString> names; // language → name
};

struct ArticleText
{
    qint64 id = 0;
    QString language;
    QString title;
    QString body;
    UserId updatedBy;
    qint64 updatedAtMs = 0;
};

struct Article
{
    qint64 id = 0;
    std::optional<qint64> categoryId;
    QString visibility = QStringLiteral("internal");
    QString state = QStringLiteral("draft");
    UserId authorId;
    QStringList tags;
    qint64 version = 1;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QVector<ArticleText> texts; // every language, by language
    qint64 helpful = 0;
    qint64 notHelpful = 0;
};

struct HistoryEntry
{
    qint64 id = 0;
    qint64 version = 0;
    QString language;
    UserId editorId;
    QString editorName;
    qint64 editedAtMs = 0;
    QString previousTitle;
    QString previousBody;
    QString title;
    QString body;
};

// Which articles a list or search keeps. `customerView`: published, public, and not in an
// internal category. `match` is the FTS5 query (SQLite) or the words for helpdesk_tsquery().
struct ArticleFilter
{
    bool customerView = false;
    std::optional<qint64> categoryId;
    QString state;
    QString visibility;
    QString tag;
    QString match;
};

QVector<Category> categories(Db& db, bool publicOnly);
std::optional<Category> findCategory(Db& db, qint64 id);
// Inserts (id 0) or updates the category and replaces its names; returns its id.
qint64 saveCategory(Db& db, const Category& category, qint64 nowMs);

// The article with its texts and votes; nullopt when there is none.
std::optional<Article> findArticle(Db& db, qint64 id);
// Several articles with their texts, in the order of `ids` (missing ones left out).
QVector<Article> findArticles(Db& db, const QVector<qint64>& ids);
qint64 insertArticle(Db& db, const Article& article);
// Writes the article's fields with version + 1 when the stored version is `expected`;
// false when another edit came first.
bool updateArticle(Db& db, const Article& article, qint64 expected);
// Inserts or replaces the text of one language and indexes it.
void saveText(Db& db, qint64 articleId, const ArticleText& text);
void addHistory(Db& db, qint64 articleId, const HistoryEntry& entry);
QVector<HistoryEntry> history(Db& db, qint64 articleId, const QString& language, qint64 limit);

// Article ids newest first, and how many the filter keeps.
QVector<qint64> listArticles(Db& db, const ArticleFilter& filter, qint64 limit, qint64 offset);
qint64 countArticles(Db& db, const ArticleFilter& filter);

// Published articles whose texts match, best first (BM25 on SQLite, ts_rank on PostgreSQL),
// ranked among the newest 2,000 matching texts: article ids, each once, none of `skip`.
// `match`: the FTS5 query (SQLite) or the words (PostgreSQL); `any`: the words are joined by
// OR (helpdesk_tsquery_any), else all are required.
QVector<qint64> suggest(Db& db, const QString& match, bool any, bool customerView, qint64 limit,
    const QVector<qint64>& skip = {});

// A customer's vote on an article; a second vote replaces the first.
void setFeedback(Db& db, qint64 articleId, UserId user, bool helpful, qint64 nowMs);

} // namespace kb
} // namespace helpdesk::server
