// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachfiles.h"

#include "attachmentstore.h"
#include "rpc/params.h"
#include "rpc/rpcexception.h"

#include <QSet>

namespace helpdesk::server::files {

QVector<qint64> attachmentIdsParam(const Params& params)
{
    const QString field = QStringLiteral("attachmentIds");
    const auto array = params.optionalArray(field);
    if (!array)
        return {};
    QVector<qint64> ids;
    QSet<qint64> seen;
    for (const QJsonValue& value : *array) {
        const std::optional<qint64> id = jsonInteger(value);
        if (!id || *id < 1)
            throw RpcException(rpc::Error::invalidParams(
                params.fieldName(field), QStringLiteral("expected an array of attachment ids")));
        if (seen.contains(*id))
            validationError(field, QStringLiteral("an attachment is named twice"));
        seen.insert(*id);
        ids << *id;
    }
    if (ids.size() > kMaxFilesPerMessage)
        validationError(
            field, QStringLiteral("at most %1 attachments per message").arg(kMaxFilesPerMessage));
    return ids;
}

void attachFiles(Db& db, const Principal& me, const QVector<qint64>& ids, Message& message)
{
    if (ids.isEmpty())
        return;
    for (const qint64 id : ids) {
        const auto stored = attachmentstore::find(db, id);
        // Someone else's upload is as good as missing: its existence is not leaked.
        if (!stored || stored->uploaderId != me.userId)
            throw RpcException(rpc::Error::notFound(QStringLiteral("attachment %1").arg(id)));
        if (stored->ticketId)
            validationError(QStringLiteral("attachmentIds"),
                QStringLiteral("attachment %1 belongs to a message already").arg(id));
    }
    attachmentstore::link(db, ids, message.id);
    message.attachments = attachmentstore::ofMessage(db, message.id);
}

} // namespace helpdesk::server::files
