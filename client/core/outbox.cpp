// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "connection.h"
#include "errortext.h"
#include "localfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "helpdesk.client.outbox", QtInfoMsg)

namespace helpdesk::client {

namespace {

constexpr int kFileVersion = 1;
// Server-side hiccups (internal error, unreadable answer) are retried this often before the
// entry is shown as failed; connection problems are retried for ever.
constexpr int kMaxServerAttempts = 5;
constexpr int kRetryBaseMs = 2000;

// The server will refuse this reply again whatever we do: keep it visible as failed.
bool isPermanent(const rpc::Error& error)
{
    switch (error.code) {
    case rpc::ValidationFailed:
    case rpc::Forbidden:
    case rpc::NotFound:
    case rpc::InvalidParams:
    case rpc::InvalidRequest:
    case rpc::MethodNotFound:
    case rpc::ParseError:
        return true;
    case rpc::Conflict: // newer messages since the reply was started: the author decides
        return error.data.toObject().value(QLatin1String("reason"))
            == QLatin1String("newer-messages");
    default:
        return false;
    }
}

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sending: // a send cut short by a crash is simply sent again
        return QStringLiteral("queued");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

QJsonObject toJson(const OutboxEntry& entry)
{
    QJsonObject object {
        { QStringLiteral("key"), entry.key },
        { QStringLiteral("ticketId"), entry.ticketId.value() },
        { QStringLiteral("authorId"), entry.authorId.value() },
        { QStringLiteral("body"), entry.body },
        { QStringLiteral("internal"), entry.internal },
        { QStringLiteral("queuedAt"), toWireTime(entry.queuedAt) },
        { QStringLiteral("state"), stateName(entry.state) },
        { QStringLiteral("attempts"), entry.attempts },
    };
    if (entry.error)
        object.insert(QStringLiteral("error"), entry.error->toJson());
    if (entry.status)
        object.insert(QStringLiteral("status"), toString(*entry.status));
    if (entry.call)
        object.insert(QStringLiteral("call"), entry.call->toJson());
    if (entry.timeSpentMinutes)
        object.insert(QStringLiteral("timeSpentMinutes"), *entry.timeSpentMinutes);
    if (entry.lastSeenMessageId > 0)
        object.insert(QStringLiteral("lastSeenMessageId"), entry.lastSeenMessageId);
    if (entry.force)
        object.insert(QStringLiteral("force"), true);
    if (entry.sendMail)
        object.insert(QStringLiteral("sendMail"), *entry.sendMail);
    if (!entry.attachmentIds.isEmpty())
        object.insert(QStringLiteral("attachmentIds"), attachmentIdsJson(entry.attachmentIds));
    if (!entry.cc.isEmpty())
        object.insert(QStringLiteral("cc"), attachmentIdsJson(entry.cc));
    return object;
}

std::optional<OutboxEntry> fromJson(const QJsonObject& object)
{
    OutboxEntry entry;
    entry.key = object.value(QLatin1String("key")).toString();
    entry.ticketId = TicketId(object.value(QLatin1String("ticketId")).toInteger());
    entry.authorId = UserId(object.value(QLatin1String("authorId")).toInteger());
    entry.body = object.value(QLatin1String("body")).toString();
    entry.internal = object.value(QLatin1String("internal")).toBool();
    entry.queuedAt = fromWireTime(object.value(QLatin1String("queuedAt")).toString());
    entry.attempts = object.value(QLatin1String("attempts")).toInt();
    entry.lastSeenMessageId = object.value(QLatin1String("lastSeenMessageId")).toInteger();
    entry.force = object.value(QLatin1String("force")).toBool();
    entry.attachmentIds = attachmentIdsFromJson(object.value(QLatin1String("attachmentIds")));
    entry.cc = attachmentIdsFromJson(object.value(QLatin1String("cc")));
    if (object.value(QLatin1String("state")).toString() == QLatin1String("failed"))
        entry.state = OutboxEntry::State::Failed;
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject())
        entry.error = rpc::Error::fromJson(error.toObject());
    // A status or a call that cannot be read (a file from a newer client) must not be
    // dropped on the way: the message would go out without it. It is kept, not sent, and
    // shown as failed, so the user can still take the text back with "Edit again".
    bool unreadable = false;
    const QJsonValue status = object.value(QLatin1String("status"));
    if (!status.isUndefined()) {
        entry.status = statusFromString(status.toString());
        unreadable = unreadable || !entry.status;
    }
    const QJsonValue minutes = object.value(QLatin1String("timeSpentMinutes"));
    if (minutes.isDouble())
        entry.timeSpentMinutes = minutes.toInt();
    const QJsonValue sendMail = object.value(QLatin1String("sendMail"));
    if (sendMail.isBool())
        entry.sendMail = sendMail.toBool();
    const QJsonValue call = object.value(QLatin1String("call"));
    if (!call.isUndefined()) {
        entry.call = CallLog::fromJson(call.toObject());
        unreadable = unreadable || !entry.call;
    }
    if (unreadable) {
        entry.state = OutboxEntry::State::Failed;
        entry.error = localError(BadResponse);
    }
    if (entry.key.isEmpty() || !entry.ticketId.isValid())
        return std::nullopt;
    return entry;
}

} // namespace

