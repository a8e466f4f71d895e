// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The thread of one ticket: its messages and history events merged in time order (then
// events before messages of the same instant, then id), followed by the replies to it still
// waiting in the outbox. New messages are appended live from pushes; after a reconnect or a
// field change the thread is re-read and merged in without a reset.

#include "apitypes.h"
#include "domain/types.h"
#include "protocol/jsonrpc.h"

#include <QAbstractListModel>
#include <QJsonValue>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class Outbox;
class ReadMarkers;

class ConversationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Message, Event, Outgoing };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        KindNameRole, // "message", "event" or "outgoing"
        EntryIdRole, // message or event id; 0 for outgoing
        AuthorIdRole, // message author or event actor
        AuthorNameRole, // from the directory; empty when unknown
        BodyRole, // plain text: show it as text, never as HTML
        InternalRole, // bool: an agents' note
        CreatedAtRole, // QDateTime (UTC)
        EventFieldRole, // "status", "assigneeId", ... ("created" for creation)
        EventOldRole, // QVariant of the old value (null: none)
        EventNewRole,
        OutboxKeyRole, // outgoing: the idempotency key
        FailedRole, // outgoing: the server refused it for good
        ErrorTextRole, // outgoing: why, translated
        ChannelRole, // messages: "client", "phone", "email" or "alert"
        IsCallRole, // bool: the message records a phone call (also outgoing)
        CallerIdRole, // calls: the person on the other end
        CallerNameRole, // calls: from the directory; empty when unknown
        MailFromRole, // messages that came by e-mail: the sender's address
        CallDirectionRole, // calls: "inbound" or "outbound"
        CallDurationRole, // calls: seconds, 0 when not recorded
        SetsStatusRole, // outgoing: the status it sets when sent ("pending"), else empty
        // messages: the title of the announcement it is about ("#12" until it is read, or
        // when the viewer may not read it); empty when none
        AnnouncementRole,
        AttachmentsRole, // messages: QVariantList of the Attachment objects (as JSON maps)
        CcNamesRole, // messages: QStringList, the names of the contacts it was copied to
    };
    Q_ENUM(Role)

    explicit ConversationModel(Connection* connection, QObject* parent = nullptr);

    void setDirectory(DirectoryCache* directory);
    // While a ticket is shown it counts as read in these markers.
    void setReadMarkers(ReadMarkers* markers);
    // Shows this ticket's replies that are still in the outbox at the end.
    void setOutbox(Outbox* outbox);

    // Loads a ticket's thread (a reset); an invalid id empties the model.
    void setTicket(TicketId id);
    TicketId ticketId() const { return m_ticketId; }
    std::optional<Ticket> ticket() const { return m_ticket; }
    // Re-reads the thread and merges what is new, keeping the rows already shown.
    void reload();
    bool isLoading() const { return m_loading; }
    // The newest message (from the server) shown; 0 when none.
    qint64 latestMessageId() const;
    // Whom the newest public message involved besides us: its copies and its author (the
    // composer's default copies, issue 13; the Cc picker keeps those it may offer).
    QVector<UserId> latestPublicPeople() const;
    // Shows a saved copy of the thread (read cache, offline) until the server's arrives; only
    // for the ticket set and while nothing of it is shown yet.
    void showSavedCopy(const TicketDetails& details);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The shown ticket's fields changed (pushed or re-read).
    void ticketUpdated(const helpdesk::Ticket& ticket);
    void loadingChanged(bool loading);
    void loadFailed(const helpdesk::rpc::Error& error);
    // The thread as the server returned it, for keeping a copy to read offline.
    void detailsLoaded(const helpdesk::client::TicketDetails& details);
    // The ticket was removed or is no longer visible to this user.
    void ticketUnavailable();

private:
    struct Entry
    {
        Kind kind = Kind::Message;
        qint64 id = 0;
        UserId authorId;
        QString body;
        bool internal = false;
        QDateTime createdAt;
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
        QString outboxKey;
        bool failed = false;
        std::optional<rpc::Error> error;
        Channel channel = Channel::Client;
        std::optional<CallLog> call; // callerId unset (outgoing): the ticket's requester
        std::optional<TicketStatus> setsStatus; // outgoing
        QString mailFrom;
        qint64 announcementId = 0; // the announcement the message is about, 0: none
        QVector<Attachment> attachments;
        QVector<UserId> cc;
    };

    static Entry fromMessage(const Message& message);
    static Entry fromEvent(const TicketEvent& event);
    // What the server hides from customers: kept out on this side too, so that a customer's
    // thread never shows it even if an older server sends it.
    bool hiddenFromViewer(const Entry& entry) const;
    UserId callerOf(const Entry& entry) const;
    static bool entryLess(const Entry& a, const Entry& b);
    QString recordText(const Entry& entry) const;
    QString eventText(const Entry& entry) const;
    QString valueText(const QString& field, const QJsonValue& value) const;

    void load(bool merge);
    void onLoaded(int generation, bool merge, const TicketDetails& details);
    void insertEntry(const Entry& entry);
    int indexOf(Kind kind, qint64 id) const;
    void setTicketState(const Ticket& ticket);
    void setLoading(bool loading);
    void onMessageAdded(TicketId ticketId, const Message& message);
    void onTicketChanged(const Ticket& ticket);
    void onTicketRemoved(TicketId ticketId);
    void rebuildOutgoing();

    QString announcementTitle(qint64 id) const;

    QPointer<Connection> m_connection;
    // Titles of the announcements messages are about, read once each (announcement.get).
    mutable QHash<qint64, QString> m_announcementTitles;
    QPointer<DirectoryCache> m_directory;
    QPointer<ReadMarkers> m_markers;
    QPointer<Outbox> m_outbox;
    TicketId m_ticketId;
    std::optional<Ticket> m_ticket;
    QVector<Entry> m_entries; // messages and events, sorted
    QVector<Entry> m_outgoing; // outbox rows, after m_entries
    QVector<Message> m_deferredMessages; // pushed while loading
    bool m_loading = false;
    int m_generation = 0;
    QTimer m_refreshTimer; // coalesces re-reads for history events
};

} // namespace helpdesk::client
