// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QAction;

namespace helpdesk::client {

class Connection;

// The Administration menu, with what the logged-in user's role allows: users and contacts
// (administrators; an owner contact: its organisation's contacts), organisations (staff), the
// audit log and API tokens (administrators). Hidden when none applies. Also holds "Change
// password…", which the main window puts in its File menu, for everyone.
class AdminMenu : public QMenu
{
    Q_OBJECT
public:
    AdminMenu(Connection* connection, QWidget* parent);

    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* usersAction() const { return m_users; }
    QAction* organisationsAction() const { return m_organisations; }
    QAction* requestTypesAction() const { return m_requestTypes; }
    QAction* auditAction() const { return m_audit; }
    QAction* apiTokensAction() const { return m_apiTokens; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    template<typename Dialog> void showDialog();

    Connection* m_connection;
    QAction* m_changePassword;
    QAction* m_users;
    QAction* m_organisations;
    QAction* m_requestTypes; // admins and leads (issue 11)
    QAction* m_audit;
    QAction* m_apiTokens;
};

} // namespace helpdesk::client
