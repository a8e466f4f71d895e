// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Similar tickets" beside an open ticket, for staff (issue 11): up to five earlier tickets
// that look like it (ticket.similar), each with its subject, status and date, opened with one
// click, and a "Link" button that links it to the open ticket (ticket.link). Read again when
// another ticket is opened, and a moment after the open one changed.

#include "domain/types.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QVBoxLayout;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

class SimilarTicketsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarTicketsPanel(Connection* connection, QWidget* parent = nullptr);

    void setTicket(const Ticket& ticket);
    void clear();
    // The ids shown, in order (for tests).
    QList<TicketId> shownIds() const;

Q_SIGNALS:
    void openTicketRequested(helpdesk::TicketId id);
    // ticket.similar answered and the list shows it.
    void loaded();
    // ticket.link succeeded for this suggestion.
    void linked(helpdesk::TicketId id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void link(TicketId other);
    void render();
    QWidget* row(const QJsonObject& item);
    void retranslate();

    QPointer<Connection> m_connection;
    TicketId m_ticket;
    qint64 m_version = 0;
    QJsonArray m_items; // the last answer, kept to re-render in another language
    bool m_loading = false;
    QTimer m_refresh; // the open ticket changed: read again, once per burst

    QLabel* m_title;
    QLabel* m_state; // "Loading…", "No similar tickets", or an error
    QWidget* m_rows;
    QVBoxLayout* m_rowsLayout;
};

} // namespace helpdesk::client
