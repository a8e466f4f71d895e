// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testclient.h"

#include <optional>

namespace helpdesk::test {

// The knowledge base's part of tst_permissions: articles made by a lead (the hidden ones have
// "secret note" in their titles, which checkCustomerView() looks for) and the request each
// (method, scope) row stands for.
struct KbFixture
{
    qint64 category = 0;
    qint64 published = 0; // public and published: customers may read it
    qint64 draft = 0; // public draft
    qint64 internal = 0; // internal, published
};

KbFixture makeKbFixture(TestClient& lead);

// Scopes: "-" (no target), "public" / "draft" / "internal" / "missing" (the article),
// "published" (kb.articleSave: a new published article; "draft" there: a new draft).
// nullopt for a method that is not the knowledge base's or a scope it does not know.
std::optional<QJsonObject> kbParamsFor(
    const KbFixture& fixture, const QString& method, const QString& scope);

} // namespace helpdesk::test
