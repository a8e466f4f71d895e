// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A bounded copy on disk of what one user read last, to read on while the server cannot be
// reached: the threads (ticket.get) of the last tickets opened and the first page of the last
// lists shown. Pushes for a kept ticket keep its copy current. The files are the user's own:
// one directory per server and user id, readable by the operating-system user only, and
// clear() (at logout) deletes it.

#include "apitypes.h"
#include "ticketquery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <optional>

namespace helpdesk::client {

class Connection;

class ReadCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTickets = 50;
    static constexpr int kMaxLists = 20;
    // Threads larger than this (as JSON) are not kept: a copy is for reading, not archiving.
    static constexpr qint64 kMaxTicketBytes = 4 * 1024 * 1024;

    template<typename T> struct Copy
    {
        T value;
        QDateTime savedAt; // UTC
    };

    // connection: optional; its pushes keep the kept threads current.
    explicit ReadCache(
        const QString& directory, Connection* connection = nullptr, QObject* parent = nullptr);

    // <profile>/read-cache/<user id>: another user id on the same server and login name
    // (an account deleted and made again) never sees this one's copies.
    static QString directoryFor(
        const QString& host, quint16 port, const QString& login, UserId user);

    QString directory() const { return m_directory; }

    void storeTicket(const TicketDetails& details);
    std::optional<Copy<TicketDetails>> ticket(TicketId id) const;
    // The first page of a list; other pages are not kept.
    void storeList(const TicketQuery& query, const TicketPage& page);
    std::optional<Copy<TicketPage>> list(const TicketQuery& query) const;

    // Deletes every copy and the directory, and keeps nothing more (the user is logging out).
    void clear();

private:
    struct Entry
    {
        QString key; // ticket id or list key
        QDateTime savedAt;
    };
    static QString listKey(const TicketQuery& query);
    QString ticketPath(const QString& key) const;
    QString listPath(const QString& key) const;
    void loadIndex();
    void saveIndex() const;
    bool writeFile(const QString& path, const QByteArray& data) const;
    void remember(QVector<Entry>& entries, const QString& key, const QDateTime& savedAt,
        int maximum, const QString& folder);
    void onTicketChanged(const Ticket& ticket);
    void onMessageAdded(TicketId id, const Message& message);
    void onTicketRemoved(TicketId id);

    QString m_directory;
    bool m_closed = false;
    QVector<Entry> m_tickets; // most recent first
    QVector<Entry> m_lists;
};

} // namespace helpdesk::client
