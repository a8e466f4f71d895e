// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammenu.h"

#include "connection.h"
#include "dashboardwindow.h"
#include "directorycache.h"
#include "presencebook.h"
#include "queuesdialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace helpdesk::client {

TeamMenu::TeamMenu(Connection* connection, DirectoryCache* directory, QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_connection(connection)
    , m_directory(directory)
    , m_presence(new PresenceBook(connection, this))
{
    const auto user = connection->currentUser();
    const bool staff = user && isStaff(user->role);
    const bool manager = user && (user->role == Role::Admin || user->role == Role::Lead);
    m_menu = window->menuBar()->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("teamMenu"));
    m_menu->menuAction()->setVisible(staff);
    m_away = m_menu->addAction(QString());
    m_away->setObjectName(QStringLiteral("awayAction"));
    m_away->setCheckable(true);
    connect(m_away, &QAction::triggered, this, [this](bool away) {
        m_autoAway = false;
        m_presence->setMyStatus(away ? QStringLiteral("away") : QStringLiteral("online"), true);
    });
    m_colleagues = m_menu->addMenu(QString());
    m_colleagues->setObjectName(QStringLiteral("colleaguesMenu"));
    connect(m_colleagues, &QMenu::aboutToShow, this, &TeamMenu::fillColleagues);
    m_menu->addSeparator();
    m_queues = m_menu->addAction(QString());
    m_queues->setObjectName(QStringLiteral("queuesAction"));
    m_queues->setVisible(manager);
    connect(m_queues, &QAction::triggered, this, &TeamMenu::openQueues);
    m_dashboard = m_menu->addAction(QString());
    m_dashboard->setObjectName(QStringLiteral("dashboardAction"));
    connect(m_dashboard, &QAction::triggered, this, &TeamMenu::openDashboard);
    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("presenceLabel"));
    m_status->setVisible(staff);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_presence, &PresenceBook::changed, this, &TeamMenu::update);

    const int minutes = QSettings().value(QStringLiteral("presence/awayAfterMinutes"), 10).toInt();
    m_idle.setSingleShot(true);
    m_idle.setInterval(minutes * 60'000);
    connect(&m_idle, &QTimer::timeout, this, &TeamMenu::goIdle);
    if (staff && minutes > 0) {
        qApp->installEventFilter(this);
        m_idle.start();
    }
    window->installEventFilter(this); // language changes
    retranslate();
}

bool TeamMenu::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle.interval() > 0)
            m_idle.start();
        if (m_autoAway) { // back at the keyboard
            m_autoAway = false;
            m_presence->setMyStatus(QStringLiteral("online"), false);
        }
        break;
    case QEvent::LanguageChange:
        if (watched == m_window)
            retranslate();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void TeamMenu::goIdle()
{
    if (m_presence->myPresence() != QLatin1String("online"))
        return; // away by hand already, or not connected
    m_autoAway = true;
    m_presence->setMyStatus(QStringLiteral("away"), false);
}

void TeamMenu::retranslate()
{
    m_menu->setTitle(tr("&Team"));
    m_away->setText(tr("I am &away"));
    m_colleagues->setTitle(tr("&Colleagues"));
    m_queues->setText(tr("&Queues…"));
    m_dashboard->setText(tr("&Dashboard and reports…"));
    update();
}

void TeamMenu::update()
{
    const QString mine = m_presence->myPresence();
    m_away->setChecked(mine == QLatin1String("away"));
    const QString state = mine == QLatin1String("away") ? tr("away")
        : mine == QLatin1String("online")               ? tr("online")
                                                        : tr("offline");
    m_status->setText(tr("You are %1 · colleagues online: %2")
                          .arg(state)
                          .arg(m_presence->onlineColleagues()));
}

void TeamMenu::fillColleagues()
{
    m_colleagues->clear();
    for (const User& user : m_directory->staff()) {
        const QString presence = m_presence->presenceOf(user.id);
        const QString state = presence == QLatin1String("away") ? tr("away")
            : presence == QLatin1String("online")               ? tr("online")
                                                                : tr("offline");
        QAction* item = m_colleagues->addAction(tr("%1 — %2").arg(user.name, state));
        item->setEnabled(false);
    }
}

DashboardWindow* TeamMenu::openDashboard()
{
    if (!m_dashboardWindow)
        m_dashboardWindow = new DashboardWindow(m_connection, m_directory, m_window);
    m_dashboardWindow->show();
    m_dashboardWindow->raise();
    return m_dashboardWindow;
}

void TeamMenu::openQueues()
{
    auto* dialog = new QueuesDialog(m_connection, m_directory, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace helpdesk::client
