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
// counts, a tag filter on top of the chosen view, and a full-text search whose hits open a
// ticket directly.
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

public slots:
    // Counts are re-read shortly after a change, coalescing bursts of pushes.
    void scheduleCountRefresh();

signals:
    void queryChanged(const helpdesk::client::TicketQuery& query);
    void searchHitActivated(helpdesk::TicketId ticket);

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
    void runSearch();

    QPointer<Connection> m_connection;
    QVector<View> m_viewDefs;
    QLabel* m_viewsTitle;
    QListWidget* m_views;
    QLabel* m_tagLabel;
    QLineEdit* m_tag;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QListWidget* m_hits;
    QLabel* m_searchStatus;
    QTimer m_countTimer;
    int m_countGeneration = 0;
};

} // namespace helpdesk::client
