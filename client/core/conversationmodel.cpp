// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationmodel.h"
#include "announcementboard.h"
#include "protocol/methods.h"

#include "apitypes.h"
#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "outbox.h"
#include "readmarkers.h"
#include "ticketlistmodel.h"

#include <QLocale>
#include <QJsonArray>

#include <algorithm>

namespace helpdesk::client {

namespace {

constexpr int kRefreshDelayMs = 200;

QString kindName(ConversationModel::Kind kind)
{
    switch (kind) {
    case ConversationModel::Kind::Message:
        return QStringLiteral("message");
    case ConversationModel::Kind::Event:
        return QStringLiteral("event");
    case ConversationModel::Kind::Outgoing:
        return QStringLiteral("outgoing");
    }
    return QString();
}

// Whether anything but the bookkeeping changed: then the server recorded history events
// that no push carries, and the thread is re-read.
bool fieldsDiffer(const Ticket& a, const Ticket& b)
{
    return a.subject != b.subject || a.status != b.status || a.priority != b.priority
        || a.queueId != b.queueId || a.assigneeId != b.assigneeId || a.customerId != b.customerId
        || a.tags != b.tags;
}

} // namespace

ConversationModel::ConversationModel(Connection* connection, QObject* parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ConversationModel::reload);
    if (!m_connection)
        return;
    connect(m_connection, &Connection::messageAdded, this, &ConversationModel::onMessageAdded);
    connect(m_connection, &Connection::ticketChanged, this, &ConversationModel::onTicketChanged);
    connect(m_connection, &Connection::ticketRemoved, this, &ConversationModel::onTicketRemoved);
    connect(m_connection, &Connection::resynced, this, &ConversationModel::reload);
    // Another login may see more or less of the ticket (internal notes): read it afresh.
    connect(m_connection, &Connection::loggedIn, this, [this] {
        if (m_ticketId.isValid())
            setTicket(m_ticketId);
    });
}

void ConversationModel::setDirectory(DirectoryCache* directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory) {
        connect(m_directory, &DirectoryCache::changed, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0), index(rowCount() - 1));
        });
    }
}

void ConversationModel::setReadMarkers(ReadMarkers* markers)
{
    m_markers = markers;
    if (m_markers && m_ticket)
        m_markers->markRead(*m_ticket);
}

void ConversationModel::setOutbox(Outbox* outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (m_outbox) {
        connect(m_outbox, &Outbox::entriesChanged, this, &ConversationModel::rebuildOutgoing);
        // The acknowledged message takes the outgoing row's place at once, not only when the
        // push arrives.
        connect(m_outbox, &Outbox::sent, this, [this](const QString&, const Message& message) {
            if (message.ticketId == m_ticketId && !m_loading)
                insertEntry(fromMessage(message));
        });
    }
    rebuildOutgoing();
}

void ConversationModel::setTicket(TicketId id)
{
    ++m_generation;
    m_refreshTimer.stop();
    beginResetModel();
    m_ticketId = id;
    m_ticket.reset();
    m_entries.clear();
    m_outgoing.clear();
    m_deferredMessages.clear();
    endResetModel();
    rebuildOutgoing();
    setLoading(false);
    if (id.isValid())
        load(false);
}

void ConversationModel::reload()
{
    if (m_ticketId.isValid())
        load(m_ticket.has_value());
}

void ConversationModel::load(bool merge)
{
    if (!m_connection || !m_connection->isReady())
        return; // resynced() brings us back
    const int generation = ++m_generation;
    setLoading(true);
    m_connection->getTicket(
        m_ticketId, this,
        [this, generation, merge](const TicketDetails& details) {
            const bool current = generation == m_generation;
            onLoaded(generation, merge, details);
            if (current)
                emit detailsLoaded(details);
        },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            setLoading(false);
            m_deferredMessages.clear();
            emit loadFailed(error);
            if (error.code == rpc::NotFound)
                emit ticketUnavailable();
        });
}

