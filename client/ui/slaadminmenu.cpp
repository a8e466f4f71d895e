// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaadminmenu.h"

#include "connection.h"
#include "directorycache.h"
#include "calendarsdialog.h"
#include "rotadialog.h"
#include "slapoliciesdialog.h"

#include <QEvent>

namespace helpdesk::client {

SlaAdminMenu::SlaAdminMenu(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QMenu(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_policies(addAction(QString()))
    , m_calendars(addAction(QString()))
    , m_rotas(addAction(QString()))
{
    setObjectName(QStringLiteral("administrationMenu"));
    m_policies->setObjectName(QStringLiteral("slaPoliciesAction"));
    m_calendars->setObjectName(QStringLiteral("calendarsAction"));
    m_rotas->setObjectName(QStringLiteral("rotasAction"));
    connect(m_policies, &QAction::triggered, this, &SlaAdminMenu::openPolicies);
    connect(m_calendars, &QAction::triggered, this, &SlaAdminMenu::openCalendars);
    connect(m_rotas, &QAction::triggered, this, &SlaAdminMenu::openRotas);
    connect(connection, &Connection::loggedIn, this, &SlaAdminMenu::updateVisibility);
    retranslate();
    updateVisibility();
}

namespace {
// Opens the dialog held in `dialog`, creating it first when there is none.
template<typename Dialog, typename Make>
Dialog* openDialog(QPointer<Dialog>& dialog, Make make, QSize size)
{
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resize(size);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}
} // namespace

SlaPoliciesDialog* SlaAdminMenu::openPolicies()
{
    return openDialog(m_dialog,
        [this] { return new SlaPoliciesDialog(m_connection, m_directory, parentWidget()); }, QSize(760, 560));
}

CalendarsDialog* SlaAdminMenu::openCalendars()
{
    return openDialog(m_calendarsDialog,
        [this] { return new CalendarsDialog(m_connection, parentWidget()); }, QSize(860, 600));
}

RotaDialog* SlaAdminMenu::openRotas()
{
    return openDialog(m_rotaDialog,
        [this] { return new RotaDialog(m_connection, m_directory, parentWidget()); }, QSize(900, 600));
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
    m_calendars->setText(tr("Business &calendars…"));
    m_rotas->setText(tr("On-call &rotas…"));
}

void SlaAdminMenu::updateVisibility()
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    menuAction()->setVisible(user && (user->role == Role::Admin || user->role == Role::Lead));
}

} // namespace helpdesk::client
