// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace helpdesk::client {

class CannedBook;
class CannedCompleter;
class KbSuggestions;
class MacroButton;
class Composer;
class Connection;
class ConversationModel;
class ConversationView;
class DirectoryCache;
class DraftStore;
class Outbox;
class PropertiesPanel;
class CustomerPanel;
class SimilarTicketsPanel;
class ReadMarkers;
class RequestPanel;
class SignatureBook;
class TimeSpentSettings;
class TicketCollision;

// The open ticket: subject and who it is for, the conversation, the properties and the
// composer, and for staff "Log a call" and the reply signatures. Shows a hint when no ticket
// is selected.
class TicketPane : public QWidget
{
    Q_OBJECT
public:
    TicketPane(Connection* connection, DirectoryCache* directory, DraftStore* drafts,
        Outbox* outbox, ReadMarkers* markers, QWidget* parent = nullptr);

    void showTicket(TicketId id);
    TicketId ticketId() const;
    ConversationModel* conversation() const { return m_conversation; }
    Composer* composer() const { return m_composer; }
    TicketCollision* collision() const { return m_collision; }
    PropertiesPanel* properties() const { return m_properties; }
    // The shown ticket's organisation (null for customers, who see their own only).
    CustomerPanel* customerPanel() const { return m_customerPanel; }
    SimilarTicketsPanel* similarPanel() const { return m_similarPanel; }
    // The reply signatures (null for customers, who have none).
    SignatureBook* signatures() const { return m_signatures; }
    // Canned responses ("/" in the composer) and macros (staff; null for customers).
    CannedBook* cannedBook() const { return m_canned; }
    CannedCompleter* cannedCompleter() const { return m_completer; }
    MacroButton* macroButton() const { return m_macros; }
    // Knowledge-base articles matching the shown ticket's subject (staff; null for customers).
    KbSuggestions* articleSuggestions() const { return m_articles; }

Q_SIGNALS:
    // Another ticket was chosen from the pane (the customer's other tickets).
    void openTicketRequested(helpdesk::TicketId id);

public slots:
    // Opens the form that logs a phone call on the shown ticket (staff).
    void logCall();
    // Opens the signatures editor (staff).
    void editSignatures();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateHeader();
    // Gives the composer what a reply on the shown ticket is signed with.
    void updateSignature();

    QPointer<Connection> m_connection;
    TimeSpentSettings* m_timeSettings;
    QPointer<DirectoryCache> m_directory;
    QPointer<Outbox> m_outbox;
    SignatureBook* m_signatures = nullptr;
    CannedBook* m_canned = nullptr;
    CannedCompleter* m_completer = nullptr;
    MacroButton* m_macros = nullptr;
    KbSuggestions* m_articles = nullptr;
    bool m_canEditQueueSignatures = false;
    ConversationModel* m_conversation;
    ConversationView* m_view;
    PropertiesPanel* m_properties;
    CustomerPanel* m_customerPanel = nullptr;
    SimilarTicketsPanel* m_similarPanel = nullptr;
    Composer* m_composer;
    TicketCollision* m_collision;
    RequestPanel* m_request; // the guided request's answers and the owner's approval
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_subject;
    QLabel* m_meta;
    QLabel* m_propertiesTitle;
    QLabel* m_notice;
    QPushButton* m_logCall;
};

} // namespace helpdesk::client