void ConversationModel::onLoaded(int generation, bool merge, const TicketDetails& details)
{
    if (generation != m_generation)
        return;
    QVector<Entry> entries;
    entries.reserve(details.messages.size() + details.events.size());
    for (const Message& message : details.messages)
        entries.append(fromMessage(message));
    for (const TicketEvent& event : details.events)
        entries.append(fromEvent(event));
    entries.removeIf([this](const Entry& entry) { return hiddenFromViewer(entry); });
    std::sort(entries.begin(), entries.end(), &ConversationModel::entryLess);
    if (merge) {
        // Rows already shown stay; only what is new is inserted in place.
        for (const Entry& entry : std::as_const(entries))
            insertEntry(entry);
    } else {
        if (!entries.isEmpty()) {
            beginInsertRows(QModelIndex(), 0, int(entries.size()) - 1);
            m_entries = entries;
            endInsertRows();
        }
    }
    for (const Message& message : std::exchange(m_deferredMessages, {}))
        insertEntry(fromMessage(message));
    setLoading(false);
    setTicketState(details.ticket);
}

void ConversationModel::showSavedCopy(const TicketDetails& details)
{
    if (details.ticket.id != m_ticketId || m_ticket || m_loading)
        return;
    onLoaded(m_generation, false, details);
}

void ConversationModel::insertEntry(const Entry& entry)
{
    if (indexOf(entry.kind, entry.id) >= 0 || hiddenFromViewer(entry))
        return;
    const int position = int(
        std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, &ConversationModel::entryLess)
        - m_entries.cbegin());
    beginInsertRows(QModelIndex(), position, position);
    m_entries.insert(position, entry);
    endInsertRows();
}

int ConversationModel::indexOf(Kind kind, qint64 id) const
{
    // Searched from the end: new entries are nearly always the latest.
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (m_entries[i].kind == kind && m_entries[i].id == id)
            return i;
    }
    return -1;
}

void ConversationModel::setTicketState(const Ticket& ticket)
{
    if (m_ticket && m_ticket->version > ticket.version)
        return;
    m_ticket = ticket;
    if (m_markers)
        m_markers->markRead(ticket);
    emit ticketUpdated(ticket);
}

void ConversationModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ConversationModel::onMessageAdded(TicketId ticketId, const Message& message)
{
    if (ticketId != m_ticketId || !m_ticketId.isValid())
        return;
    if (m_loading) {
        m_deferredMessages.append(message);
        return;
    }
    insertEntry(fromMessage(message));
}

void ConversationModel::onTicketChanged(const Ticket& ticket)
{
    if (ticket.id != m_ticketId || !m_ticket || ticket.version <= m_ticket->version)
        return;
    const bool newHistory = fieldsDiffer(*m_ticket, ticket);
    setTicketState(ticket);
    if (newHistory)
        m_refreshTimer.start();
}

void ConversationModel::onTicketRemoved(TicketId ticketId)
{
    if (ticketId != m_ticketId)
        return;
    setTicket(TicketId());
    emit ticketUnavailable();
}

