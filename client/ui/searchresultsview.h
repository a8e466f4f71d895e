// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class SearchResultsModel;

// Full-text search results as a list of their own: one row per ticket with the subject, the
// matching snippet (matched words highlighted), status, customer and last update; filters by
// status, queue, organisation and date narrow the search on the server. Activating a row
// opens the ticket.
class SearchResultsView : public QWidget
{
    Q_OBJECT
public:
    SearchResultsView(
        Connection* connection, DirectoryCache* directory, bool staff, QWidget* parent = nullptr);

    // Searches for these words with the filters set.
    void search(const QString& text);
    QString searchText() const { return m_text; }
    SearchResultsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The status line: "Searching…", "3 tickets found", "Nothing found." or an error.
    QLabel* statusLabel() const { return m_status; }

    // Filters, for tests and for the keyboard.
    void setStatusFilter(const QVector<TicketStatus>& statuses);
    void setQueueFilter(std::optional<QueueId> queue);
    void setCustomerFilter(std::optional<CustomerId> customer);
    // Invalid dates: no bound. Both are whole days in local time, until inclusive.
    void setDateFilter(const QDate& from, const QDate& until);

signals:
    void ticketActivated(helpdesk::TicketId ticket);
    // "Back to the list" or Escape.
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void fillPickers();
    void updateStatusButton();
    void updateStatusLine();
    void rerun();
    void clearFilters();
    QVector<TicketStatus> chosenStatuses() const;

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    SearchResultsModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QString m_text;
    bool m_staff;
    bool m_filling = false;

    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_statusButton;
    QMenu* m_statusMenu;
    QComboBox* m_queue;
    QComboBox* m_customer;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_untilCheck;
    QDateEdit* m_until;
    QPushButton* m_clearFilters;
    QPushButton* m_back;
    QTableView* m_table;
};

} // namespace helpdesk::client
