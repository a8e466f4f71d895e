// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "localfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcDrafts, "helpdesk.client.drafts", QtInfoMsg)

namespace helpdesk::client {

namespace {

constexpr int kSaveDelayMs = 300;
const QLatin1String kNewTicketFile("new-ticket.json");

} // namespace

DraftStore::DraftStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
    if (m_directory.isEmpty()) {
        m_directory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("drafts"));
    }
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DraftStore::flush);
    load();
}

DraftStore::~DraftStore()
{
    flush();
}

Draft DraftStore::draft(TicketId ticket) const
{
    return m_drafts.value(ticket.value());
}

void DraftStore::setText(TicketId ticket, const QString& body)
{
    Draft next = draft(ticket);
    next.body = body;
    setDraft(ticket, next);
}

void DraftStore::setDraft(TicketId ticket, const Draft& draft)
{
    const qint64 key = ticket.value();
    const auto it = m_drafts.constFind(key);
    if (draft.isEmpty() ? it == m_drafts.constEnd() : (it != m_drafts.constEnd() && *it == draft))
        return;
    if (draft.isEmpty())
        m_drafts.remove(key);
    else
        m_drafts.insert(key, draft);
    markDirty(key);
    emit draftChanged(ticket);
}

void DraftStore::clear(TicketId ticket)
{
    if (!m_drafts.remove(ticket.value()))
        return;
    markDirty(ticket.value());
    flush(); // the user finished with it; no reason to let it come back after a crash
    emit draftChanged(ticket);
}

QList<TicketId> DraftStore::tickets() const
{
    QList<TicketId> keys;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        keys.append(TicketId(it.key()));
    return keys;
}

void DraftStore::flush()
{
    m_saveTimer.stop();
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    for (const qint64 key : dirty) {
        const QString path = pathFor(key);
        const auto it = m_drafts.constFind(key);
        if (it == m_drafts.constEnd()) {
            QFile::remove(path);
            continue;
        }
        const QJsonObject object {
            { QStringLiteral("ticketId"), key },
            { QStringLiteral("body"), it->body },
            { QStringLiteral("subject"), it->subject },
            { QStringLiteral("internal"), it->internal },
            { QStringLiteral("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        };
        QString error;
        if (!writeJsonFile(path, QJsonDocument(object), &error)) {
            qCWarning(lcDrafts) << "cannot save draft" << path << error;
            m_dirty.insert(key); // retried with the next change or flush
            emit saveFailed(tr("Could not save the draft: %1").arg(error));
        }
    }
}

QString DraftStore::pathFor(qint64 key) const
{
    const QDir dir(m_directory);
    if (key == 0)
        return dir.filePath(kNewTicketFile);
    return dir.filePath(QStringLiteral("ticket-%1.json").arg(key));
}

void DraftStore::load()
{
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString& name : files) {
        QString error;
        const auto document = readJsonFile(dir.filePath(name), &error);
        if (!document) {
            qCWarning(lcDrafts) << "skipping unreadable draft" << name << error;
            continue;
        }
        const QJsonObject object = document->object();
        const qint64 key = object.value(QLatin1String("ticketId")).toInteger(-1);
        // The name must agree with the content, so a stray file cannot claim another ticket.
        if (key < 0 || dir.filePath(name) != pathFor(key))
            continue;
        Draft draft;
        draft.body = object.value(QLatin1String("body")).toString();
        draft.subject = object.value(QLatin1String("subject")).toString();
        draft.internal = object.value(QLatin1String("internal")).toBool();
        if (!draft.isEmpty())
            m_drafts.insert(key, draft);
    }
}

void DraftStore::markDirty(qint64 key)
{
    m_dirty.insert(key);
    // Not restarted on every keystroke: continuous typing is still saved every interval.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

} // namespace helpdesk::client
