// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcement.h"

#include <QJsonArray>

namespace helpdesk::server {

const QStringList kAnnouncementKinds { QStringLiteral("maintenance"), QStringLiteral("setting"),
    QStringLiteral("update"), QStringLiteral("other") };
const QStringList kAnnouncementAudiences { QStringLiteral("all"), QStringLiteral("customers"),
    QStringLiteral("service") };

namespace {
QJsonValue wireTime(std::optional<qint64> ms)
{
    return ms ? QJsonValue(toWireTime(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC)))
              : QJsonValue(QJsonValue::Null);
}
} // namespace

QString Announcement::state(qint64 now) const
{
    if (withdrawnAt)
        return QStringLiteral("withdrawn");
    if (endsAt <= now)
        return QStringLiteral("ended");
    return startsAt > now ? QStringLiteral("upcoming") : QStringLiteral("current");
}

const AnnouncementText* Announcement::textFor(const QStringList& preferred) const
{
    if (texts.isEmpty())
        return nullptr;
    QStringList wanted;
    for (const QString& locale : preferred) {
        if (locale.isEmpty())
            continue;
        wanted << locale << locale.section(u'_', 0, 0);
    }
    wanted << QStringLiteral("en");
    for (const QString& language : wanted) {
        for (const AnnouncementText& text : texts) {
            if (text.language == language)
                return &text;
        }
    }
    return &texts.first();
}

QJsonObject Announcement::toJson(bool forStaff, const QStringList& preferred, qint64 now) const
{
    QJsonArray textArray;
    for (const AnnouncementText& text : texts)
        textArray.append(QJsonObject { { QStringLiteral("language"), text.language },
            { QStringLiteral("title"), text.title }, { QStringLiteral("body"), text.body } });
    const AnnouncementText* chosen = textFor(preferred);
    QJsonObject object { { QStringLiteral("id"), double(id.value()) },
        { QStringLiteral("kind"), kind }, { QStringLiteral("audience"), audience },
        { QStringLiteral("serviceKind"),
            serviceKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(serviceKind) },
        { QStringLiteral("startsAt"), wireTime(startsAt) },
        { QStringLiteral("endsAt"), wireTime(endsAt) },
        { QStringLiteral("publishedAt"), wireTime(publishedAt) },
        { QStringLiteral("updatedAt"), wireTime(updatedAt) },
        { QStringLiteral("withdrawnAt"), wireTime(withdrawnAt) },
        { QStringLiteral("state"), state(now) }, { QStringLiteral("version"), double(version) },
        { QStringLiteral("texts"), textArray },
        { QStringLiteral("language"), chosen ? chosen->language : QString() },
        { QStringLiteral("title"), chosen ? chosen->title : QString() },
        { QStringLiteral("body"), chosen ? chosen->body : QString() } };
    if (forStaff) {
        QJsonArray customers;
        for (CustomerId customer : customerIds)
            customers.append(double(customer.value()));
        object.insert(QStringLiteral("customerIds"), customers);
        object.insert(QStringLiteral("authorId"),
            authorId ? QJsonValue(double(authorId->value())) : QJsonValue(QJsonValue::Null));
    }
    return object;
}

} // namespace helpdesk::server
