// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "storage/db.h"

namespace helpdesk::server::search {

void syncIndex(Db& db)
{
    // PostgreSQL keeps its GIN indexes itself, in the transaction that writes the rows.
    if (db.isPostgres())
        return;
    Query last(db, QStringLiteral("SELECT last_id FROM search_sync WHERE name = 'messages'"));
    const qint64 lastId = last.scalar().toLongLong();
    Query newest(db, QStringLiteral("SELECT MAX(id) FROM messages"));
    const qint64 maxId = newest.scalar().toLongLong();
    if (maxId <= lastId)
        return;
    // One statement, so FTS5 writes one segment for the whole batch.
    Query index(db,
        QStringLiteral("INSERT INTO message_fts(rowid, body) SELECT id, body FROM messages WHERE "
                       "id > ? AND id <= ?"));
    index.bind(lastId).bind(maxId).exec();
    Query remember(
        db, QStringLiteral("UPDATE search_sync SET last_id = ? WHERE name = 'messages'"));
    remember.bind(maxId).exec();
}

} // namespace helpdesk::server::search
