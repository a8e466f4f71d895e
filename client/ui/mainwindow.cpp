// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "announcementbanner.h"
#include "announcementboard.h"
#include "announcementsdialog.h"
#include "apitypes.h"
#include "composer.h"
#include "connection.h"
#include "conversationmodel.h"
#include "directorycache.h"
#include "draftstore.h"
#include "errortext.h"
#include "kbwindow.h"
#include "languagemanager.h"
#include "localfiles.h"
#include "newticketdialog.h"
#include "offlinenotices.h"
#include "outbox.h"
#include "propertiespanel.h"
#include "quicksearchdialog.h"
#include "readcache.h"
#include "readmarkers.h"
#include "savedviewspanel.h"
#include "searchresultsview.h"
#include "shortcutsdialog.h"
#include "slaalertnotifier.h"
#include "teammenu.h" // its presence book feeds the assignee pickers
#include "ticketlistmodel.h"
#include "ticketpane.h"
#include "tickettableview.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <climits>

namespace helpdesk::client {

namespace {

constexpr int kFlashMs = 6000;
constexpr int kMinPaneWidth = 640; // the thread (readable) and the properties side by side

} // namespace

MainWindow::MainWindow(Connection* connection, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_languages(languages)
{
    const User user = connection->currentUser().value_or(User());
    const bool staff = !connection->currentUser() || isStaff(user.role);
    const QString profile = profileDirectory(connection->host(), connection->port(), user.login);
    m_directory = new DirectoryCache(connection, this);
    m_drafts = new DraftStore(profile + QStringLiteral("/drafts"), this);
    m_outbox = new Outbox(connection, profile, this);
    m_markers = new ReadMarkers(profile + QStringLiteral("/read-markers.json"), this);
    if (user.id.isValid())
        m_cache = new ReadCache(
            ReadCache::directoryFor(connection->host(), connection->port(), user.login, user.id),
            connection, this);
    m_directory->refresh();

    m_model = new TicketListModel(connection, this);
    m_model->setDirectory(m_directory);
    m_model->setReadMarkers(m_markers);
    m_model->setReadCache(m_cache);

    m_views = new SavedViewsPanel(connection, this);
    m_views->setDirectory(m_directory);
    // Connected before the view sees the model, so that it runs first: when the open ticket's
    // row goes (the ticket no longer matches the view), the view would make a neighbouring
    // row current, which would open that ticket by itself. Nothing is highlighted instead;
    // the pane keeps the ticket.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex&, int first, int last) {
            if (!m_table)
                return;
            const int current = m_table->selectionModel()->currentIndex().row();
            if (current >= first && current <= last) {
                m_currentPending = false;
                m_table->selectionModel()->clear();
            }
        });
    m_table = new TicketTableView(m_model, this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    if (!staff) {
        // A customer sees only its own organisation, and the directory it may read has no
        // staff names: those columns would say nothing.
        m_table->setColumnAvailable(TicketListModel::CustomerColumn, false);
        m_table->setColumnAvailable(TicketListModel::AssigneeColumn, false);
        m_table->setColumnAvailable(TicketListModel::QueueColumn, false);
    }

    m_pane = new TicketPane(connection, m_directory, m_drafts, m_outbox, m_markers, this);
    m_offline = new OfflineNotices(connection, m_model, m_pane, m_cache, this);
    m_listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_offline->listNotice());
    listLayout->addWidget(m_table, 1);
    m_search = new SearchResultsView(connection, m_directory, staff, this);
    m_search->setObjectName(QStringLiteral("searchView"));
    m_middle = new QStackedWidget(this);
    m_middle->addWidget(m_listPage);
    m_middle->addWidget(m_search);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_offline->ticketNotice());
    rightLayout->addWidget(m_pane, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_announcements = new AnnouncementBoard(connection, this);
    m_banner = new AnnouncementBanner(m_announcements, this);
    connect(m_banner, &AnnouncementBanner::showAllRequested, this, &MainWindow::showAnnouncements);
    setCentralWidget(m_banner->above(m_splitter));
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_panesMoved = true; });
    connect(m_table, &TicketTableView::preferredWidthChanged, this, [this] {
        if (m_panesFitted && !m_panesMoved)
            fitPanes(); // the names loaded want more room than the first guess
    });

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxState"));
    m_totalLabel = new QLabel(this);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_totalLabel);
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMs);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashText = {};
        statusBar()->clearMessage();
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }

    new SlaAlertNotifier(m_connection, m_tray, this); // sla.alert as tray notifications
    createActions();
    createMenus();
    m_pane->properties()->setPresence(m_team->presence()); // presence in the assignee picker
    connect(m_views, &SavedViewsPanel::queryChanged, this, [this](const TicketQuery& query) {
        TicketQuery sorted = query;
        const TicketQuery current = m_model->query();
        sorted.sortField = current.sortField;
        sorted.sortOrder = current.sortOrder;
        m_model->setQuery(sorted);
        showList();
    });
    connect(m_views, &SavedViewsPanel::viewChosen, this, &MainWindow::showList);
    connect(m_views, &SavedViewsPanel::searchRequested, this, &MainWindow::showSearch);
    connect(m_search, &SearchResultsView::ticketActivated, this, &MainWindow::openTicket);
    connect(m_pane, &TicketPane::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_search, &SearchResultsView::closeRequested, this, &MainWindow::showList);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_model, &TicketListModel::totalChanged, this, &MainWindow::updateTotals);
    // A ticket opened before its page arrived (search result, --open-ticket) gets selected then.
    auto selectOpenTicket = [this] {
        if (m_table->selectionModel()->hasSelection() || !m_pane->ticketId().isValid())
            return;
        const int row = m_model->rowOf(m_pane->ticketId());
        if (row >= 0)
            m_table->selectRow(row);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, selectOpenTicket);
    connect(m_model, &QAbstractItemModel::modelReset, this, selectOpenTicket);
    // Rows scrolled to arrive a moment after they are shown: a row chosen while it was
    // still loading opens once its ticket is there.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this, selectOpenTicket](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            const int current = m_table->selectionModel()->currentIndex().row();
            if (m_currentPending && current >= topLeft.row() && current <= bottomRight.row())
                onCurrentRowChanged();
            selectOpenTicket();
        });
    connect(connection, &Connection::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_outbox, &Outbox::queuedCountChanged, this, &MainWindow::updateConnectionState);
    connect(m_outbox, &Outbox::failed, this, &MainWindow::updateConnectionState);
    connect(connection, &Connection::messageAdded, this, &MainWindow::notifyIfMine);
    connect(m_pane->composer(), &Composer::sent, m_views, &SavedViewsPanel::scheduleCountRefresh);
    connect(
        m_pane->properties(), &PropertiesPanel::saved, m_model, &TicketListModel::noteOwnChange);

    m_model->setQuery(m_views->currentQuery());
    retranslate();
    resize(defaultWidth(), 900);
}

