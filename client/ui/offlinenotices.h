// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace helpdesk::client {

class Connection;
class ReadCache;
class TicketListModel;
class TicketPane;

// While the server cannot be reached, says above the list and above the open ticket what
// they show instead of live data: a copy saved at some time (from the read cache), what was
// there when the link went, or nothing because no copy was kept. Opening a ticket offline
// shows its saved copy.
class OfflineNotices : public QObject
{
    Q_OBJECT
public:
    OfflineNotices(Connection* connection, TicketListModel* model, TicketPane* pane,
        ReadCache* cache, QWidget* parent);

    // The strips to lay out above the list and above the ticket.
    QLabel* listNotice() const { return m_listNotice; }
    QLabel* ticketNotice() const { return m_ticketNotice; }

    // The pane has just been asked to show this ticket: offline, its saved copy is shown.
    void ticketShown(TicketId id);
    // Texts again (the language or the state changed).
    void update();

private:
    QPointer<Connection> m_connection;
    TicketListModel* m_model;
    TicketPane* m_pane;
    QPointer<ReadCache> m_cache;
    QLabel* m_listNotice;
    QLabel* m_ticketNotice;
    QDateTime m_offlineSince; // UTC; invalid while connected
    TicketId m_copyOf; // the ticket whose saved copy the pane shows
    QDateTime m_copyTime; // UTC
};

} // namespace helpdesk::client
