// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbstore.h"

#include "search/searchindex.h"
#include "storage/db.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk::server::kb {

namespace {

// What a customer may see of an article; `a` is kb_articles.
const QString kCustomerView = QStringLiteral(
    " AND a.state = 'published' AND a.visibility = 'public' AND (a.category_id IS NULL OR "
    "EXISTS (SELECT 1 FROM kb_categories c WHERE c.id = a.category_id AND c.visibility = "
    "'public'))");

struct Clauses
{
    QString sql; // " AND ..." over kb_articles a
    QVariantList values;
};

Clauses clausesOf(Db& db, const ArticleFilter& filter)
{
    Clauses clauses;
    if (filter.customerView)
        clauses.sql += kCustomerView;
    if (filter.categoryId) {
        clauses.sql += QStringLiteral(" AND a.category_id = ?");
        clauses.values << *filter.categoryId;
    }
    if (!filter.state.isEmpty()) {
        clauses.sql += QStringLiteral(" AND a.state = ?");
        clauses.values << filter.state;
    }
    if (!filter.visibility.isEmpty()) {
        clauses.sql += QStringLiteral(" AND a.visibility = ?");
        clauses.values << filter.visibility;
    }
    if (!filter.tag.isEmpty()) {
        clauses.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM kb_article_tags g WHERE "
                                      "g.article_id = a.id AND g.tag = ?)");
        clauses.values << filter.tag;
    }
    if (!filter.match.isEmpty()) {
        clauses.sql += db.isPostgres()
            ? QStringLiteral(" AND a.id IN (SELECT article_id FROM kb_article_texts WHERE "
                             "search_vector @@ (SELECT helpdesk_tsquery(?)))")
            : QStringLiteral(" AND a.id IN (SELECT article_id FROM kb_article_texts WHERE id IN "
                             "(SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?))");
        clauses.values << filter.match;
    }
    return clauses;
}

Query& bindAll(Query& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.bind(value);
    return query;
}

// How many of the newest matching texts a suggestion ranks. PostgreSQL ranks fewer: its
// ts_rank reads each candidate's stored vector (SQLite's bm25 works on the index), and a
// request for the words typed must stay within a keystroke's time (docs/performance.md).
constexpr int kSuggestCandidates = 2000;
constexpr int kPgSuggestCandidates = 500;

const QString kArticleColumns = QStringLiteral(
    "a.id, a.category_id, a.visibility, a.state, a.author_id, a.tags, a.version, a.created_at, "
    "a.updated_at, (SELECT COUNT(*) FROM kb_feedback f WHERE f.article_id = a.id AND f.helpful = "
    "1), (SELECT COUNT(*) FROM kb_feedback f WHERE f.article_id = a.id AND f.helpful = 0)");

Article articleFromRow(const Query& row)
{
    Article article;
    article.id = row.int64(0);
    if (!row.isNull(1))
        article.categoryId = row.int64(1);
    article.visibility = row.text(2);
    article.state = row.text(3);
    article.authorId = UserId(row.int64(4));
    for (const QJsonValue& tag : QJsonDocument::fromJson(row.text(5).toUtf8()).array())
        article.tags << tag.toString();
    article.version = row.int64(6);
    article.createdAtMs = row.int64(7);
    article.updatedAtMs = row.int64(8);
    article.helpful = row.int64(9);
    article.notHelpful = row.int64(10);
    return article;
}

QVector<ArticleText> textsOf(Db& db, qint64 articleId)
{
    Query rows(db,
        QStringLiteral("SELECT id, language, title, body, updated_by, updated_at FROM "
                       "kb_article_texts WHERE article_id = ? ORDER BY language"));
    rows.bind(articleId).exec();
    QVector<ArticleText> texts;
    while (rows.next())
        texts.push_back({ rows.int64(0), rows.text(1), rows.text(2), rows.text(3),
            UserId(rows.int64(4)), rows.int64(5) });
    return texts;
}

QString tagsJson(const QStringList& tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

void replaceTags(Db& db, qint64 articleId, const QStringList& tags)
{
    Query remove(db, QStringLiteral("DELETE FROM kb_article_tags WHERE article_id = ?"));
    remove.bind(articleId).exec();
    for (const QString& tag : tags) {
        Query insert(
            db, QStringLiteral("INSERT INTO kb_article_tags (article_id, tag) VALUES (?, ?)"));
        insert.bind(articleId).bind(tag).exec();
    }
}

} // namespace

QVector<Category> categories(Db& db, bool publicOnly)
{
    Query rows(db,
        publicOnly ? QStringLiteral("SELECT id, visibility, position FROM kb_categories WHERE "
                                    "visibility = 'public' ORDER BY position, id")
                   : QStringLiteral(
                       "SELECT id, visibility, position FROM kb_categories ORDER BY position, id"));
    rows.exec();
    QVector<Category> result;
    while (rows.next())
        result.push_back({ rows.int64(0), rows.text(1), rows.int64(2), {} });
    for (Category& category : result) {
        Query names(db,
            QStringLiteral("SELECT language, name FROM kb_category_names WHERE category_id = ?"));
        names.bind(category.id).exec();
        while (names.next())
            category.names.insert(names.text(0), names.text(1));
    }
    return result;
}

