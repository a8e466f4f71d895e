-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 13: the knowledge base (categories, articles with one text per
-- language, their edit history, tags and the customers' helpful / not helpful votes) and the
-- canned responses and macros agents answer with (one text per language; a macro also changes
-- the ticket).
CREATE TABLE kb_categories (
    id INTEGER PRIMARY KEY,
    visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('internal', 'public')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE kb_category_names (
    category_id INTEGER NOT NULL REFERENCES kb_categories(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (category_id, language)
);
CREATE TABLE kb_articles (
    id INTEGER PRIMARY KEY,
    category_id INTEGER REFERENCES kb_categories(id) ON DELETE SET NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('internal', 'public')),
    state TEXT NOT NULL CHECK (state IN ('draft', 'published')),
    author_id INTEGER NOT NULL REFERENCES users(id),
    tags TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX kb_articles_category ON kb_articles(category_id, id);
-- kb_articles.tags holds the JSON array shown on the wire; this table is the index for filters.
CREATE TABLE kb_article_tags (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, article_id)
);
CREATE TABLE kb_article_texts (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at INTEGER NOT NULL,
    UNIQUE (article_id, language)
);
-- Every saved edit: who, when, and the text before and after it (a diff needs both; the first
-- text of a language has empty previous_* columns).
CREATE TABLE kb_article_history (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    language TEXT NOT NULL,
    editor_id INTEGER NOT NULL REFERENCES users(id),
    edited_at INTEGER NOT NULL,
    previous_title TEXT NOT NULL,
    previous_body TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX kb_article_history_article ON kb_article_history(article_id, id);
-- One vote per customer user and article; the counts are aggregates over it.
CREATE TABLE kb_feedback (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, user_id)
);
-- The article texts' full-text index. Not external-content: it holds the title and body with
-- search::foldLetters() applied (written by the kb store in the writing transaction), rowid =
-- kb_article_texts.id; snippets are cut from the unfolded text in kb_article_texts.
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, body, tokenize='unicode61 remove_diacritics 2');

-- Canned responses: personal (owner_id), shared with one queue (queue_id), or shared with all
-- staff (both NULL). `actions` is a JSON object; non-empty makes the response a macro.
CREATE TABLE canned_responses (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    owner_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    queue_id INTEGER REFERENCES queues(id) ON DELETE CASCADE,
    actions TEXT NOT NULL DEFAULT '{}',
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (owner_id IS NULL OR queue_id IS NULL)
);
CREATE INDEX canned_responses_owner ON canned_responses(owner_id);
CREATE TABLE canned_response_texts (
    response_id INTEGER NOT NULL REFERENCES canned_responses(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (response_id, language)
);
