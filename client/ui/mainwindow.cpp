// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apitypes.h"
#include "chipdelegate.h"
#include "composer.h"
#include "connection.h"
#include "directorycache.h"
#include "draftstore.h"
#include "languagemanager.h"
#include "localfiles.h"
#include "newticketdialog.h"
#include "outbox.h"
#include "propertiespanel.h"
#include "readmarkers.h"
#include "savedviewspanel.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>

#include <climits>

namespace helpdesk::client {

namespace {
constexpr int kRowHeight = 30;
}

MainWindow::MainWindow(Connection* connection, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_languages(languages)
{
    const User user = connection->currentUser().value_or(User());
    const QString profile = profileDirectory(connection->host(), connection->port(), user.login);
    m_directory = new DirectoryCache(connection, this);
    m_drafts = new DraftStore(profile + QStringLiteral("/drafts"), this);
    m_outbox = new Outbox(connection, profile, this);
    m_markers = new ReadMarkers(profile + QStringLiteral("/read-markers.json"), this);
    m_directory->refresh();

    m_model = new TicketListModel(connection, this);
    m_model->setDirectory(m_directory);
    m_model->setReadMarkers(m_markers);

    m_views = new SavedViewsPanel(connection, this);
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
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // The indicator first: enabling sorting sorts by it, and the default order is "most
    // recently updated first".
    m_table->horizontalHeader()->setSortIndicator(
        TicketListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // Fixed row height: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(TicketListModel::IdColumn, 56);
    header->resizeSection(TicketListModel::StatusColumn, 92);
    header->resizeSection(TicketListModel::PriorityColumn, 80);
    header->resizeSection(TicketListModel::AssigneeColumn, 110);
    header->resizeSection(TicketListModel::CustomerColumn, 130);
    header->resizeSection(TicketListModel::UpdatedColumn, 110);
    header->setHighlightSections(false);

    if (!isStaff(user.role)) {
        // A customer sees only its own organisation, and the directory it may read has no
        // staff names: those columns would say nothing.
        m_table->hideColumn(TicketListModel::CustomerColumn);
        m_table->hideColumn(TicketListModel::AssigneeColumn);
    }

    m_pane = new TicketPane(connection, m_directory, m_drafts, m_outbox, m_markers, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_table);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({ 190, 760, 620 });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxState"));
    m_totalLabel = new QLabel(this);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_totalLabel);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }

    createActions();
    connect(m_views, &SavedViewsPanel::queryChanged, this, [this](const TicketQuery& query) {
        TicketQuery sorted = query;
        const TicketQuery current = m_model->query();
        sorted.sortField = current.sortField;
        sorted.sortOrder = current.sortOrder;
        m_model->setQuery(sorted);
    });
    connect(m_views, &SavedViewsPanel::searchHitActivated, this, &MainWindow::openTicket);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_model, &TicketListModel::totalChanged, this, &MainWindow::updateTotals);
    // A ticket opened before its page arrived (search hit, --open-ticket) gets selected then.
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
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // The subject stretches with the view by itself; any other change is the user's.
        if (!m_fittingColumns && column != TicketListModel::SubjectColumn)
            m_autoColumns = false;
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
    resize(1500, 900);
}

MainWindow::~MainWindow()
{
    m_drafts->flush();
    m_markers->flush();
}

void MainWindow::createActions()
{
    m_newTicketAction = new QAction(this);
    m_newTicketAction->setShortcut(QKeySequence::New);
    connect(m_newTicketAction, &QAction::triggered, this, [this] { newTicket(false); });
    m_phoneCallAction = new QAction(this);
    m_phoneCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_phoneCallAction, &QAction::triggered, this, [this] { newTicket(true); });
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_model->reload();
        m_views->scheduleCountRefresh();
        m_directory->refresh();
    });
    m_logoutAction = new QAction(this);
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Helpdesk"),
            tr("Helpdesk %1\nA native support desk client.")
                .arg(QApplication::applicationVersion()));
    });

    const auto user = m_connection->currentUser();
    const bool staff = !user || isStaff(user->role);
    m_phoneCallAction->setVisible(staff);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newTicketAction);
    m_fileMenu->addAction(m_phoneCallAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    if (m_languages) {
        m_viewMenu->addSeparator();
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
    m_helpMenu = menuBar()->addMenu(QString());
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

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    setWindowTitle(user ? tr("Helpdesk — %1").arg(user->name) : tr("Helpdesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_newTicketAction->setText(tr("&New ticket…"));
    m_phoneCallAction->setText(tr("Log a &phone call…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_logoutAction->setText(tr("Log &out"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Helpdesk"));
    updateConnectionState();
    updateTotals();
    // The model's texts (headers, statuses, "5 minutes ago") come through tr() when painted.
    m_table->horizontalHeader()->viewport()->update();
    m_table->viewport()->update();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_drafts->flush();
    m_markers->flush();
    QMainWindow::closeEvent(event);
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
    m_pane->showTicket(id);
    m_model->markRead(id);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitColumns()
{
    if (!m_autoColumns)
        return;
    // The subject is what a row is read by: below this width the assignee and customer
    // columns give way (down to a minimum), rather than the subject being squeezed to
    // nothing behind a horizontal scroll bar.
    constexpr int kMinSubject = 240;
    constexpr int kAssignee = 110;
    constexpr int kCustomer = 130;
    constexpr int kMinName = 64;
    QHeaderView* header = m_table->horizontalHeader();
    int fixed = 0;
    for (const int column : { TicketListModel::IdColumn, TicketListModel::StatusColumn,
             TicketListModel::PriorityColumn, TicketListModel::UpdatedColumn })
        fixed += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const int room = m_table->viewport()->width() - fixed - kMinSubject;
    const double scale = qBound(0.0, double(room) / (kAssignee + kCustomer), 1.0);
    m_fittingColumns = true;
    header->resizeSection(TicketListModel::AssigneeColumn, qMax(kMinName, int(kAssignee * scale)));
    header->resizeSection(TicketListModel::CustomerColumn, qMax(kMinName, int(kCustomer * scale)));
    m_fittingColumns = false;
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
    m_pane->showTicket(id);
    m_model->markRead(id);
}

void MainWindow::newTicket(bool phoneCall)
{
    auto* dialog = new NewTicketDialog(m_connection, m_directory, m_drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPhoneCall(phoneCall);
    connect(dialog, &NewTicketDialog::created, this, [this](const Ticket& ticket) {
        m_views->scheduleCountRefresh();
        openTicket(ticket.id);
    });
    dialog->open();
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
