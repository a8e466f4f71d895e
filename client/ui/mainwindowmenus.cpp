// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions and menus, with their texts in the current language.
#include "mainwindow.h"

#include "adminmenu.h"
#include "connection.h"
#include "directorycache.h"
#include "languagemanager.h"
#include "offlinenotices.h"
#include "quicksearchdialog.h"
#include "readcache.h"
#include "savedviewspanel.h"
#include "shortcutsdialog.h"
#include "slaadminmenu.h"
#include "teammenu.h"
#include "ticketlistmodel.h"
#include "tickettableview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace helpdesk::client {

void MainWindow::createActions()
{
    using Command = ShortcutsDialog::Command;
    const auto user = m_connection->currentUser();
    const bool staff = !user || isStaff(user->role);
    const auto action = [this](const char* name, Command command, auto slot) {
        auto* created = new QAction(this);
        created->setObjectName(QLatin1String(name));
        created->setShortcuts(ShortcutsDialog::keys(command));
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newTicketAction = action("newTicketAction", Command::NewTicket, [this] { newTicket(false); });
    m_phoneCallAction = action("phoneCallAction", Command::LogCall, [this] { newTicket(true); });
    m_phoneCallAction->setVisible(staff);
    m_refreshAction = action("refreshAction", Command::Refresh, [this] {
        m_model->reload();
        m_views->scheduleCountRefresh();
        m_directory->refresh();
    });
    m_logoutAction = new QAction(this);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    connect(m_logoutAction, &QAction::triggered, this, [this] {
        // What this user read stays with this user: nothing is left for the next login.
        if (m_cache)
            m_cache->clear();
        emit logoutRequested();
    });
    m_quitAction = action("quitAction", Command::Quit, [] { QApplication::quit(); });
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_searchAction = action("searchAction", Command::Search, [this] { m_views->focusSearch(); });
    m_quickSearchAction
        = action("quickSearchAction", Command::QuickSearch, [this] { openQuickSearch(); });
    QuickSearchDialog::letCtrlKThrough(this);
    m_goToTicketAction = action("goToTicketAction", Command::GoToTicket, [this] { goToTicket(); });
    m_nextUnreadAction = action("nextUnreadAction", Command::NextUnread, [this] { goToUnread(1); });
    m_previousUnreadAction
        = action("previousUnreadAction", Command::PreviousUnread, [this] { goToUnread(-1); });
    m_assignToMeAction = action("assignToMeAction", Command::AssignToMe, [this] { assignToMe(); });
    m_knowledgeAction
        = action("knowledgeBaseAction", Command::KnowledgeBase, [this] { openKnowledgeBase(); });
    m_assignToMeAction->setVisible(staff);
    m_shortcutsAction = action("shortcutsAction", Command::Shortcuts, [this] { showShortcuts(); });
    m_announcementsAction = new QAction(this);
    m_announcementsAction->setObjectName(QStringLiteral("announcementsAction"));
    connect(m_announcementsAction, &QAction::triggered, this, &MainWindow::showAnnouncements);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Helpdesk"),
            tr("Helpdesk %1\nA native support desk client.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newTicketAction);
    m_fileMenu->addAction(m_phoneCallAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_table->columnsMenu());
    m_viewMenu->addMenu(m_table->groupMenu());
    if (m_languages) {
        m_languageMenu = m_viewMenu->addMenu(QString());
        m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
        auto* group = new QActionGroup(this);
        for (const LanguageManager::Language& language : LanguageManager::languages()) {
            QAction* action = m_languageMenu->addAction(language.nativeName);
            action->setCheckable(true);
            action->setData(language.code);
            action->setChecked(language.code == m_languages->current());
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                [this, code = language.code] { switchLanguage(code); });
        }
    }
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_searchAction);
    m_goMenu->addAction(m_quickSearchAction);
    m_goMenu->addAction(m_goToTicketAction);
    m_goMenu->addAction(m_knowledgeAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_nextUnreadAction);
    m_goMenu->addAction(m_previousUnreadAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_assignToMeAction);
    auto* admin = new AdminMenu(m_connection, this);
    m_fileMenu->insertAction(m_logoutAction, admin->changePasswordAction());
    menuBar()->addMenu(admin);
    m_adminMenu = new SlaAdminMenu(m_connection, m_directory, this); // leads and admins only
    menuBar()->addMenu(m_adminMenu);
    m_team = new TeamMenu(m_connection, m_directory, this);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_announcementsAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::switchLanguage(const QString& code)
{
    if (!m_languages || !m_languages->setLanguage(code))
        return;
    // Remembered on the server too, for what it writes to this user (mails, alerts).
    m_connection->setLocale(code);
    if (m_connection->isReady())
        m_connection->call(QStringLiteral("user.setLocale"), { { QStringLiteral("locale"), code } },
            this, [](const QJsonValue&) {});
}

void MainWindow::retranslate()
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    setWindowTitle(user ? tr("Helpdesk — %1").arg(user->name) : tr("Helpdesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_newTicketAction->setText(tr("&New ticket…"));
    m_phoneCallAction->setText(tr("Log a &phone call…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_logoutAction->setText(tr("Log &out"));
    m_quitAction->setText(tr("&Quit"));
    m_searchAction->setText(tr("&Search…"));
    m_goToTicketAction->setText(tr("&Go to ticket…"));
    m_knowledgeAction->setText(tr("&Knowledge base"));
    m_quickSearchAction->setText(tr("Search &everywhere…"));
    m_nextUnreadAction->setText(tr("&Next unread ticket"));
    m_previousUnreadAction->setText(tr("&Previous unread ticket"));
    m_assignToMeAction->setText(tr("&Assign to me"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Helpdesk"));
    m_announcementsAction->setText(tr("A&nnouncements…"));
    updateConnectionState();
    updateTotals();
    m_offline->update();
    if (m_flashTimer.isActive() && m_flashText)
        statusBar()->showMessage(m_flashText());
    // The model's texts (headers, statuses, "5 minutes ago") come through tr() when painted.
    m_table->horizontalHeader()->viewport()->update();
    m_table->viewport()->update();
}

} // namespace helpdesk::client
