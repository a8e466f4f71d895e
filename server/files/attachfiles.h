// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <QVector>

namespace helpdesk::server {

class Db;
class Params;

namespace files {

constexpr int kMaxFilesPerMessage = 20;

// `attachmentIds` of message.add / ticket.create: an array of at most kMaxFilesPerMessage
// attachment ids (-32602 for another type, 1022 for too many or repeated ids).
QVector<qint64> attachmentIdsParam(const Params& params);
// Checks that each file was uploaded by `me` and is attached to no message yet (1004 / 1022),
// attaches them to `message` and lists them in message.attachments.
void attachFiles(Db& db, const Principal& me, const QVector<qint64>& ids, Message& message);

} // namespace files

} // namespace helpdesk::server
