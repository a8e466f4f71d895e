// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

#include <memory>
#include <optional>

namespace helpdesk::test {

// Attachments' part of tst_permissions: files an agent attached to a public reply on Acme's
// ticket, to an internal note on it and to Globex's ticket, and an upload of Bob's (Globex).
struct AttachmentFixture
{
    qint64 acmePublic = 0;
    qint64 acmeInternal = 0;
    qint64 globexPublic = 0;
    QString bobUpload; // another user's upload: nobody else may touch it
};

AttachmentFixture makeAttachmentFixture(
    TestClient& agent, TestClient& bob, qint64 acmeTicket, qint64 globexTicket);

// Scopes of attachment.get: "own" (Acme's public file), "foreign" (Globex's), "internal"
// (the internal note's), "missing". Of the upload methods: "own" (a fresh upload of the
// actor's), "foreign" (Bob's upload), "missing"; attachment.begin takes "-".
std::optional<QJsonObject> attachmentParamsFor(const AttachmentFixture& fixture,
    const QString& method, const QString& scope, TestClient& actor);

} // namespace helpdesk::test
