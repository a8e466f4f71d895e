// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which tickets the user has seen in their current state: ticket id -> the updatedAt it had
// when last opened. A ticket updated since is "unread" (bold in the list). Kept in a small
// JSON file, written a moment after a change.

#include "domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace helpdesk::client {

class ReadMarkers : public QObject
{
    Q_OBJECT

public:
    // filePath: where the markers live; empty means AppDataLocation/read-markers.json. Use
    // profileDirectory() to keep accounts apart.
    explicit ReadMarkers(const QString& filePath = QString(), QObject* parent = nullptr);
    ~ReadMarkers() override; // writes what is still pending

    // Updated after the user last opened it. Tickets never opened count as unread only if
    // they changed after the markers were first created, so a fresh install does not flag
    // every old ticket.
    bool isUnread(const Ticket& ticket) const;
    void markRead(const Ticket& ticket);
    void markUnread(TicketId ticket);

    void flush();
    QString filePath() const { return m_path; }

Q_SIGNALS:
    void changed(helpdesk::TicketId ticket);

private:
    void load();
    void scheduleSave();

    QString m_path;
    QDateTime m_since; // when this set of markers was started
    QHash<qint64, qint64> m_readAt; // ticket id -> updatedAt (ms) when read; 0: marked unread
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace helpdesk::client
