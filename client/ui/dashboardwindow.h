// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace helpdesk::client {

class Connection;
class DashboardData;
class DirectoryCache;
struct ReportTable;

// The team lead's dashboard and reports (issue 15), a window of its own: a filter bar
// (period, queue, organisation, agent), the key figures, charts (created vs resolved per day,
// backlog by status, ratings per day; Qt Charts) that move with the pushed ticket changes,
// and the report's tables with export to CSV and to PDF or a printer. Agents see their own
// figures only (the server narrows it; the agent filter is fixed to them).
class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    DashboardData* data() const { return m_data; }
    // The figure shown for a key ("created", "resolved", "backlog", ...), as displayed.
    QString figureText(const QString& key) const;
    // Writes the report (every table) as CSV / PDF; false with a message box left out when
    // the file cannot be written (the dialogs' callers show it).
    bool exportCsv(const QString& path) const;
    bool exportPdf(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillFilters();
    void applyFilters();
    void redraw();
    void drawDaily();
    void drawBacklog();
    void drawRatings();
    void fillTables();
    QVector<ReportTable> tables() const;
    void chooseCsv();
    void choosePdf();
    void print();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    DashboardData* m_data;
    QDateEdit* m_since;
    QDateEdit* m_until;
    QComboBox* m_queue;
    QComboBox* m_customer;
    QComboBox* m_agent;
    QPushButton* m_refresh;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_print;
    QLabel* m_status;
    QGridLayout* m_figures;
    QHash<QString, QLabel*> m_figureLabels;
    QHash<QString, QLabel*> m_figureValues;
    QTabWidget* m_tabs;
    QChartView* m_daily;
    QChartView* m_backlog;
    QChartView* m_ratings;
    QTabWidget* m_reportTabs;
};

} // namespace helpdesk::client
