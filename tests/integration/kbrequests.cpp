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
    for (const QJsonValue& item :
        resultOf(lead.call(QStringLiteral("canned.list"),
                     params(QStringLiteral("query"), QStringLiteral("ask-details"))))
            .value(QLatin1String("items"))
            .toArray())
        fixture.starter = idOf(item.toObject());
    return fixture;
}

namespace {
std::optional<QJsonObject> cannedParamsFor(const KbFixture& fixture, const QString& method,
    const QString& scope, TestClient& actor, qint64 ticket)
{
    const QJsonObject texts { { QStringLiteral("en"), QStringLiteral("Hello {customer.name}") } };
    if (method == QLatin1String("canned.list"))
        return QJsonObject();
    if (method == QLatin1String("canned.save")) {
        QJsonObject p { { QStringLiteral("name"), QStringLiteral("permission row") },
            { QStringLiteral("texts"), texts }, { QStringLiteral("scope"), scope } };
        if (scope == QLatin1String("queue"))
            p.insert(QStringLiteral("queueId"), 1);
        return p;
    }
    const qint64 response = scope == QLatin1String("missing") ? 987654 : fixture.starter;
    if (method == QLatin1String("canned.delete")) {
        if (scope != QLatin1String("own"))
            return params(QStringLiteral("id"), response);
        const QJsonObject own = resultOf(actor.call(QStringLiteral("canned.save"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("to delete") },
                { QStringLiteral("texts"), texts } }));
        return params(QStringLiteral("id"), own.isEmpty() ? response : idOf(own));
    }
    QJsonObject p { { QStringLiteral("id"), response }, { QStringLiteral("ticketId"), ticket } };
    if (method == QLatin1String("canned.render"))
        return p;
    if (method == QLatin1String("macro.apply")) {
        p.insert(QStringLiteral("version"),
            resultOf(actor.call(QStringLiteral("ticket.get"), params(QStringLiteral("id"), ticket)))
                .value(QLatin1String("ticket"))
                .toObject()
                .value(QLatin1String("version"))
                .toInteger(1));
        return p;
    }
    return std::nullopt;
}
} // namespace

std::optional<QJsonObject> kbParamsFor(const KbFixture& fixture, const QString& method,
    const QString& scope, TestClient& actor, qint64 ticket)
{
    if (method.startsWith(QLatin1String("canned.")) || method == QLatin1String("macro.apply"))
        return cannedParamsFor(fixture, method, scope, actor, ticket);
    const qint64 article = scope == QLatin1String("draft") ? fixture.draft
        : scope == QLatin1String("internal")               ? fixture.internal
        : scope == QLatin1String("missing")                ? 987654
                                                           : fixture.published;
    if (method == QLatin1String("kb.categoryList") || method == QLatin1String("kb.articleList"))
        return QJsonObject();
    if (method == QLatin1String("kb.categorySave"))
        return params(
            QStringLiteral("names"), params(QStringLiteral("hr"), QStringLiteral("Pitanja")));
    if (method == QLatin1String("kb.articleGet") || method == QLatin1String("kb.articleHistory"))
        return params(QStringLiteral("id"), article);
    if (method == QLatin1String("kb.articleSave"))
        return QJsonObject { { QStringLiteral("language"), QStringLiteral("en") },
            { QStringLiteral("title"), QStringLiteral("Permission row article") },
            { QStringLiteral("body"), QStringLiteral("text") },
            { QStringLiteral("state"),
                scope == QLatin1String("published") ? scope : QStringLiteral("draft") } };
    if (method == QLatin1String("kb.suggest"))
        return params(QStringLiteral("text"), QStringLiteral("permissionword"));
    if (method == QLatin1String("kb.feedback"))
        return QJsonObject { { QStringLiteral("id"), article },
            { QStringLiteral("helpful"), true } };
    return std::nullopt;
}

} // namespace helpdesk::test
