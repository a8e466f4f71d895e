// SPDX-License-Identifier: GPL-3.0-or-later
#include "readcache.h"

#include "connection.h"
#include "localfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReadCache, "helpdesk.client.readcache", QtInfoMsg)

namespace helpdesk::client {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyDirectory
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QJsonObject detailsJson(const TicketDetails& details)
{
    QJsonArray messages;
    for (const Message& message : details.messages)
        messages.append(message.toJson());
    QJsonArray events;
    for (const TicketEvent& event : details.events)
        events.append(event.toJson());
    return { { QStringLiteral("ticket"), details.ticket.toJson() },
        { QStringLiteral("messages"), messages }, { QStringLiteral("events"), events } };
}

QJsonObject pageJson(const TicketPage& page)
{
    QJsonArray items;
    for (const Ticket& ticket : page.items)
        items.append(ticket.toJson());
    return { { QStringLiteral("total"), page.total }, { QStringLiteral("items"), items } };
}

// A file holds {"savedAt": time, "value": what the server returned}.
std::optional<QJsonObject> readCopy(const QString& path, QDateTime* savedAt)
{
    QString error;
    const auto document = readJsonFile(path, &error);
    if (!document) {
        if (!error.isEmpty())
            qCWarning(lcReadCache) << "unreadable copy" << path << error;
        return std::nullopt;
    }
    const QJsonObject object = document->object();
    *savedAt = fromWireTime(object.value(QLatin1String("savedAt")).toString());
    if (!savedAt->isValid())
        return std::nullopt;
    return object.value(QLatin1String("value")).toObject();
}

QByteArray copyData(const QJsonObject& value, const QDateTime& savedAt)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("savedAt"), toWireTime(savedAt) },
                             { QStringLiteral("value"), value } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

ReadCache::ReadCache(const QString& directory, Connection* connection, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
    loadIndex();
    if (!connection)
        return;
    connect(connection, &Connection::ticketChanged, this, &ReadCache::onTicketChanged);
    connect(connection, &Connection::messageAdded, this, &ReadCache::onMessageAdded);
    connect(connection, &Connection::ticketRemoved, this, &ReadCache::onTicketRemoved);
}

QString ReadCache::directoryFor(
    const QString& host, quint16 port, const QString& login, UserId user)
{
    return QDir(profileDirectory(host, port, login))
        .filePath(QStringLiteral("read-cache/%1").arg(user.value()));
}

QString ReadCache::listKey(const TicketQuery& query)
{
    // The filter and the order: another order is another first page.
    const QJsonObject key { { QStringLiteral("filter"), query.filterJson() },
        { QStringLiteral("sort"), query.sortJson() } };
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

QString ReadCache::ticketPath(const QString& key) const
{
    return QDir(m_directory).filePath(QStringLiteral("tickets/%1.json").arg(key));
}

QString ReadCache::listPath(const QString& key) const
{
    return QDir(m_directory).filePath(QStringLiteral("lists/%1.json").arg(key));
}

void ReadCache::loadIndex()
{
    const auto document = readJsonFile(QDir(m_directory).filePath(QStringLiteral("index.json")));
    if (!document)
        return;
    const auto read = [](const QJsonArray& array) {
        QVector<Entry> entries;
        for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            Entry entry { object.value(QLatin1String("key")).toString(),
                fromWireTime(object.value(QLatin1String("savedAt")).toString()) };
            if (!entry.key.isEmpty() && entry.savedAt.isValid())
                entries.append(entry);
        }
        return entries;
    };
    const QJsonObject index = document->object();
    m_tickets = read(index.value(QLatin1String("tickets")).toArray());
    m_lists = read(index.value(QLatin1String("lists")).toArray());
}

void ReadCache::saveIndex() const
{
    if (m_closed)
        return;
    const auto write = [](const QVector<Entry>& entries) {
        QJsonArray array;
        for (const Entry& entry : entries)
            array.append(QJsonObject { { QStringLiteral("key"), entry.key },
                { QStringLiteral("savedAt"), toWireTime(entry.savedAt) } });
        return array;
    };
    const QJsonObject index { { QStringLiteral("tickets"), write(m_tickets) },
        { QStringLiteral("lists"), write(m_lists) } };
    writeFile(QDir(m_directory).filePath(QStringLiteral("index.json")),
        QJsonDocument(index).toJson(QJsonDocument::Compact));
}

