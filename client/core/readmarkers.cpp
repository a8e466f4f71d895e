// SPDX-License-Identifier: GPL-3.0-or-later
#include "readmarkers.h"

#include "localfiles.h"

#include <QDir>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcReadMarkers, "helpdesk.client.readmarkers", QtInfoMsg)

namespace helpdesk::client {

namespace {
constexpr int kSaveDelayMs = 1000;
} // namespace

ReadMarkers::ReadMarkers(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_path(filePath)
{
    if (m_path.isEmpty()) {
        m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("read-markers.json"));
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReadMarkers::flush);
    load();
    if (!m_since.isValid()) {
        m_since = QDateTime::currentDateTimeUtc();
        scheduleSave();
    }
}

ReadMarkers::~ReadMarkers()
{
    flush();
}

bool ReadMarkers::isUnread(const Ticket& ticket) const
{
    const qint64 updated = ticket.updatedAt.toMSecsSinceEpoch();
    const auto it = m_readAt.constFind(ticket.id.value());
    if (it == m_readAt.constEnd())
        return updated > m_since.toMSecsSinceEpoch();
    return updated > *it;
}

void ReadMarkers::markRead(const Ticket& ticket)
{
    const qint64 updated = ticket.updatedAt.toMSecsSinceEpoch();
    const auto it = m_readAt.constFind(ticket.id.value());
    if (it != m_readAt.constEnd() && *it >= updated)
        return;
    m_readAt.insert(ticket.id.value(), updated);
    scheduleSave();
    emit changed(ticket.id);
}

void ReadMarkers::markUnread(TicketId ticket)
{
    if (m_readAt.value(ticket.value(), -1) == 0)
        return;
    m_readAt.insert(ticket.value(), 0);
    scheduleSave();
    emit changed(ticket);
}

void ReadMarkers::flush()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return;
    QJsonObject markers;
    for (auto it = m_readAt.cbegin(); it != m_readAt.cend(); ++it)
        markers.insert(QString::number(it.key()), it.value());
    const QJsonObject object { { QStringLiteral("since"), toWireTime(m_since) },
        { QStringLiteral("markers"), markers } };
    QString error;
    if (writeJsonFile(m_path, QJsonDocument(object), &error))
        m_dirty = false;
    else
        qCWarning(lcReadMarkers) << "cannot write" << m_path << error;
}

void ReadMarkers::load()
{
    QString error;
    const auto document = readJsonFile(m_path, &error);
    if (!document) {
        if (!error.isEmpty())
            qCWarning(lcReadMarkers) << "cannot read" << m_path << error;
        return;
    }
    const QJsonObject object = document->object();
    m_since = fromWireTime(object.value(QLatin1String("since")).toString());
    const QJsonObject markers = object.value(QLatin1String("markers")).toObject();
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        const qint64 id = it.key().toLongLong();
        if (id > 0)
            m_readAt.insert(id, it.value().toInteger());
    }
}

void ReadMarkers::scheduleSave()
{
    m_dirty = true;
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

} // namespace helpdesk::client
