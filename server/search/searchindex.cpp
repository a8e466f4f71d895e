// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "storage/db.h"

#include <algorithm>
#include <iterator>

namespace helpdesk::server::search {

namespace {

struct FoldedLetter
{
    char16_t letter;
    const char16_t* replacement;
};

// The letters of Russian, Ukrainian, Polish, Croatian, Serbian, German, French, Spanish and
// Portuguese text (and look-alikes typed for them: Ð for Đ, the Serbian digraph letters) that
// /usr/share/postgresql/15/tsearch_data/unaccent.rules maps and unicode61 remove_diacritics 2
// keeps. Ukrainian і ї є ґ, Russian й and Serbian ђ ј љ њ ћ џ stay as they are on both.
// Schema step 6 (sqlite/006_fold_letters.sql) holds the same list; keep them equal.
constexpr FoldedLetter kFoldedLetters[] = {
    { u'ł', u"l" }, { u'Ł', u"l" }, // Polish
    { u'đ', u"d" }, { u'Đ', u"d" }, { u'ð', u"d" }, { u'Ð', u"d" }, // Croatian, look-alike
    { u'ǆ', u"dz" }, { u'ǅ', u"dz" }, { u'Ǆ', u"dz" }, // Serbian Latin digraphs
    { u'ǉ', u"lj" }, { u'ǈ', u"lj" }, { u'Ǉ', u"lj" }, { u'ǌ', u"nj" }, { u'ǋ', u"nj" },
    { u'Ǌ', u"nj" }, { u'ø', u"o" }, { u'Ø', u"o" }, { u'ß', u"ss" }, { u'ẞ', u"ss" }, // German
    { u'æ', u"ae" }, { u'Æ', u"ae" }, { u'œ', u"oe" }, { u'Œ', u"oe" }, // French
    { u'ё', u"е" }, { u'Ё', u"е" }, // Russian (to Cyrillic е)
};

} // namespace

QString foldLetters(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const auto* found = std::find_if(std::begin(kFoldedLetters), std::end(kFoldedLetters),
            [u](const FoldedLetter& f) { return f.letter == u; });
        if (found == std::end(kFoldedLetters))
            folded += c;
        else
            folded += QString::fromUtf16(found->replacement);
    }
    return folded;
}

QString foldLettersSql(const QString& operand)
{
    QString sql = operand;
    for (const FoldedLetter& f : kFoldedLetters) {
        sql = QStringLiteral("replace(%1, '%2', '%3')")
                  .arg(sql, QString(QChar(f.letter)), QString::fromUtf16(f.replacement));
    }
    return sql;
}

namespace {

// A table indexed in batches: rows with an id above search_sync.last_id are not indexed yet.
struct BatchIndexed
{
    const char* name; // the search_sync row
    const char* table;
    const char* index; // the FTS5 table
    const char* column;
};

// Messages (schema step 4) and the answers of filed requests (schema step 19).
constexpr BatchIndexed kBatchIndexed[] = {
    { "messages", "messages", "message_fts", "body" },
    { "ticket_fields", "ticket_fields", "ticket_field_fts", "text" },
};

void syncTable(Db& db, const BatchIndexed& source)
{
    const QString name = QString::fromLatin1(source.name);
    Query last(db, QStringLiteral("SELECT last_id FROM search_sync WHERE name = ?"));
    last.bind(name);
    const qint64 lastId = last.scalar().toLongLong();
    Query newest(db, QStringLiteral("SELECT MAX(id) FROM %1").arg(QLatin1String(source.table)));
    const qint64 maxId = newest.scalar().toLongLong();
    if (maxId <= lastId)
        return;
    // One statement, so FTS5 writes one segment for the whole batch. The index holds the
    // folded text (schema step 6); the table keeps what was written.
    const QString column = QString::fromLatin1(source.column);
    Query index(db,
        QStringLiteral("INSERT INTO %1(rowid, %2) SELECT id, %3 FROM %4 WHERE id > ? AND id <= ?")
            .arg(QLatin1String(source.index), column, foldLettersSql(column),
                QLatin1String(source.table)));
    index.bind(lastId).bind(maxId).exec();
    Query remember(db, QStringLiteral("UPDATE search_sync SET last_id = ? WHERE name = ?"));
    remember.bind(maxId).bind(name).exec();
}

} // namespace

void syncIndex(Db& db)
{
    // PostgreSQL keeps its GIN indexes itself, in the transaction that writes the rows.
    if (db.isPostgres())
        return;
    for (const BatchIndexed& source : kBatchIndexed)
        syncTable(db, source);
}

} // namespace helpdesk::server::search
