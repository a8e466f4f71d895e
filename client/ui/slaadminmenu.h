// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class SlaPoliciesDialog;

// The Administration menu of leads and admins (hidden for others): SLA policies.
class SlaAdminMenu : public QMenu
{
    Q_OBJECT
public:
    SlaAdminMenu(Connection* connection, DirectoryCache* directory, QWidget* parent);

    // Opens (or raises) the SLA policies dialog.
    SlaPoliciesDialog* openPolicies();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QAction* m_policies;
    QPointer<SlaPoliciesDialog> m_dialog;
};

} // namespace helpdesk::client
