// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "ticketedit.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helpdesk::client {

class Connection;
class ConversationModel;
class DirectoryCache;
class PresenceBook;

// Status, priority, assignee, queue and tags of the open ticket. Saves only the fields the
// user changed; the others follow what colleagues and the customer save meanwhile. A field
// both changed is marked with both values until the user keeps one: never overwritten
// silently either way.
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    // The shown ticket's thread: its history says who made a change that conflicts.
    void setHistory(ConversationModel* history);
    // Staff presence for the assignee picker (online first, kept live); none: plain names.
    void setPresence(PresenceBook* presence);
    void setTicket(const std::optional<Ticket>& ticket);
    // A newer version of the shown ticket (pushed or re-read): merged with the user's changes.
    void ticketUpdated(const Ticket& ticket);
    bool hasUnsavedChanges() const;
    TicketId ticketId() const;

signals:
    // The server stored a save of this panel: the ticket as it answered. Also emitted when the
    // user has moved on to another ticket meanwhile (the list keeps its own change read).
    void saved(const helpdesk::Ticket& ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    // One property: its form row and the box under it shown while it is in conflict.
    struct Field
    {
        QString name; // as in TicketEdit::fields()
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QFrame* conflict = nullptr;
        QLabel* conflictText = nullptr;
        QPushButton* keepMine = nullptr;
        QPushButton* takeTheirs = nullptr;
    };

    void addField(const QString& name, QLabel* label, QWidget* editor);
    void retranslate();
    void fillChoices();
    void showValues();
    void refresh();
    void userChanged(const QString& field, const QJsonValue& value);
    void save();
    void sendChanges();
    void updateConflicts();
    void updateButtons();
    // text is called again when the language changes while the message is shown.
    void showMessage(std::function<QString()> text, bool error);
    QString valueText(const QString& field, const QJsonValue& value) const;
    QString changedBy(const QString& field) const;

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QPointer<ConversationModel> m_history;
    QPointer<PresenceBook> m_presence;
    TicketEdit m_edit;
    QVector<Field> m_fields;
    bool m_filling = false;
    bool m_customerView = false;
    bool m_saving = false;
    int m_attempts = 0; // saves sent for one click (a refusal without conflict is retried)
    int m_generation = 0; // answers for an earlier ticket are dropped
    bool m_conflictMessage = false; // the message is about the conflicts shown

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
    std::function<QString()> m_messageText;
};

} // namespace helpdesk::client
