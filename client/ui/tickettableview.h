// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTableView>
#include <QTimer>

class QMenu;

namespace helpdesk::client {

class TicketListModel;

// The ticket list's table: chips and channel icons, server-side sorting on the columns the
// server can sort by (the others show no arrow), columns the user may hide and size (both
// remembered), and automatic widths wide enough for each header, sort arrow included, and
// every status and priority chip in the current language, recomputed when the language or
// font changes. Never measures rows: the model may hold a million.
class TicketTableView : public QTableView
{
    Q_OBJECT
public:
    explicit TicketTableView(TicketListModel* model, QWidget* parent = nullptr);

    TicketListModel* ticketModel() const { return m_model; }

    // Columns this user may see at all (a customer's list has no assignee or customer).
    void setColumnAvailable(int column, bool available);
    bool isColumnAvailable(int column) const;
    // The user's choice, remembered; the subject is always shown.
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // Checkable columns and "Reset column widths", for the View menu and the header.
    QMenu* columnsMenu() const { return m_columnsMenu; }
    // "Group by": no grouping, status, priority, assignee or queue. Grouping is the server's
    // order by that column (ascending), with a line where one group ends; the menu follows the
    // header's sort arrow.
    QMenu* groupMenu() const { return m_groupMenu; }
    void groupBy(int column);

    static bool isSortable(int column);
    // Narrowest width showing the column's header (sort arrow included) and, for chips,
    // every value unclipped, in the current language; the width wanted for name columns.
    int naturalWidth(int column) const;
    // Width of the shown columns at their natural widths with a readable subject.
    int preferredWidth() const;
    // Narrowest width showing every shown header unclipped without scrolling sideways.
    int requiredWidth() const;
    // Forgets the widths the user set; columns fit themselves again.
    void resetColumnWidths();

signals:
    // Longer names were loaded: preferredWidth() grew.
    void preferredWidthChanged();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    // The least a column gets before the list scrolls sideways: its header for names and
    // the subject, its natural width for the rest, the user's width when set.
    int floorWidth(int column) const;
    void onSectionResized(int column, int oldSize, int newSize);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void restoreSettings();
    void saveSettings() const;
    void retranslate();
    void syncGroupMenu();
    int textWidth(const QString& text) const;

    TicketListModel* m_model;
    QMenu* m_columnsMenu;
    QHash<int, QAction*> m_columnActions;
    QAction* m_resetWidthsAction;
    QMenu* m_groupMenu;
    QHash<int, QAction*> m_groupActions; // by column; -1 is "no grouping"
    QHash<int, int> m_userWidths; // columns sized by hand
    QVector<int> m_unavailable;
    int m_idDigits = 4; // digits of the largest id loaded so far (never narrows by itself)
    // The widest name loaded so far in the assignee, queue and customer columns (capped; never
    // narrows by itself): names are shown whole while the subject has room to spare.
    QHash<int, int> m_nameWidths;
    bool measureLoadedNames();
    QTimer m_idTimer;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_fitting = false;
    QTimer m_saveTimer;
};

} // namespace helpdesk::client
