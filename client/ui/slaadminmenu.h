// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class CalendarsDialog;
class RotaDialog;
class SlaPoliciesDialog;

// The Service levels menu of leads and admins (hidden for others): SLA policies, business
// calendars, on-call rotas.
class SlaAdminMenu : public QMenu
{
    Q_OBJECT
public:
    SlaAdminMenu(Connection* connection, DirectoryCache* directory, QWidget* parent);

    // Opens (or raises) the SLA policies dialog.
    SlaPoliciesDialog* openPolicies();
    CalendarsDialog* openCalendars();
    RotaDialog* openRotas();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QAction* m_policies;
    QAction* m_calendars;
    QAction* m_rotas;
    QPointer<SlaPoliciesDialog> m_dialog;
    QPointer<CalendarsDialog> m_calendarsDialog;
    QPointer<RotaDialog> m_rotaDialog;
};

} // namespace helpdesk::client
