// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace helpdesk::server {

class Db;
class Session;
class Responder;
struct ServerContext;
struct AttachmentSettings;

// Handlers of attachment.begin, .chunk, .status, .cancel and .get (docs/protocol.md,
// "Attachments"): chunked, resumable uploads into the content-addressed store and chunked
// downloads, for whoever may read the message a file belongs to. They are session handlers
// because they need the store's settings; the work runs as database jobs.
namespace attachments {
void begin(
    ServerContext& context, Session& session, const QJsonObject& params, const Responder& respond);
void chunk(
    ServerContext& context, Session& session, const QJsonObject& params, const Responder& respond);
void status(
    ServerContext& context, Session& session, const QJsonObject& params, const Responder& respond);
void cancel(
    ServerContext& context, Session& session, const QJsonObject& params, const Responder& respond);
void get(
    ServerContext& context, Session& session, const QJsonObject& params, const Responder& respond);

// Drops uploads nobody added to within the expiry time, and files uploaded that long ago but
// never attached to a message (with their content, unless another attachment shares it).
// Returns how many were dropped.
int sweepExpired(Db& db, const AttachmentSettings& settings, qint64 nowMs);
} // namespace attachments

} // namespace helpdesk::server
