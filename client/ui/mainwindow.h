// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class QTableView;

namespace helpdesk::client {

class Connection;
class DirectoryCache;
class DraftStore;
class LanguageManager;
class Outbox;
class ReadMarkers;
class SavedViewsPanel;
class TicketListModel;
class TicketPane;

// The agent's workspace: saved views on the left, the ticket list, the open ticket. Owns the
// per-account local state (drafts, outbox, read markers) for the logged-in user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // languages: the Language menu switches through it; none means no menu (tests).
    explicit MainWindow(
        Connection* connection, LanguageManager* languages = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    TicketListModel* ticketModel() const { return m_model; }
    QTableView* ticketTable() const { return m_table; }
    TicketPane* ticketPane() const { return m_pane; }
    SavedViewsPanel* viewsPanel() const { return m_views; }
    Outbox* outbox() const { return m_outbox; }
    DraftStore* drafts() const { return m_drafts; }

    // Opens a ticket in the pane and selects it in the list when it is loaded there.
    void openTicket(TicketId id);

public slots:
    void newTicket(bool phoneCall = false);

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateConnectionState();
    void updateTotals();
    void onCurrentRowChanged();
    // Narrows the name columns when the list is too narrow for a readable subject.
    void fitColumns();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void notifyIfMine(TicketId ticket, const Message& message);
    void switchLanguage(const QString& code);

    QPointer<Connection> m_connection;
    DirectoryCache* m_directory;
    DraftStore* m_drafts;
    Outbox* m_outbox;
    ReadMarkers* m_markers;
    TicketListModel* m_model;
    SavedViewsPanel* m_views;
    QTableView* m_table = nullptr;
    TicketPane* m_pane;
    QLabel* m_connectionLabel;
    QLabel* m_outboxLabel;
    QLabel* m_totalLabel;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_currentPending = false; // the current row was still loading when it was chosen
    bool m_autoColumns = true; // false once the user has sized a column by hand
    bool m_fittingColumns = false;

    QMenu* m_fileMenu;
    QMenu* m_viewMenu;
    QMenu* m_helpMenu;
    QMenu* m_languageMenu = nullptr;
    QPointer<LanguageManager> m_languages;
    QAction* m_newTicketAction;
    QAction* m_phoneCallAction;
    QAction* m_refreshAction;
    QAction* m_logoutAction;
    QAction* m_quitAction;
    QAction* m_aboutAction;
};

} // namespace helpdesk::client