void ConversationModel::rebuildOutgoing()
{
    QVector<Entry> outgoing;
    if (m_outbox && m_ticketId.isValid()) {
        const QVector<OutboxEntry> queued = m_outbox->entriesFor(m_ticketId);
        for (const OutboxEntry& item : queued) {
            Entry entry;
            entry.kind = Kind::Outgoing;
            entry.authorId = item.authorId;
            entry.body = item.body;
            entry.internal = item.internal;
            entry.createdAt = item.queuedAt;
            entry.outboxKey = item.key;
            entry.failed = item.state == OutboxEntry::State::Failed;
            entry.error = item.error;
            entry.call = item.call;
            entry.channel = item.call ? Channel::Phone : Channel::Client;
            entry.setsStatus = item.status;
            outgoing.append(entry);
        }
    }
    const int first = int(m_entries.size());
    if (!m_outgoing.isEmpty()) {
        beginRemoveRows(QModelIndex(), first, first + int(m_outgoing.size()) - 1);
        m_outgoing.clear();
        endRemoveRows();
    }
    if (!outgoing.isEmpty()) {
        beginInsertRows(QModelIndex(), first, first + int(outgoing.size()) - 1);
        m_outgoing = outgoing;
        endInsertRows();
    }
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size() + m_outgoing.size());
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Entry& entry
        = row < m_entries.size() ? m_entries[row] : m_outgoing[row - m_entries.size()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.kind == Kind::Event ? eventText(entry) : entry.body;
    case KindRole:
        return int(entry.kind);
    case KindNameRole:
        return kindName(entry.kind);
    case EntryIdRole:
        return entry.id;
    case AuthorIdRole:
        return entry.authorId.value();
    case AuthorNameRole:
        return m_directory ? m_directory->userName(entry.authorId) : QString();
    case BodyRole:
        return entry.body;
    case InternalRole:
        return entry.internal;
    case CreatedAtRole:
        return entry.createdAt;
    case EventFieldRole:
        return entry.field;
    case EventOldRole:
        return entry.oldValue.toVariant();
    case EventNewRole:
        return entry.newValue.toVariant();
    case OutboxKeyRole:
        return entry.outboxKey;
    case FailedRole:
        return entry.failed;
    case ErrorTextRole:
        return entry.error ? errorText(*entry.error) : QString();
    case ChannelRole:
        return entry.kind == Kind::Event ? QString() : toString(entry.channel);
    case IsCallRole:
        return entry.call.has_value();
    case MailFromRole:
        return entry.mailFrom;
    case CcNamesRole: {
        QStringList names;
        for (const UserId user : entry.cc) {
            const QString name = m_directory ? m_directory->userName(user) : QString();
            names << (name.isEmpty() ? QStringLiteral("#%1").arg(user.value()) : name);
        }
        return names;
    }
    case CallerIdRole:
        return callerOf(entry).value();
    case CallerNameRole:
        return m_directory && entry.call ? m_directory->userName(callerOf(entry)) : QString();
    case CallDirectionRole:
        return entry.call ? toString(entry.call->direction) : QString();
    case CallDurationRole:
        return entry.call ? entry.call->durationSeconds : 0;
    case SetsStatusRole:
        return entry.setsStatus ? toString(*entry.setsStatus) : QString();
    case AttachmentsRole: {
        QVariantList files;
        for (const Attachment& attachment : entry.attachments)
            files << attachment.toJson().toVariantMap();
        return files;
    }
    case AnnouncementRole:
        return entry.announcementId > 0 ? announcementTitle(entry.announcementId) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(EntryIdRole, "entryId");
    names.insert(AuthorIdRole, "authorId");
    names.insert(AuthorNameRole, "authorName");
    names.insert(BodyRole, "body");
    names.insert(InternalRole, "internal");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(EventFieldRole, "eventField");
    names.insert(EventOldRole, "eventOld");
    names.insert(EventNewRole, "eventNew");
    names.insert(OutboxKeyRole, "outboxKey");
    names.insert(FailedRole, "failed");
    names.insert(ErrorTextRole, "errorText");
    names.insert(ChannelRole, "channel");
    names.insert(IsCallRole, "isCall");
    names.insert(CallerIdRole, "callerId");
    names.insert(CallerNameRole, "callerName");
    names.insert(MailFromRole, "mailFrom");
    names.insert(CcNamesRole, "ccNames");
    names.insert(AttachmentsRole, "attachments");
    names.insert(CallDirectionRole, "callDirection");
    names.insert(CallDurationRole, "callDuration");
    names.insert(SetsStatusRole, "setsStatus");
    names.insert(AnnouncementRole, "announcement");
    return names;
}