int MainWindow::defaultWidth() const
{
    // 1500 px, or wider when the list at the width its columns want in this language (with a
    // readable subject) and the ticket at its least need more, as far as the screen allows.
    constexpr int kWidth = 1500;
    const int needed = m_views->sizeHint().width() + m_table->preferredWidth()
        + qMax(kMinPaneWidth, m_pane->minimumSizeHint().width()) + 2 * m_splitter->handleWidth();
    int width = qMax(kWidth, needed);
    if (const QScreen* screen = this->screen();
        screen && screen->availableGeometry().width() >= kWidth)
        width = qMin(width, screen->availableGeometry().width());
    return width;
}

MainWindow::~MainWindow()
{
    m_drafts->flush();
    m_markers->flush();
}

QTableView* MainWindow::ticketTable() const
{
    return m_table;
}

AnnouncementsDialog* MainWindow::showAnnouncements()
{
    if (!m_announcementsDialog) {
        m_announcementsDialog = new AnnouncementsDialog(m_connection, m_announcements, this);
        m_announcementsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_announcementsDialog->show();
    m_announcementsDialog->raise();
    return m_announcementsDialog;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        // The columns' widths follow the words: so does the list's share, until the user
        // moves the dividers.
        if (m_panesFitted && !m_panesMoved)
            fitPanes();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_drafts->flush();
    m_markers->flush();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_panesFitted) {
        m_panesFitted = true;
        fitPanes();
    }
}

