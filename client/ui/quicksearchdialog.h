// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace helpdesk::client {

class CannedBook;
class Connection;
class EverywhereModel;

// The quick search (Ctrl+K): one box, results of search.everywhere as the user types, grouped
// by kind with the matched words marked. Up/Down choose, Enter opens: the ticket, the tickets
// of a contact or organisation, the article, or a canned response inserted into the reply of
// the open ticket.
class QuickSearchDialog : public QDialog
{
    Q_OBJECT
public:
    // `openTicket`: the ticket shown in the main window (invalid: none), for canned responses.
    QuickSearchDialog(Connection* connection, CannedBook* canned,
        std::function<TicketId()> openTicket, QWidget* parent = nullptr);

    // Shows the dialog with the box selected, ready for new words.
    void start();
    // Searches at once (the box's text), without waiting for the typing pause.
    void searchNow();
    QLineEdit* edit() const { return m_edit; }
    QListView* list() const { return m_list; }
    EverywhereModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    // Opens the result in this row of the model.
    void activateRow(int row);
    // Text fields take Ctrl+K for themselves (delete to the end of the line) before a window
    // shortcut sees it: in `window`, let it through to the quick search's shortcut instead.
    static void letCtrlKThrough(QWidget* window);

signals:
    void ticketChosen(helpdesk::TicketId ticket);
    // A contact's (requester set) or an organisation's tickets.
    void ticketsChosen(helpdesk::CustomerId customer, std::optional<helpdesk::UserId> requester);
    void articleChosen(qint64 article);
    // A canned response's text for the reply, placeholders filled by the server.
    void replyTextChosen(const QString& text);
    // search.everywhere answered and the list shows it (for tests and screenshots).
    void resultsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslate();
    void select(int row);
    void insertCanned(qint64 response);

    QPointer<Connection> m_connection;
    QPointer<CannedBook> m_canned;
    std::function<TicketId()> m_openTicket;
    EverywhereModel* m_model;
    QLineEdit* m_edit;
    QListView* m_list;
    QLabel* m_status;
    QTimer m_typing;
    int m_generation = 0; // answers to older words are dropped
};

} // namespace helpdesk::client