Outbox::Outbox(Connection* connection, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{
    const QString dir = directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : directory;
    m_path = QDir(dir).filePath(QStringLiteral("outbox.json"));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::drain);
    load();
    if (m_connection) {
        connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
            if (state == Connection::State::Ready)
                drain();
        });
        if (m_connection->isReady())
            QTimer::singleShot(0, this, &Outbox::drain);
    }
}

QString Outbox::enqueue(TicketId ticket, const QString& body, bool internal)
{
    NewMessage message;
    message.ticketId = ticket;
    message.body = body;
    message.internal = internal;
    return enqueue(message);
}

QString Outbox::enqueue(const NewMessage& message)
{
    const int before = queuedCount();
    OutboxEntry entry;
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.ticketId = message.ticketId;
    if (m_connection && m_connection->currentUser())
        entry.authorId = m_connection->currentUser()->id;
    entry.body = message.body;
    entry.internal = message.internal;
    entry.status = message.status;
    entry.call = message.call;
    entry.timeSpentMinutes = message.timeSpentMinutes;
    entry.lastSeenMessageId = message.lastSeenMessageId;
    entry.sendMail = message.sendMail;
    entry.attachmentIds = message.attachmentIds;
    entry.cc = message.cc;
    entry.queuedAt = QDateTime::currentDateTimeUtc();
    m_entries.append(entry);
    changed(before);
    drain();
    return entry.key;
}

QVector<OutboxEntry> Outbox::entriesFor(TicketId ticket) const
{
    QVector<OutboxEntry> result;
    for (const OutboxEntry& entry : m_entries) {
        if (entry.ticketId == ticket)
            result.append(entry);
    }
    return result;
}

std::optional<OutboxEntry> Outbox::entry(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? std::nullopt : std::optional<OutboxEntry>(m_entries.at(index));
}

int Outbox::queuedCount() const
{
    int count = 0;
    for (const OutboxEntry& entry : m_entries)
        count += entry.state != OutboxEntry::State::Failed ? 1 : 0;
    return count;
}

int Outbox::failedCount() const
{
    return int(m_entries.size()) - queuedCount();
}

void Outbox::retry(const QString& key)
{
    const int index = indexOf(key);
    if (index < 0 || m_entries[index].state != OutboxEntry::State::Failed)
        return;
    const int before = queuedCount();
    m_entries[index].state = OutboxEntry::State::Queued;
    m_entries[index].attempts = 0;
    m_entries[index].error.reset();
    changed(before);
    drain();
}

void Outbox::forceSend(const QString& key)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    m_entries[index].force = true;
    retry(key);
}

void Outbox::discard(const QString& key)
{
    const int index = indexOf(key);
    // One being sent may already be stored on the server; it leaves when the answer comes.
    if (index < 0 || m_entries[index].state == OutboxEntry::State::Sending)
        return;
    const int before = queuedCount();
    m_entries.removeAt(index);
    changed(before);
}

int Outbox::indexOf(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            return i;
    }
    return -1;
}