void MainWindow::fitPanes()
{
    // The list as wide as its columns want (in this language) with a readable subject; the
    // ticket keeps room for its thread beside the properties, and gets the rest.
    const int total = m_splitter->width() - 2 * m_splitter->handleWidth();
    const int left = m_views->sizeHint().width();
    const int minPane = qMax(kMinPaneWidth, m_pane->minimumSizeHint().width());
    const int list = qBound(m_table->minimumSizeHint().width(), m_table->preferredWidth(),
        qMax(0, total - left - minPane));
    m_splitter->setSizes({ left, list, qMax(0, total - left - list) });
}

void MainWindow::updateConnectionState()
{
    if (!m_connection)
        return;
    QString text;
    switch (m_connection->state()) {
    case Connection::State::Ready:
        text = tr("Connected to %1:%2").arg(m_connection->host()).arg(m_connection->port());
        break;
    case Connection::State::Reconnecting:
    case Connection::State::Connecting:
        text
            = tr("Connection lost — reconnecting… Your replies are kept and sent when it is back.");
        break;
    case Connection::State::Authenticating:
        text = tr("Signing in…");
        break;
    case Connection::State::Disconnected:
        text = tr("Offline");
        break;
    }
    m_connectionLabel->setText(text);
    const int queued = m_outbox->queuedCount();
    const int failed = m_outbox->failedCount();
    QStringList outbox;
    if (queued > 0)
        outbox << tr("%n reply(ies) waiting to be sent", nullptr, queued);
    if (failed > 0)
        outbox << tr("%n reply(ies) not sent", nullptr, failed);
    m_outboxLabel->setText(outbox.join(QStringLiteral(" · ")));
}

void MainWindow::updateTotals()
{
    m_totalLabel->setText(
        tr("%Ln ticket(s)", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))));
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const TicketId id(current.data(TicketListModel::TicketIdRole).toLongLong());
    m_currentPending = !id.isValid(); // a row still loading has no ticket yet
    if (m_currentPending || id == m_pane->ticketId())
        return;
    showInPane(id);
}

void MainWindow::showInPane(TicketId id)
{
    m_pane->showTicket(id);
    m_model->markRead(id);
    m_offline->ticketShown(id);
}

void MainWindow::openTicket(TicketId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        // Not listed (yet): no other row may stay highlighted beside it. It is selected when
        // its row arrives.
        m_currentPending = false;
        m_table->selectionModel()->clear();
    }
    showInPane(id);
}

void MainWindow::showSearch(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showList();
        return;
    }
    m_search->search(text);
    m_middle->setCurrentWidget(m_search);
}

void MainWindow::showList()
{
    m_middle->setCurrentWidget(m_listPage);
}

bool MainWindow::isShowingSearch() const
{
    return m_middle->currentWidget() == m_search;
}

void MainWindow::newTicket(bool phoneCall)
{
    auto* dialog = new NewTicketDialog(m_connection, m_directory, m_drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPhoneCall(phoneCall);
    dialog->setPresence(m_team->presence());
    connect(dialog, &NewTicketDialog::created, this, [this](const Ticket& ticket) {
        m_views->scheduleCountRefresh();
        openTicket(ticket.id);
    });
    dialog->open();
}

KbWindow* MainWindow::openKnowledgeBase()
{
    if (!m_knowledgeBase) {
        m_knowledgeBase = new KbWindow(m_connection, this);
        m_knowledgeBase->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_knowledgeBase, &KbWindow::insertRequested, this, [this](const QString& text) {
            m_pane->composer()->editor()->insertPlainText(text);
        });
    }
    m_knowledgeBase->show();
    m_knowledgeBase->raise();
    return m_knowledgeBase;
}

