// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementboard.h"

#include "connection.h"
#include "protocol/methods.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSettings>

#include <algorithm>

namespace helpdesk::client {

namespace {
constexpr int kListLimit = 200;
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;

qint64 msOf(const QJsonObject& announcement, const char* field)
{
    return fromWireTime(announcement.value(QLatin1String(field)).toString()).toMSecsSinceEpoch();
}
} // namespace

AnnouncementBoard::AnnouncementBoard(Connection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &AnnouncementBoard::expire);
    connect(connection, &Connection::loggedIn, this, &AnnouncementBoard::reload);
    connect(connection, &Connection::resynced, this, &AnnouncementBoard::reload);
    connect(connection, &Connection::loggedOut, this, [this] {
        m_items.clear();
        emit changed();
    });
    connect(connection, &Connection::announcementChanged, this, &AnnouncementBoard::apply);
    connect(connection, &Connection::announcementRemoved, this, &AnnouncementBoard::remove);
    if (connection->isReady())
        reload();
}

void AnnouncementBoard::reload()
{
    if (!m_connection || !m_connection->isReady())
        return;
    loadDismissed();
    const QJsonObject params { { QStringLiteral("filter"),
                                   QJsonObject { { QStringLiteral("state"),
                                       QJsonArray { QStringLiteral("current"),
                                           QStringLiteral("upcoming") } } } },
        { QStringLiteral("limit"), kListLimit } };
    m_connection->call(QString(method::AnnouncementList), params, this,
        [this](const QJsonValue& result) {
            m_items.clear();
            for (const QJsonValue& item : result.toObject().value(QLatin1String("items")).toArray())
                m_items.insert(item.toObject().value(QLatin1String("id")).toInteger(), item.toObject());
            expire();
        });
}

bool AnnouncementBoard::isOpen(const QJsonObject& announcement, qint64 nowMs)
{
    return announcement.value(QLatin1String("withdrawnAt")).isNull()
        && msOf(announcement, "endsAt") > nowMs;
}

AnnouncementBoard::Text AnnouncementBoard::textOf(
    const QJsonObject& announcement, const QString& language)
{
    const QJsonArray texts = announcement.value(QLatin1String("texts")).toArray();
    for (const QString& wanted : { language, language.section(u'_', 0, 0) }) {
        for (const QJsonValue& value : texts) {
            const QJsonObject text = value.toObject();
            if (!wanted.isEmpty() && text.value(QLatin1String("language")).toString() == wanted)
                return { text.value(QLatin1String("title")).toString(),
                    text.value(QLatin1String("body")).toString() };
        }
    }
    return { announcement.value(QLatin1String("title")).toString(),
        announcement.value(QLatin1String("body")).toString() };
}

QVector<QJsonObject> AnnouncementBoard::open() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVector<QJsonObject> items;
    for (const QJsonObject& item : m_items) {
        if (isOpen(item, now))
            items << item;
    }
    std::sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const qint64 startA = msOf(a, "startsAt");
        const qint64 startB = msOf(b, "startsAt");
        return startA != startB ? startA < startB
                                : a.value(QLatin1String("id")).toInteger()
                < b.value(QLatin1String("id")).toInteger();
    });
    return items;
}

QVector<QJsonObject> AnnouncementBoard::banner() const
{
    QVector<QJsonObject> items = open();
    items.erase(std::remove_if(items.begin(), items.end(),
                    [this](const QJsonObject& item) {
                        return m_dismissed.contains(item.value(QLatin1String("id")).toInteger());
                    }),
        items.end());
    return items;
}

void AnnouncementBoard::dismiss(qint64 id)
{
    if (m_dismissed.contains(id))
        return;
    m_dismissed.insert(id);
    QVariantList ids;
    for (qint64 dismissed : std::as_const(m_dismissed))
        ids << dismissed;
    QSettings().setValue(settingsKey(), ids);
    emit changed();
}

void AnnouncementBoard::apply(const QJsonObject& announcement)
{
    const qint64 id = announcement.value(QLatin1String("id")).toInteger();
    if (isOpen(announcement, QDateTime::currentMSecsSinceEpoch()))
        m_items.insert(id, announcement);
    else
        m_items.remove(id);
    expire();
}

void AnnouncementBoard::remove(qint64 id)
{
    if (m_items.remove(id))
        emit changed();
}

// Drops what has ended and sets the timer for the next end.
void AnnouncementBoard::expire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = 0;
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!isOpen(*it, now)) {
            it = m_items.erase(it);
            continue;
        }
        const qint64 end = msOf(*it, "endsAt");
        next = next == 0 ? end : qMin(next, end);
        ++it;
    }
    if (next > 0)
        m_expiry.start(int(qBound<qint64>(0, next - now + 1, kMaxTimerMs)));
    else
        m_expiry.stop();
    emit changed();
}

QString AnnouncementBoard::settingsKey() const
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    return QStringLiteral("announcements/%1_%2/%3/dismissed")
        .arg(m_connection ? m_connection->host() : QString())
        .arg(m_connection ? m_connection->port() : 0)
        .arg(user ? user->id.value() : 0);
}

void AnnouncementBoard::loadDismissed()
{
    m_dismissed.clear();
    for (const QVariant& id : QSettings().value(settingsKey()).toList())
        m_dismissed.insert(id.toLongLong());
}

} // namespace helpdesk::client
