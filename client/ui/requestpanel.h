// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Above the thread of a guided request (issue 11): the request type and the answers given
// when it was filed, and the owner's approval: a banner for everyone while it waits (staff:
// why they cannot act on it), Approve / Refuse for the organisation's owner.

#include "apitypes.h"

#include <QFrame>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

class RequestPanel : public QFrame
{
    Q_OBJECT

public:
    explicit RequestPanel(Connection* connection, QWidget* parent = nullptr);

    void setDetails(const TicketDetails& details);
    void setTicket(const Ticket& ticket);
    void clear();
    // Whether staff must not work the shown ticket yet (it waits for the owner).
    bool blocksStaff() const;

Q_SIGNALS:
    // ticket.approve / ticket.refuse failed; the text says why.
    void failed(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void decide(bool approve);
    bool isOwner() const;

    QPointer<Connection> m_connection;
    std::optional<Ticket> m_ticket;
    QJsonObject m_request;
    QLabel* m_title;
    QLabel* m_answers;
    QFrame* m_approvalBar;
    QLabel* m_approvalText;
    QPushButton* m_approve;
    QPushButton* m_refuse;
};

} // namespace helpdesk::client