QuickSearchDialog* MainWindow::openQuickSearch()
{
    if (!m_quickSearch) {
        m_quickSearch = new QuickSearchDialog(
            m_connection, m_pane->cannedBook(), [this] { return m_pane->ticketId(); }, this);
        connect(m_quickSearch, &QuickSearchDialog::ticketChosen, this, &MainWindow::openTicket);
        connect(m_quickSearch, &QuickSearchDialog::articleChosen, this,
            [this](qint64 article) { openKnowledgeBase()->showArticle(article); });
        connect(m_quickSearch, &QuickSearchDialog::replyTextChosen, this,
            [this](const QString& text) { m_pane->composer()->editor()->insertPlainText(text); });
        connect(m_quickSearch, &QuickSearchDialog::ticketsChosen, this,
            [this](CustomerId customer, std::optional<UserId> requester) {
                TicketQuery query;
                query.customer = IdFilter<CustomerId>::equals(customer);
                query.requester = requester;
                m_model->setQuery(query);
                showList();
            });
    }
    m_quickSearch->start();
    return m_quickSearch;
}

void MainWindow::goToTicket()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("goToTicketDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, INT_MAX);
    dialog->setIntValue(qMax<qint64>(1, m_pane->ticketId().value()));
    dialog->setWindowTitle(tr("Go to ticket"));
    dialog->setLabelText(tr("Ticket &number:"));
    connect(dialog, &QInputDialog::intValueSelected, this, [this](int value) {
        showList();
        openTicket(TicketId(value));
    });
    dialog->open();
}

void MainWindow::goToUnread(int step)
{
    showList();
    const int row = m_model->nextUnreadRow(m_table->selectionModel()->currentIndex().row(), step);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    flash([step] {
        return step > 0 ? tr("No unread ticket below this one in the list.")
                        : tr("No unread ticket above this one in the list.");
    });
}

void MainWindow::assignToMe()
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const auto ticket = m_pane->conversation()->ticket();
    if (!me || !isStaff(me->role))
        return;
    if (!ticket) {
        flash([] { return tr("Open a ticket first."); });
        return;
    }
    if (ticket->assigneeId == me->id) {
        flash([id = ticket->id.value()] { return tr("#%1 is already assigned to you.").arg(id); });
        return;
    }
    sendAssignment(ticket->id, ticket->version, true);
}

void MainWindow::sendAssignment(TicketId id, qint64 version, bool retry)
{
    const UserId me = m_connection->currentUser()->id;
    m_connection->updateTicket(
        id, version, TicketChanges().setAssignee(me), this,
        [this, id](const Ticket& ticket) {
            m_model->noteOwnChange(ticket);
            flash([number = id.value()] { return tr("#%1 is now assigned to you.").arg(number); });
        },
        [this, id, retry](const rpc::Error& error) {
            // Changed meanwhile: the assignment is one field, safe to put on the new version
            // unless someone else has just taken the ticket.
            const auto current = conflictCurrent(error);
            if (retry && current && current->id == id && !current->assigneeId) {
                sendAssignment(id, current->version, false);
                return;
            }
            flash([error] { return errorText(error); });
        });
}

void MainWindow::showShortcuts()
{
    auto* dialog = findChild<ShortcutsDialog*>();
    if (!dialog) {
        dialog = new ShortcutsDialog(this);
        dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::flash(std::function<QString()> text)
{
    m_flashText = std::move(text);
    statusBar()->showMessage(m_flashText());
    m_flashTimer.start();
}

void MainWindow::notifyIfMine(TicketId ticketId, const Message& message)
{
    const auto me = m_connection->currentUser();
    if (!m_tray || !me || !isStaff(me->role) || message.internal || message.authorId == me->id)
        return;
    const auto author = m_directory->user(message.authorId);
    if (author && isStaff(author->role))
        return; // only customers' replies need our attention
    m_connection->getTicket(ticketId, this, [this, me, message](const TicketDetails& details) {
        if (details.ticket.assigneeId != me->id)
            return;
        const QString who = m_directory->userName(message.authorId);
        m_tray->showMessage(tr("New reply from %1").arg(who.isEmpty() ? tr("a customer") : who),
            tr("#%1 %2").arg(details.ticket.id.value()).arg(details.ticket.subject));
    });
}

} // namespace helpdesk::client
