// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace helpdesk::client {

class Connection;

// The left pane: saved views (My open, Unassigned, All open, Pending, Resolved) with live
// counts, a tag filter on top of the chosen view, and the search box (its results are a list
// of their own in the main area).
class SavedViewsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SavedViewsPanel(Connection* connection, QWidget* parent = nullptr);

    // The chosen view with the tag filter applied.
    TicketQuery currentQuery() const;
    void selectView(int row);
    int viewCount() const;
    QListWidget* viewList() const { return m_views; }
    QLineEdit* searchEdit() const { return m_search; }
    // Puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();

public slots:
    // Counts are re-read shortly after a change, coalescing bursts of pushes.
    void scheduleCountRefresh();

signals:
    void queryChanged(const helpdesk::client::TicketQuery& query);
    // Enter in the search box: words to search for, or empty to close the results.
    void searchRequested(const QString& text);
    // A view was clicked (even the current one): the list, not search results, is wanted.
    void viewChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct View
    {
        QString key;
        TicketQuery query;
        qint64 count = -1;
    };
    void buildViews();
    void retranslate();
    QString viewTitle(const QString& key) const;
    void refreshCounts();

    QPointer<Connection> m_connection;
    QVector<View> m_viewDefs;
    QLabel* m_viewsTitle;
    QListWidget* m_views;
    QLabel* m_tagLabel;
    QLineEdit* m_tag;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QTimer m_countTimer;
    int m_countGeneration = 0;
};

} // namespace helpdesk::client