QString ConversationModel::announcementTitle(qint64 id) const
{
    const auto known = m_announcementTitles.constFind(id);
    if (known != m_announcementTitles.constEnd())
        return *known;
    const QString placeholder = QStringLiteral("#%1").arg(id);
    m_announcementTitles.insert(id, placeholder);
    if (m_connection) {
        auto* self = const_cast<ConversationModel*>(this);
        m_connection->call(QString(method::AnnouncementGet), QJsonObject { { QStringLiteral("id"), id } },
            self, [self, id](const QJsonValue& result) {
                self->m_announcementTitles.insert(
                    id, AnnouncementBoard::textOf(result.toObject(), QLocale().name()).title);
                if (self->rowCount() > 0)
                    emit self->dataChanged(self->index(0), self->index(self->rowCount() - 1),
                        { AnnouncementRole });
            },
            [](const rpc::Error&) {}); // not readable (any more): the number stays
    }
    return placeholder;
}

ConversationModel::Entry ConversationModel::fromMessage(const Message& message)
{
    Entry entry;
    entry.kind = Kind::Message;
    entry.id = message.id.value();
    entry.authorId = message.authorId;
    entry.body = message.body;
    entry.internal = message.internal;
    entry.createdAt = message.createdAt;
    entry.channel = message.channel;
    entry.mailFrom = message.mailFrom;
    entry.announcementId = message.announcementId ? message.announcementId->value() : 0;
    entry.attachments = message.attachments;
    entry.cc = message.cc;
    if (message.call) {
        CallLog call;
        call.callerId = message.call->callerId;
        call.direction = message.call->direction;
        call.durationSeconds = message.call->durationSeconds;
        entry.call = call;
    }
    return entry;
}

bool ConversationModel::hiddenFromViewer(const Entry& entry) const
{
    const auto viewer = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!viewer || isStaff(viewer->role) || entry.kind == Kind::Outgoing)
        return false;
    if (entry.kind == Kind::Message)
        return entry.internal;
    static const QStringList customerFields { QStringLiteral("created"), QStringLiteral("status"),
        QStringLiteral("subject") };
    return !customerFields.contains(entry.field);
}

UserId ConversationModel::callerOf(const Entry& entry) const
{
    if (!entry.call)
        return UserId();
    if (entry.call->callerId)
        return *entry.call->callerId;
    // A call still in the outbox names no caller: the server takes the ticket's requester.
    return m_ticket ? m_ticket->requesterId : UserId();
}

ConversationModel::Entry ConversationModel::fromEvent(const TicketEvent& event)
{
    Entry entry;
    entry.kind = Kind::Event;
    entry.id = event.id.value();
    entry.authorId = event.actorId;
    entry.createdAt = event.createdAt;
    entry.field = event.field;
    entry.oldValue = event.oldValue;
    entry.newValue = event.newValue;
    return entry;
}

bool ConversationModel::entryLess(const Entry& a, const Entry& b)
{
    const qint64 ta = a.createdAt.toMSecsSinceEpoch();
    const qint64 tb = b.createdAt.toMSecsSinceEpoch();
    if (ta != tb)
        return ta < tb;
    // A change recorded in the same instant as a message caused it or came with it ("created"
    // with the first message, "reopened" with a customer's reply): show it first.
    if (a.kind != b.kind)
        return a.kind == Kind::Event;
    return a.id < b.id;
}

qint64 ConversationModel::latestMessageId() const
{
    qint64 latest = 0;
    for (const Entry& entry : m_entries) {
        if (entry.kind == Kind::Message)
            latest = qMax(latest, entry.id);
    }
    return latest;
}

QVector<UserId> ConversationModel::latestPublicPeople() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->kind != Kind::Message || it->internal)
            continue;
        QVector<UserId> people = it->cc;
        people << it->authorId;
        return people;
    }
    return {};
}

} // namespace helpdesk::client
