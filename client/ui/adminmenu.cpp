// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminmenu.h"

#include "apitokensdialog.h"
#include "auditlogdialog.h"
#include "changepassworddialog.h"
#include "connection.h"
#include "organisationsdialog.h"
#include "requesttypesdialog.h"
#include "usersdialog.h"

#include <QEvent>

namespace helpdesk::client {

AdminMenu::AdminMenu(Connection* connection, QWidget* parent)
    : QMenu(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("administrationMenu"));
    const auto user = m_connection->currentUser();
    const bool admin = user && user->role == Role::Admin;
    const bool staff = user && isStaff(user->role);
    const bool owner = user && user->contactRole == ContactRole::Owner;
    m_changePassword = new QAction(this);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePassword, &QAction::triggered, this,
        [this] { showDialog<ChangePasswordDialog>(); });
    m_users = addAction(QString(), this, [this] { showDialog<UsersDialog>(); });
    m_users->setObjectName(QStringLiteral("usersAction"));
    m_users->setVisible(admin || owner);
    m_organisations = addAction(QString(), this, [this] { showDialog<OrganisationsDialog>(); });
    m_organisations->setObjectName(QStringLiteral("organisationsAction"));
    m_organisations->setVisible(staff);
    m_requestTypes = addAction(QString(), this, [this] { showDialog<RequestTypesDialog>(); });
    m_requestTypes->setObjectName(QStringLiteral("requestTypesAction"));
    m_requestTypes->setVisible(user && (admin || user->role == Role::Lead));
    addSeparator();
    m_audit = addAction(QString(), this, [this] { showDialog<AuditLogDialog>(); });
    m_audit->setObjectName(QStringLiteral("auditAction"));
    m_audit->setVisible(admin);
    m_apiTokens = addAction(QString(), this, [this] { showDialog<ApiTokensDialog>(); });
    m_apiTokens->setObjectName(QStringLiteral("apiTokensAction"));
    m_apiTokens->setVisible(admin);
    menuAction()->setVisible(admin || owner || staff);
    retranslate();
}

template<typename Dialog> void AdminMenu::showDialog()
{
    // One window of each kind; a second choice brings the open one forward.
    auto* dialog = parentWidget()->findChild<Dialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new Dialog(m_connection, parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AdminMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AdminMenu::retranslate()
{
    const auto user = m_connection->currentUser();
    const bool admin = user && user->role == Role::Admin;
    setTitle(tr("&Administration"));
    m_changePassword->setText(tr("C&hange password…"));
    m_users->setText(admin ? tr("&Users and contacts…") : tr("&Contacts…"));
    m_organisations->setText(tr("&Organisations…"));
    m_requestTypes->setText(tr("&Request types…"));
    m_audit->setText(tr("&Audit log…"));
    m_apiTokens->setText(tr("API &tokens…"));
}

} // namespace helpdesk::client
