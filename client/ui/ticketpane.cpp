// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketpane.h"
#include "ratingbar.h"

#include "attachmentstrip.h"
#include "ccpicker.h"
#include "threadattachments.h"

#include "cannedbook.h"
#include "cannedcompleter.h"
#include "composer.h"
#include "collisionbar.h"
#include "ticketcollision.h"
#include "connection.h"
#include "conversationmodel.h"
#include "timespentsettings.h"
#include "conversationview.h"
#include "directorycache.h"
#include "errortext.h"
#include "kbsuggestions.h"
#include "kbwindow.h"
#include "languagemanager.h"
#include "logcalldialog.h"
#include "macrobutton.h"
#include "outbox.h"
#include "customerpanel.h"
#include "similartickets.h"
#include "propertiespanel.h"
#include "requestpanel.h"
#include "signatures.h"
#include "signaturesdialog.h"
#include "ticketlistmodel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

TicketPane::TicketPane(Connection* connection, DirectoryCache* directory, DraftStore* drafts,
    Outbox* outbox, ReadMarkers* markers, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_timeSettings(new TimeSpentSettings(connection, this))
    , m_directory(directory)
    , m_outbox(outbox)
{
    const auto user = connection->currentUser();
    const bool staff = !user || isStaff(user->role);
    m_canEditQueueSignatures = user && (user->role == Role::Lead || user->role == Role::Admin);
    if (staff)
        m_signatures = new SignatureBook(connection, this);

    m_conversation = new ConversationModel(connection, this);
    m_conversation->setDirectory(directory);
    m_conversation->setOutbox(outbox);
    m_conversation->setReadMarkers(markers);

    m_view = new ConversationView(m_conversation, directory, this);
    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setStaffViewer(staff);
    m_properties = new PropertiesPanel(connection, directory, this);
    m_properties->setHistory(m_conversation);
    m_composer = new Composer(drafts, outbox, staff, this);
    m_composer->setAttachments(new AttachmentStrip(connection, m_composer));
    if (staff)
        m_composer->setCcPicker(new CcPicker(connection, m_conversation, m_composer));
    m_view->setAttachments(new ThreadAttachments(connection, m_view));
    if (staff) {
        m_canned = new CannedBook(connection, this);
        m_completer = new CannedCompleter(m_composer->editor(), m_canned,
            [this] { return m_conversation->ticketId(); }, this);
        m_macros = new MacroButton(m_canned, m_conversation, this);
        m_articles = new KbSuggestions(connection, true, this);
        connect(m_articles, &KbSuggestions::insertRequested, this,
            [this](const QString& text) { m_composer->editor()->insertPlainText(text); });
    }
    connect(m_view, &ConversationView::articleRequested, this, [this, connection](qint64 article) {
        KbWindow* window = KbWindow::openArticle(connection, article, this);
        if (m_articles)
            connect(window, &KbWindow::insertRequested, m_articles, &KbSuggestions::insertRequested);
    });
    m_collision = new TicketCollision(connection, directory, outbox, m_conversation, m_composer, this);

    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setMinimumWidth(1);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.3);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("ticketMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setMinimumWidth(1); // wraps instead of widening the pane
    m_notice = new QLabel(this);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_notice->hide();
    m_logCall = new QPushButton(this);
    m_logCall->setObjectName(QStringLiteral("logCallButton"));
    m_logCall->setVisible(staff);
    m_propertiesTitle = new QLabel(this);
    QFont titleFont = m_propertiesTitle->font();
    titleFont.setBold(true);
    m_propertiesTitle->setFont(titleFont);

    auto* thread = new QSplitter(Qt::Vertical, this);
    thread->addWidget(m_view);
    thread->addWidget(m_composer);
    thread->setStretchFactor(0, 4);
    thread->setStretchFactor(1, 1);
    thread->setChildrenCollapsible(false);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->addWidget(m_propertiesTitle);
    if (staff) {
        m_customerPanel = new CustomerPanel(connection, side);
        m_customerPanel->setObjectName(QStringLiteral("customerPanel"));
        sideLayout->addWidget(m_properties);
        sideLayout->addWidget(m_customerPanel, 1);
        connect(m_customerPanel, &CustomerPanel::openTicketRequested, this,
            &TicketPane::openTicketRequested);
        m_similarPanel = new SimilarTicketsPanel(connection, side);
        m_similarPanel->setObjectName(QStringLiteral("similarPanel"));
        sideLayout->addWidget(m_similarPanel);
        connect(m_similarPanel, &SimilarTicketsPanel::openTicketRequested, this,
            &TicketPane::openTicketRequested);
    } else {
        sideLayout->addWidget(m_properties, 1);
    }
    if (m_articles)
        sideLayout->addWidget(m_articles);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(thread);
    body->addWidget(side);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);

    auto* ticketPage = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(ticketPage);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    auto* header = new QGridLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_subject, 0, 0);
    header->addWidget(m_meta, 1, 0);
    header->addWidget(m_logCall, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignTop);
    if (m_macros) {
        header->addWidget(m_macros, 0, 2, 2, 1, Qt::AlignRight | Qt::AlignTop);
        connect(m_macros, &MacroButton::failed, this, [this](const QString& text) {
            m_notice->setText(text);
            m_notice->show();
        });
        connect(m_macros, &MacroButton::applied, m_notice, &QWidget::hide);
    }
    header->setColumnStretch(0, 1);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(m_collision->bar());
    if (!staff) // a customer rates a resolved ticket (issue 15)
        pageLayout->addWidget(new RatingBar(connection, m_conversation, this));
    m_request = new RequestPanel(connection, this);
    pageLayout->addWidget(m_request);
    connect(m_conversation, &ConversationModel::detailsLoaded, m_request, &RequestPanel::setDetails);
    connect(m_request, &RequestPanel::failed, m_notice, [this](const QString& text) {
        m_notice->setText(text);
        m_notice->show();
    });
    pageLayout->addWidget(body, 1);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(ticketPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_conversation, &ConversationModel::ticketUpdated, this, [this, staff](const Ticket& ticket) {
        m_request->setTicket(ticket);
        // Waiting for the owner: the server refuses changes; the panel says why (RequestPanel).
        m_properties->setEnabled(!staff || !m_request->blocksStaff());
        if (m_properties->ticketId() == ticket.id)
            m_properties->ticketUpdated(ticket); // merged with what the user is editing
        else
            m_properties->setTicket(ticket);
        if (m_customerPanel)
            m_customerPanel->setTicket(ticket);
        if (m_similarPanel)
            m_similarPanel->setTicket(ticket);
        m_composer->setTicketStatus(ticket.status);
        m_composer->setTimeSpentAsked(m_timeSettings->isRequired(ticket.queueId));
        m_composer->setTicketChannel(ticket.channel);
        updateHeader();
        updateSignature();
    });
    connect(m_timeSettings, &TimeSpentSettings::changed, this, [this] {
        const auto ticket = m_conversation->ticket();
        m_composer->setTimeSpentAsked(ticket && m_timeSettings->isRequired(ticket->queueId));
    });
    connect(m_conversation, &QAbstractItemModel::modelReset, this, [this] {
        m_properties->setTicket(m_conversation->ticket());
        if (m_customerPanel) {
            if (const auto ticket = m_conversation->ticket()) {
                m_customerPanel->setTicket(*ticket);
                m_similarPanel->setTicket(*ticket);
            } else {
                m_customerPanel->clear();
                m_similarPanel->clear();
            }
        }
        updateHeader();
        updateSignature();
    });
    connect(m_logCall, &QPushButton::clicked, this, &TicketPane::logCall);
    connect(m_composer, &Composer::editSignaturesRequested, this, &TicketPane::editSignatures);
    connect(m_composer, &Composer::editCallRequested, this, [this](const NewMessage& call) {
        const auto ticket = m_conversation->ticket();
        if (!ticket || ticket->id != call.ticketId)
            return;
        auto* dialog = new LogCallDialog(*ticket, m_directory, m_outbox, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setMessage(call);
        connect(dialog, &LogCallDialog::logged, this, [this, key = call.idempotencyKey] {
            if (m_outbox)
                m_outbox->discard(key);
        });
        dialog->open();
    });
    if (staff) {
        // Anywhere in the window while a ticket is shown.
        auto* logCallKeys
            = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), ticketPage);
        logCallKeys->setContext(Qt::WindowShortcut);
        connect(logCallKeys, &QShortcut::activated, this, &TicketPane::logCall);
    }
    if (m_signatures)
        connect(m_signatures, &SignatureBook::changed, this, &TicketPane::updateSignature);
    connect(m_conversation, &ConversationModel::loadFailed, this, [this](const rpc::Error& error) {
        m_notice->setText(errorText(error));
        m_notice->show();
    });
    connect(m_conversation, &ConversationModel::ticketUnavailable, this, [this] {
        m_notice->setText(tr("This ticket is no longer available to you."));
        m_notice->show();
    });
    if (directory) {
        connect(directory, &DirectoryCache::changed, this, &TicketPane::updateHeader);
        connect(directory, &DirectoryCache::changed, this, &TicketPane::updateSignature);
    }
    retranslate();
}

void TicketPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketPane::retranslate()
{
    m_empty->setText(tr("Select a ticket to read the conversation and reply."));
    m_propertiesTitle->setText(tr("Properties"));
    m_logCall->setText(tr("&Log a call…"));
    m_logCall->setToolTip(tr("Log a phone call about this ticket (Ctrl+Shift+L)"));
    updateHeader();
}

TicketId TicketPane::ticketId() const
{
    return m_conversation->ticketId();
}

void TicketPane::showTicket(TicketId id)
{
    m_notice->hide();
    m_stack->setCurrentIndex(id.isValid() ? 1 : 0);
    if (id == m_conversation->ticketId())
        return;
    m_conversation->setTicket(id);
    m_composer->setTicket(id);
    m_timeSettings->refresh(); // a lead may have changed it
    m_collision->setTicket(id);
    m_properties->setTicket(m_conversation->ticket());
    // Signatures are not pushed: a lead's new queue signature is read with the next ticket.
    if (m_signatures && id.isValid())
        m_signatures->refresh();
    updateHeader();
    updateSignature();
}

void TicketPane::updateSignature()
{
    const auto ticket = m_conversation->ticket();
    if (!m_signatures || !ticket) {
        m_composer->setSignature(QString());
        return;
    }
    // The reply is read in the requester's language; without a known locale the fallback
    // signatures apply.
    const auto requester = m_directory ? m_directory->user(ticket->requesterId) : std::nullopt;
    m_composer->setSignature(
        m_signatures->replySignature(requester ? requester->locale : QString(), ticket->queueId));
}

