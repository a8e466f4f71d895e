// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace helpdesk::client {

class AnnouncementBanner;
class AnnouncementBoard;
class AnnouncementsDialog;
class Connection;
class DirectoryCache;
class TeamMenu;
class DraftStore;
class LanguageManager;
class OfflineNotices;
class Outbox;
class ReadCache;
class ReadMarkers;
class SavedViewsPanel;
class SearchResultsView;
class TicketListModel;
class KbWindow;
class QuickSearchDialog;
class TicketPane;
class TicketTableView;

// The agent's workspace: saved views on the left, the ticket list or search results in the
// middle, the open ticket on the right. Owns the per-account local state (drafts, outbox,
// read markers, the read cache for offline reading) for the logged-in user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // languages: the Language menu switches through it; none means no menu (tests).
    explicit MainWindow(
        Connection* connection, LanguageManager* languages = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    TicketListModel* ticketModel() const { return m_model; }
    // A TicketTableView (qobject_cast for its column choices).
    QTableView* ticketTable() const;
    TicketPane* ticketPane() const { return m_pane; }
    // Opens (or raises) the knowledge base; an agent's "insert into reply" goes to the composer.
    KbWindow* openKnowledgeBase();
    // The quick search over everything (Ctrl+K), created on first use.
    QuickSearchDialog* openQuickSearch();
    SavedViewsPanel* viewsPanel() const { return m_views; }
    TeamMenu* teamMenu() const { return m_team; }
    SearchResultsView* searchView() const { return m_search; }
    Outbox* outbox() const { return m_outbox; }
    DraftStore* drafts() const { return m_drafts; }
    ReadCache* readCache() const { return m_cache; }
    AnnouncementBanner* announcementBanner() const { return m_banner; }
    // Help → Announcements…: opens the list (or raises the open one).
    AnnouncementsDialog* showAnnouncements();

    // Opens a ticket in the pane and selects it in the list when it is loaded there.
    void openTicket(TicketId id);
    // Shows search results for these words in the middle; empty words: the list again.
    void showSearch(const QString& text);
    void showList();
    bool isShowingSearch() const;

public slots:
    void newTicket(bool phoneCall = false);

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateConnectionState();
    void updateTotals();
    void onCurrentRowChanged();
    void showInPane(TicketId id);
    void fitPanes();
    int defaultWidth() const;
    void notifyIfMine(TicketId ticket, const Message& message);
    void switchLanguage(const QString& code);
    void goToTicket();
    void goToUnread(int step);
    void assignToMe();
    void sendAssignment(TicketId id, qint64 version, bool retry);
    void showShortcuts();
    // A status-bar message for a few seconds; text is called again if the language changes.
    void flash(std::function<QString()> text);

    QPointer<Connection> m_connection;
    DirectoryCache* m_directory;
    DraftStore* m_drafts;
    Outbox* m_outbox;
    ReadMarkers* m_markers;
    ReadCache* m_cache = nullptr;
    TicketListModel* m_model;
    SavedViewsPanel* m_views;
    TicketTableView* m_table = nullptr;
    SearchResultsView* m_search;
    QStackedWidget* m_middle;
    QWidget* m_listPage;
    TicketPane* m_pane;
    QSplitter* m_splitter;
    OfflineNotices* m_offline;
    QLabel* m_connectionLabel;
    QLabel* m_outboxLabel;
    QLabel* m_totalLabel;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_currentPending = false; // the current row was still loading when it was chosen
    bool m_panesFitted = false;
    bool m_panesMoved = false; // by the user: fitPanes() leaves them alone
    std::function<QString()> m_flashText;
    QTimer m_flashTimer;

    QMenu* m_fileMenu;
    QMenu* m_viewMenu;
    QMenu* m_goMenu;
    QMenu* m_helpMenu;
    QMenu* m_adminMenu = nullptr; // SlaAdminMenu
    QMenu* m_languageMenu = nullptr;
    QPointer<LanguageManager> m_languages;
    QAction* m_newTicketAction;
    QAction* m_phoneCallAction;
    QAction* m_refreshAction;
    QAction* m_logoutAction;
    QAction* m_quitAction;
    QAction* m_searchAction;
    QAction* m_goToTicketAction;
    QAction* m_knowledgeAction;
    QPointer<KbWindow> m_knowledgeBase;
    QAction* m_quickSearchAction;
    QuickSearchDialog* m_quickSearch = nullptr;
    QAction* m_nextUnreadAction;
    QAction* m_previousUnreadAction;
    QAction* m_assignToMeAction;
    TeamMenu* m_team = nullptr;
    QAction* m_shortcutsAction;
    QAction* m_announcementsAction;
    AnnouncementBoard* m_announcements;
    AnnouncementBanner* m_banner;
    QPointer<AnnouncementsDialog> m_announcementsDialog;
    QAction* m_aboutAction;
};

} // namespace helpdesk::client
