// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

#include <optional>

namespace helpdesk::test {

// Issue 14's part of tst_permissions: knowledge-base articles made by a lead (the hidden ones
// have "secret note" in their titles, which checkCustomerView() looks for), canned responses,
// and the request each (method, scope) row stands for.
struct KbFixture
{
    qint64 category = 0;
    qint64 published = 0; // public and published: customers may read it
    qint64 draft = 0; // public draft
    qint64 internal = 0; // internal, published
    qint64 starter = 0; // the shared canned response "ask-details" (a macro)
};

KbFixture makeKbFixture(TestClient& lead);

// Scopes: "-" (no target), "public" / "draft" / "internal" / "missing" (the article),
// "published" (kb.articleSave: a new published article; "draft" there: a new draft).
// Canned responses: "personal" / "shared" / "queue" (what canned.save makes), "own" (a fresh
// personal response of the actor's, or the starter response for canned.render and
// macro.apply, on `ticket`), "missing".
// nullopt for a method that is not issue 14's or a scope it does not know.
std::optional<QJsonObject> kbParamsFor(const KbFixture& fixture, const QString& method,
    const QString& scope, TestClient& actor, qint64 ticket);

} // namespace helpdesk::test
