// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kbstore.h"
#include "rpc/principal.h"

#include <QJsonObject>

namespace helpdesk::server {

class Params;

// What a caller sees of the knowledge base: in which language, and which articles.
namespace kb {

struct Reader
{
    bool customer = false;
    QStringList chain; // languageChain() of the request, the caller's locale, the organisation
};

// The reader of this call: `language` from the params (checked), else the caller's locale.
Reader readerOf(Db& db, const Principal& me, const Params& params);

// Whether the article is visible to the reader (customers: published, public, category
// public); throws 1004 "article N not found" when not, as when there is none.
Article visibleArticle(Db& db, const Reader& reader, qint64 id);

// The article in the reader's best language; with `withBody` the whole text, else a
// snippet around `query` (or the beginning). Staff also get the votes.
QJsonObject articleJson(
    const Article& article, const Reader& reader, bool withBody, const QString& query = {});

// A stored time (ms since the epoch) in the wire form.
QString wireTime(qint64 ms);

QString checkedLanguage(const QString& field, const QString& language);
QString checkedVisibility(const QString& field, const QString& visibility);

constexpr int kMaxTitleChars = 300;
constexpr int kMaxArticleChars = 200'000;
constexpr int kMaxCategoryNameChars = 100;

} // namespace kb
} // namespace helpdesk::server
