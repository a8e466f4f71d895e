// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole customer beside an open ticket, for staff (issue 11): the organisation, its
// contacts with their role, e-mail and phone, what it has with us (services), the staff's
// notes, and its other tickets (the requester's own first), one activation away. Read with
// customer.get; every text is shown as plain text.

#include "domain/types.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QListWidgetItem;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

class CustomerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPanel(Connection* connection, QWidget* parent = nullptr);

    // Shows the ticket's organisation (nothing when it has none); re-reads it when it is
    // another organisation than the one shown.
    void setTicket(const Ticket& ticket);
    void clear();
    std::optional<CustomerId> customerId() const { return m_customer; }

Q_SIGNALS:
    void openTicketRequested(helpdesk::TicketId id);
    // customer.get answered and the panel shows it (for tests and screenshots).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void showResult(const QJsonObject& result);
    void render();
    void retranslate();

    QPointer<Connection> m_connection;
    std::optional<CustomerId> m_customer;
    UserId m_requester;
    TicketId m_ticket;
    QJsonObject m_result; // the last answer, kept to re-render in another language
    QTimer m_refresh; // the organisation's tickets changed: read again, once per burst

    QLabel* m_title;
    QLabel* m_name;
    QLabel* m_contactsTitle;
    QLabel* m_contacts;
    QLabel* m_servicesTitle;
    QLabel* m_services;
    QLabel* m_notesTitle;
    QLabel* m_notes;
    QLabel* m_ticketsTitle;
    QListWidget* m_tickets;
};

} // namespace helpdesk::client