bool ReadCache::writeFile(const QString& path, const QByteArray& data) const
{
    if (m_closed)
        return false;
    // The directory first, and private: what a user read is nobody else's business, even
    // before the first file lands in it.
    QDir root(m_directory);
    if (!root.exists() && !QDir().mkpath(m_directory))
        return false;
    QFile::setPermissions(m_directory, kOwnerOnlyDirectory);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(folder, kOwnerOnlyDirectory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcReadCache) << "cannot write" << path << file.errorString();
        return false;
    }
    file.setPermissions(kOwnerOnlyFile);
    file.write(data);
    if (!file.commit()) {
        qCWarning(lcReadCache) << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

void ReadCache::remember(QVector<Entry>& entries, const QString& key, const QDateTime& savedAt,
    int maximum, const QString& folder)
{
    entries.removeIf([&](const Entry& entry) { return entry.key == key; });
    entries.prepend({ key, savedAt });
    while (entries.size() > maximum) {
        QFile::remove(
            QDir(m_directory).filePath(folder + entries.last().key + QLatin1String(".json")));
        entries.removeLast();
    }
    saveIndex();
}

void ReadCache::storeTicket(const TicketDetails& details)
{
    const QString key = QString::number(details.ticket.id.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray data = copyData(detailsJson(details), now);
    if (data.size() > kMaxTicketBytes) {
        onTicketRemoved(details.ticket.id); // an older, smaller copy would mislead
        return;
    }
    if (writeFile(ticketPath(key), data))
        remember(m_tickets, key, now, kMaxTickets, QStringLiteral("tickets/"));
}

std::optional<ReadCache::Copy<TicketDetails>> ReadCache::ticket(TicketId id) const
{
    const QString key = QString::number(id.value());
    const bool known = std::any_of(
        m_tickets.cbegin(), m_tickets.cend(), [&](const Entry& entry) { return entry.key == key; });
    if (!known)
        return std::nullopt;
    QDateTime savedAt;
    const auto value = readCopy(ticketPath(key), &savedAt);
    if (!value)
        return std::nullopt;
    auto details = TicketDetails::fromJson(*value);
    if (!details || details->ticket.id != id)
        return std::nullopt;
    return Copy<TicketDetails> { *details, savedAt };
}

void ReadCache::storeList(const TicketQuery& query, const TicketPage& page)
{
    const QString key = listKey(query);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (writeFile(listPath(key), copyData(pageJson(page), now)))
        remember(m_lists, key, now, kMaxLists, QStringLiteral("lists/"));
}

std::optional<ReadCache::Copy<TicketPage>> ReadCache::list(const TicketQuery& query) const
{
    const QString key = listKey(query);
    const bool known = std::any_of(
        m_lists.cbegin(), m_lists.cend(), [&](const Entry& entry) { return entry.key == key; });
    if (!known)
        return std::nullopt;
    QDateTime savedAt;
    const auto value = readCopy(listPath(key), &savedAt);
    if (!value)
        return std::nullopt;
    const auto page = TicketPage::fromJson(*value);
    if (!page)
        return std::nullopt;
    return Copy<TicketPage> { *page, savedAt };
}

void ReadCache::clear()
{
    m_closed = true;
    m_tickets.clear();
    m_lists.clear();
    if (!QDir(m_directory).removeRecursively())
        qCWarning(lcReadCache) << "could not delete" << m_directory;
}

void ReadCache::onTicketChanged(const Ticket& ticket)
{
    auto copy = this->ticket(ticket.id);
    if (!copy || copy->value.ticket.version >= ticket.version)
        return;
    // Field changes also write history events, which no push carries: the copy says when
    // it was saved, and the next opening online reads the whole thread again.
    copy->value.ticket = ticket;
    storeTicket(copy->value);
}

void ReadCache::onMessageAdded(TicketId id, const Message& message)
{
    auto copy = ticket(id);
    if (!copy)
        return;
    for (const Message& known : std::as_const(copy->value.messages)) {
        if (known.id == message.id)
            return;
    }
    copy->value.messages.append(message);
    storeTicket(copy->value);
}

void ReadCache::onTicketRemoved(TicketId id)
{
    const QString key = QString::number(id.value());
    const auto before = m_tickets.size();
    m_tickets.removeIf([&](const Entry& entry) { return entry.key == key; });
    QFile::remove(ticketPath(key));
    if (m_tickets.size() != before)
        saveIndex();
}

} // namespace helpdesk::client
