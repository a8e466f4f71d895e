// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helpdesk::client {

class Connection;
class DirectoryCache;

// Status, priority, assignee, queue and tags of the open ticket. Saves with the ticket's
// version; when someone else saved first (1009) it shows the stored values and says which
// fields they changed, instead of overwriting their work.
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    void setTicket(const std::optional<Ticket>& ticket);
    // A pushed change of the shown ticket: taken over unless the user is editing.
    void ticketUpdated(const Ticket& ticket);
    bool hasUnsavedChanges() const;
    TicketId ticketId() const { return m_ticket ? m_ticket->id : TicketId(); }

signals:
    void saved(const helpdesk::Ticket& ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void showTicket(const Ticket& ticket);
    void save();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    QString describeConflict(const Ticket& mine, const Ticket& theirs) const;

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    std::optional<Ticket> m_ticket;
    bool m_filling = false;
    bool m_edited = false; // the user changed a field since the ticket was last shown
    bool m_customerView = false;

    QLabel* m_statusLabel;
    QLabel* m_priorityLabel;
    QLabel* m_assigneeLabel;
    QLabel* m_queueLabel;
    QLabel* m_tagsLabel;
    QComboBox* m_status;
    QComboBox* m_priority;
    QComboBox* m_assignee;
    QComboBox* m_queue;
    QLineEdit* m_tags;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_message;
};

} // namespace helpdesk::client
