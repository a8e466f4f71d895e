// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaadminmenu.h"

#include "connection.h"
#include "directorycache.h"
#include "slapoliciesdialog.h"

#include <QEvent>

namespace helpdesk::client {

SlaAdminMenu::SlaAdminMenu(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QMenu(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_policies(addAction(QString()))
{
    setObjectName(QStringLiteral("administrationMenu"));
    m_policies->setObjectName(QStringLiteral("slaPoliciesAction"));
    connect(m_policies, &QAction::triggered, this, &SlaAdminMenu::openPolicies);
    connect(connection, &Connection::loggedIn, this, &SlaAdminMenu::updateVisibility);
    retranslate();
    updateVisibility();
}

SlaPoliciesDialog* SlaAdminMenu::openPolicies()
{
    if (!m_dialog) {
        m_dialog = new SlaPoliciesDialog(m_connection, m_directory, parentWidget());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->resize(760, 560);
    }
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

void SlaAdminMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SlaAdminMenu::retranslate()
{
    setTitle(tr("&Service levels"));
    m_policies->setText(tr("SLA &policies…"));
}

void SlaAdminMenu::updateVisibility()
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    menuAction()->setVisible(user && (user->role == Role::Admin || user->role == Role::Lead));
}

} // namespace helpdesk::client
