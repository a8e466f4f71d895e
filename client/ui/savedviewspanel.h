// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketquery.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class PersonalViews;

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
    // The fixed views (the last is "All tickets"); queue views and saved views follow them.
    int viewCount() const;
    QListWidget* viewList() const { return m_views; }
    QLineEdit* searchEdit() const { return m_search; }
    // Puts the cursor in the search box, its text selected (Ctrl+F).
    void focusSearch();
    // Issue 12: a view per queue the user works in (admins and leads: every active queue),
    // from the directory; and the user's saved views below them.
    void setDirectory(DirectoryCache* directory);
    PersonalViews* personalViews() const { return m_personal; }
    // Saves the chosen view with the tag filter under a name (view.save); asks for it when
    // empty.
    void saveCurrentView(const QString& name = QString());

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
        QString title; // queue and saved views: their name
        qint64 savedId = 0; // saved views: the server's id
    };
    void buildViews();
    void rebuildExtraViews();
    void showViewMenu(const QPoint& at);
    void retranslate();
    QString viewTitle(const QString& key) const;
    void refreshCounts();

    QPointer<Connection> m_connection;
    QVector<View> m_viewDefs;
    int m_fixedViews = 0;
    QPointer<DirectoryCache> m_directory;
    PersonalViews* m_personal;
    QPushButton* m_saveView;
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
