// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace helpdesk::client {

class Connection;
class DashboardWindow;
class DirectoryCache;
class PresenceBook;

// The Team menu and the presence in the status bar (issue 12), for staff: who of the team is
// online, away or offline; "Away" set by hand, or by itself after the configured minutes
// without keyboard or mouse input (QSettings presence/awayAfterMinutes, default 10; 0: never);
// and, for leads and admins, Queues… (the queue administration).
class TeamMenu : public QObject
{
    Q_OBJECT
public:
    TeamMenu(Connection* connection, DirectoryCache* directory, QMainWindow* window);

    PresenceBook* presence() const { return m_presence; }
    QMenu* menu() const { return m_menu; }
    // Opens the queue administration (leads and admins).
    void openQueues();
    // Opens (or raises) the dashboard and reports window (issue 15; agents: their figures).
    DashboardWindow* openDashboard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void update();
    void fillColleagues();
    void goIdle();

    QMainWindow* m_window;
    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    PresenceBook* m_presence;
    QMenu* m_menu;
    QMenu* m_colleagues;
    QAction* m_queues;
    QAction* m_dashboard;
    QPointer<DashboardWindow> m_dashboardWindow;
    QAction* m_away;
    QLabel* m_status;
    QTimer m_idle;
    bool m_autoAway = false;
};

} // namespace helpdesk::client