std::optional<Category> findCategory(Db& db, qint64 id)
{
    for (const Category& category : categories(db, false)) {
        if (category.id == id)
            return category;
    }
    return std::nullopt;
}

qint64 saveCategory(Db& db, const Category& category, qint64 nowMs)
{
    qint64 id = category.id;
    if (id == 0) {
        Query insert(db,
            QStringLiteral("INSERT INTO kb_categories (visibility, position, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
        id = insert.bind(category.visibility)
                 .bind(category.position)
                 .bind(nowMs)
                 .bind(nowMs)
                 .scalar()
                 .toLongLong();
    } else {
        Query update(db,
            QStringLiteral("UPDATE kb_categories SET visibility = ?, position = ?, updated_at = ? "
                           "WHERE id = ?"));
        update.bind(category.visibility).bind(category.position).bind(nowMs).bind(id).exec();
    }
    Query remove(db, QStringLiteral("DELETE FROM kb_category_names WHERE category_id = ?"));
    remove.bind(id).exec();
    for (auto it = category.names.cbegin(); it != category.names.cend(); ++it) {
        Query insert(db,
            QStringLiteral(
                "INSERT INTO kb_category_names (category_id, language, name) VALUES (?, ?, ?)"));
        insert.bind(id).bind(it.key()).bind(it.value()).exec();
    }
    return id;
}

std::optional<Article> findArticle(Db& db, qint64 id)
{
    Query row(
        db, QStringLiteral("SELECT %1 FROM kb_articles a WHERE a.id = ?").arg(kArticleColumns));
    row.bind(id).exec();
    if (!row.next())
        return std::nullopt;
    Article article = articleFromRow(row);
    article.texts = textsOf(db, id);
    return article;
}

QVector<Article> findArticles(Db& db, const QVector<qint64>& ids)
{
    QVector<Article> articles;
    for (qint64 id : ids) {
        if (auto article = findArticle(db, id))
            articles << *article;
    }
    return articles;
}

qint64 insertArticle(Db& db, const Article& article)
{
    Query insert(db,
        QStringLiteral("INSERT INTO kb_articles (category_id, visibility, state, author_id, tags, "
                       "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                       "RETURNING id"));
    const qint64 id = insert.bind(article.categoryId ? QVariant(*article.categoryId) : sqlNullInt())
                          .bind(article.visibility)
                          .bind(article.state)
                          .bind(article.authorId.value())
                          .bind(tagsJson(article.tags))
                          .bind(article.createdAtMs)
                          .bind(article.updatedAtMs)
                          .scalar()
                          .toLongLong();
    replaceTags(db, id, article.tags);
    return id;
}

bool updateArticle(Db& db, const Article& article, qint64 expected)
{
    Query update(db,
        QStringLiteral("UPDATE kb_articles SET category_id = ?, visibility = ?, state = ?, tags = "
                       "?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    update.bind(article.categoryId ? QVariant(*article.categoryId) : sqlNullInt())
        .bind(article.visibility)
        .bind(article.state)
        .bind(tagsJson(article.tags))
        .bind(article.updatedAtMs)
        .bind(article.id)
        .bind(expected)
        .exec();
    if (update.rowsAffected() != 1)
        return false;
    replaceTags(db, article.id, article.tags);
    return true;
}

void saveText(Db& db, qint64 articleId, const ArticleText& text)
{
    Query upsert(db,
        QStringLiteral("INSERT INTO kb_article_texts (article_id, language, title, body, "
                       "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(article_id, language) DO UPDATE SET title = excluded.title, body = "
                       "excluded.body, updated_by = excluded.updated_by, updated_at = "
                       "excluded.updated_at RETURNING id"));
    const qint64 id = upsert.bind(articleId)
                          .bind(text.language)
                          .bind(text.title)
                          .bind(text.body)
                          .bind(text.updatedBy.value())
                          .bind(text.updatedAtMs)
                          .scalar()
                          .toLongLong();
    if (db.isPostgres())
        return; // the stored search_vector follows the row
    Query remove(db, QStringLiteral("DELETE FROM kb_fts WHERE rowid = ?"));
    remove.bind(id).exec();
    Query index(db, QStringLiteral("INSERT INTO kb_fts (rowid, title, body) VALUES (?, ?, ?)"));
    index.bind(id)
        .bind(search::foldLetters(text.title))
        .bind(search::foldLetters(text.body))
        .exec();
}

void addHistory(Db& db, qint64 articleId, const HistoryEntry& entry)
{
    Query insert(db,
        QStringLiteral("INSERT INTO kb_article_history (article_id, version, language, editor_id, "
                       "edited_at, previous_title, previous_body, title, body) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"));
    insert.bind(articleId)
        .bind(entry.version)
        .bind(entry.language)
        .bind(entry.editorId.value())
        .bind(entry.editedAtMs)
        .bind(sqlText(entry.previousTitle))
        .bind(sqlText(entry.previousBody))
        .bind(entry.title)
        .bind(entry.body)
        .exec();
}

QVector<HistoryEntry> history(Db& db, qint64 articleId, const QString& language, qint64 limit)
{
    Query rows(db,
        QStringLiteral("SELECT h.id, h.version, h.language, h.editor_id, u.name, h.edited_at, "
                       "h.previous_title, h.previous_body, h.title, h.body FROM "
                       "kb_article_history h JOIN users u ON u.id = h.editor_id WHERE "
                       "h.article_id = ? AND (? = '' OR h.language = ?) ORDER BY h.id DESC "
                       "LIMIT ?"));
    rows.bind(articleId).bind(sqlText(language)).bind(sqlText(language)).bind(limit).exec();
    QVector<HistoryEntry> entries;
    while (rows.next())
        entries.push_back({ rows.int64(0), rows.int64(1), rows.text(2), UserId(rows.int64(3)),
            rows.text(4), rows.int64(5), rows.text(6), rows.text(7), rows.text(8), rows.text(9) });
    return entries;
}

QVector<qint64> listArticles(Db& db, const ArticleFilter& filter, qint64 limit, qint64 offset)
{
    const Clauses clauses = clausesOf(db, filter);
    Query rows(db,
        QStringLiteral("SELECT a.id FROM kb_articles a WHERE 1 = 1%1 ORDER BY a.updated_at DESC, "
                       "a.id DESC LIMIT ? OFFSET ?")
            .arg(clauses.sql));
    bindAll(rows, clauses.values).bind(limit).bind(offset).exec();
    QVector<qint64> ids;
    while (rows.next())
        ids << rows.int64(0);
    return ids;
}

qint64 countArticles(Db& db, const ArticleFilter& filter)
{
    const Clauses clauses = clausesOf(db, filter);
    Query count(
        db, QStringLiteral("SELECT COUNT(*) FROM kb_articles a WHERE 1 = 1%1").arg(clauses.sql));
    return bindAll(count, clauses.values).scalar().toLongLong();
}

QVector<qint64> suggest(Db& db, const QString& match, bool any, bool customerView, qint64 limit,
    const QVector<qint64>& skip)
{
    const QString visible
        = QStringLiteral(" AND a.state = 'published'") + (customerView ? kCustomerView : QString());
    // Only the newest kSuggestCandidates (kPgSuggestCandidates) matching texts are ranked: ranking every match of a
    // common word costs time in proportion to the knowledge base, and suggestions are typed.
    // On PostgreSQL "id + 0" keeps the planner on the GIN index (walking the primary key
    // backwards would read every row for a rare word, as in search::findHits); the candidates
    // are sorted as bare ids (with their vectors the sort spilled to disk).
    QString sql;
    if (db.isPostgres()) {
        sql = QStringLiteral(
            "SELECT t.article_id FROM (SELECT m.id FROM kb_article_texts m WHERE m.search_vector "
            "@@ (SELECT %1(?)) ORDER BY m.id + 0 DESC LIMIT %2) c JOIN kb_article_texts t ON t.id "
            "= c.id JOIN kb_articles a ON a.id = t.article_id WHERE 1 = 1%3 ORDER BY "
            "ts_rank(t.search_vector, (SELECT %1(?))) DESC, t.article_id DESC LIMIT ?")
                  .arg(any ? QStringLiteral("helpdesk_tsquery_any")
                           : QStringLiteral("helpdesk_tsquery"))
                  .arg(kPgSuggestCandidates)
                  .arg(visible);
    } else {
        sql = QStringLiteral(
            "SELECT t.article_id FROM (SELECT rowid AS id, bm25(kb_fts, 4.0, 1.0) AS score FROM "
            "kb_fts WHERE kb_fts MATCH ? ORDER BY rowid DESC LIMIT %1) f JOIN kb_article_texts t "
            "ON t.id = f.id JOIN kb_articles a ON a.id = t.article_id WHERE 1 = 1%2 ORDER BY "
            "f.score, t.article_id DESC LIMIT ?")
                  .arg(kSuggestCandidates)
                  .arg(visible);
    }
    Query rows(db, sql);
    rows.bind(match);
    if (db.isPostgres())
        rows.bind(match);
    // Several languages of one article may match: read more rows than wanted, keep each once.
    rows.bind((limit + skip.size()) * 4).exec();
    QVector<qint64> ids;
    while (rows.next() && ids.size() < limit) {
        const qint64 id = rows.int64(0);
        if (!ids.contains(id) && !skip.contains(id))
            ids << id;
    }
    return ids;
}

void setFeedback(Db& db, qint64 articleId, UserId user, bool helpful, qint64 nowMs)
{
    Query upsert(db,
        QStringLiteral("INSERT INTO kb_feedback (article_id, user_id, helpful, created_at) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (article_id, user_id) DO UPDATE SET helpful = "
                       "excluded.helpful, created_at = excluded.created_at"));
    upsert.bind(articleId).bind(user.value()).bind(helpful ? 1 : 0).bind(nowMs).exec();
}

} // namespace helpdesk::server::kb