void Outbox::load()
{
    QString error;
    const auto document = readJsonFile(m_path, &error);
    if (!document) {
        if (!error.isEmpty())
            qCWarning(lcOutbox) << "cannot read" << m_path << error;
        return;
    }
    const QJsonArray entries = document->object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue& value : entries) {
        if (const auto entry = fromJson(value.toObject()))
            m_entries.append(*entry);
    }
}

void Outbox::save()
{
    QJsonArray entries;
    for (const OutboxEntry& entry : std::as_const(m_entries))
        entries.append(toJson(entry));
    const QJsonObject object { { QStringLiteral("version"), kFileVersion },
        { QStringLiteral("entries"), entries } };
    QString error;
    if (!writeJsonFile(m_path, QJsonDocument(object), &error)) {
        qCWarning(lcOutbox) << "cannot write" << m_path << error;
        emit saveFailed(tr("Could not save the outbox: %1").arg(error));
    }
}

void Outbox::changed(int queuedBefore)
{
    // Written synchronously: the outbox is small, and a reply must be on disk before the UI
    // forgets it.
    save();
    emit entriesChanged();
    const int now = queuedCount();
    if (now != queuedBefore)
        emit queuedCountChanged(now);
}

void Outbox::drain()
{
    if (m_sending || !m_connection || !m_connection->isReady() || m_retryTimer.isActive())
        return;
    const auto user = m_connection->currentUser();
    if (!user)
        return;
    int index = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const OutboxEntry& entry = m_entries[i];
        // Another account's replies wait for that account; never send them as this one.
        if (entry.state == OutboxEntry::State::Queued
            && (!entry.authorId.isValid() || entry.authorId == user->id)) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return;
    OutboxEntry& entry = m_entries[index];
    entry.state = OutboxEntry::State::Sending;
    entry.authorId = user->id;
    ++entry.attempts;
    save();
    m_sending = true;
    const QString key = entry.key;
    NewMessage message;
    message.ticketId = entry.ticketId;
    message.body = entry.body;
    message.internal = entry.internal;
    message.status = entry.status;
    message.call = entry.call;
    message.timeSpentMinutes = entry.timeSpentMinutes;
    message.lastSeenMessageId = entry.lastSeenMessageId;
    message.force = entry.force;
    message.sendMail = entry.sendMail;
    message.attachmentIds = entry.attachmentIds;
    message.cc = entry.cc;
    message.idempotencyKey = key;
    m_connection->addMessage(
        message, this, [this, key](const Message& message) { onSent(key, message); },
        [this, key](const rpc::Error& error) { onError(key, error); });
}

void Outbox::onSent(const QString& key, const Message& message)
{
    m_sending = false;
    const int index = indexOf(key);
    if (index >= 0) {
        const int before = queuedCount();
        m_entries.removeAt(index);
        changed(before);
    }
    emit sent(key, message);
    drain();
}

void Outbox::onError(const QString& key, const rpc::Error& error)
{
    m_sending = false;
    const int index = indexOf(key);
    if (index < 0)
        return;
    OutboxEntry& entry = m_entries[index];
    const int before = queuedCount();
    entry.error = error;
    // Link problems wait for the next Ready and are retried for ever; a rate limit waits as
    // told; anything else from the server is retried a few times, then shown as failed.
    const bool linkProblem = error.code == Offline || error.code == ConnectionLost
        || error.code == rpc::Unauthenticated;
    const bool rateLimited = error.code == rpc::RateLimited;
    const bool serverHiccup = !isPermanent(error) && !linkProblem && !rateLimited;
    if (isPermanent(error) || (serverHiccup && entry.attempts >= kMaxServerAttempts)) {
        entry.state = OutboxEntry::State::Failed;
        qCInfo(lcOutbox) << "reply" << key << "failed for good:" << error.code << error.message;
        changed(before);
        emit failed(key, error);
        drain(); // the next one may well be fine
        return;
    }
    entry.state = OutboxEntry::State::Queued;
    changed(before);
    if (rateLimited)
        retryLater(qMax(500, error.data.toObject().value(QLatin1String("retryAfterMs")).toInt()));
    else if (serverHiccup)
        retryLater(kRetryBaseMs * entry.attempts);
}

void Outbox::retryLater(int delayMs)
{
    m_retryTimer.start(delayMs);
}

} // namespace helpdesk::client
