// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbrequests.h"

namespace helpdesk::test {

namespace {
qint64 saveArticle(TestClient& lead, const QString& title, const QString& visibility,
    const QString& state, qint64 category)
{
    return idOf(resultOf(lead.call(QStringLiteral("kb.articleSave"),
        QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), title },
            { QStringLiteral("body"), QStringLiteral("permissionword article body") },
            { QStringLiteral("visibility"), visibility }, { QStringLiteral("state"), state },
            { QStringLiteral("categoryId"), category } })));
}
} // namespace

KbFixture makeKbFixture(TestClient& lead)
{
    KbFixture fixture;
    fixture.category = idOf(resultOf(lead.call(QStringLiteral("kb.categorySave"),
        params(QStringLiteral("names"), params(QStringLiteral("en"), QStringLiteral("FAQ"))))));
    const QString published = QStringLiteral("published");
    fixture.published = saveArticle(lead, QStringLiteral("Public permissionword"),
        QStringLiteral("public"), published, fixture.category);
    fixture.draft = saveArticle(lead, QStringLiteral("kb secret note draft"),
        QStringLiteral("public"), QStringLiteral("draft"), fixture.category);
    fixture.internal = saveArticle(lead, QStringLiteral("kb secret note internal"),
        QStringLiteral("internal"), published, fixture.category);
    return fixture;
}

std::optional<QJsonObject> kbParamsFor(
    const KbFixture& fixture, const QString& method, const QString& scope)
{
    const qint64 article = scope == QLatin1String("draft") ? fixture.draft
        : scope == QLatin1String("internal")              ? fixture.internal
        : scope == QLatin1String("missing")               ? 987654
                                                          : fixture.published;
    if (method == QLatin1String("kb.categoryList") || method == QLatin1String("kb.articleList"))
        return QJsonObject();
    if (method == QLatin1String("kb.categorySave"))
        return params(QStringLiteral("names"), params(QStringLiteral("hr"), QStringLiteral("Pitanja")));
    if (method == QLatin1String("kb.articleGet") || method == QLatin1String("kb.articleHistory"))
        return params(QStringLiteral("id"), article);
    if (method == QLatin1String("kb.articleSave"))
        return QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("Permission row article") },
            { QStringLiteral("body"), QStringLiteral("text") },
            { QStringLiteral("state"), scope == QLatin1String("published") ? scope : QStringLiteral("draft") } };
    if (method == QLatin1String("kb.suggest"))
        return params(QStringLiteral("text"), QStringLiteral("permissionword"));
    if (method == QLatin1String("kb.feedback"))
        return QJsonObject { { QStringLiteral("id"), article }, { QStringLiteral("helpful"), true } };
    return std::nullopt;
}

} // namespace helpdesk::test