void TicketPane::logCall()
{
    const auto ticket = m_conversation->ticket();
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (!ticket || !me || !isStaff(me->role) || !m_stack->currentIndex())
        return;
    auto* dialog = new LogCallDialog(*ticket, m_directory, m_outbox, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TicketPane::editSignatures()
{
    if (!m_signatures)
        return;
    auto* dialog = new SignaturesDialog(m_signatures, m_directory, m_canEditQueueSignatures, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Opens on the signature the shown ticket's requester would get (or the language it
    // would be written in, when there is none yet).
    if (const auto ticket = m_conversation->ticket(); ticket && m_directory) {
        if (const auto requester = m_directory->user(ticket->requesterId)) {
            const auto used
                = SignatureBook::pick(m_signatures->signatures(), std::nullopt, requester->locale);
            dialog->select(std::nullopt,
                used ? used->locale : LanguageManager::closestLanguage(requester->locale));
        }
    }
    dialog->open();
}

void TicketPane::updateHeader()
{
    const auto ticket = m_conversation->ticket();
    if (!ticket) {
        m_subject->setText(m_conversation->ticketId().isValid() ? tr("Loading…") : QString());
        m_meta->clear();
        return;
    }
    m_subject->setText(ticket->subject);
    if (m_articles)
        m_articles->setText(ticket->subject);
    QStringList parts;
    parts << tr("#%1").arg(ticket->id.value());
    if (m_directory) {
        if (ticket->customerId) {
            const QString customer = m_directory->customerName(*ticket->customerId);
            if (!customer.isEmpty())
                parts << customer;
        }
        const QString requester = m_directory->userName(ticket->requesterId);
        if (!requester.isEmpty())
            parts << tr("from %1").arg(requester);
    }
    // How the request reached us, when it was not through the desktop client.
    if (ticket->channel == Channel::Phone)
        parts << tr("by phone");
    else if (ticket->channel == Channel::Email)
        parts << tr("by e-mail");
    else if (ticket->channel == Channel::Alert)
        parts << tr("monitoring alert");
    parts << TicketListModel::statusText(ticket->status);
    parts << tr("opened %1")
                 .arg(locale().toString(ticket->createdAt.toLocalTime(), QLocale::ShortFormat));
    m_meta->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace helpdesk::client
