// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpanel.h"

#include "connection.h"
#include "errortext.h"
#include "requestfieldsform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

QString approvalOf(const std::optional<Ticket>& ticket)
{
    return ticket ? ticket->approval : QString();
}

} // namespace

RequestPanel::RequestPanel(Connection* connection, QWidget* parent)
    : QFrame(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("requestPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_answers = new QLabel(this);
    m_answers->setObjectName(QStringLiteral("requestAnswers"));
    m_answers->setTextFormat(Qt::PlainText); // the customer's words, never markup
    m_answers->setWordWrap(true);
    m_answers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approvalBar = new QFrame(this);
    m_approvalBar->setObjectName(QStringLiteral("approvalBanner"));
    m_approvalBar->setStyleSheet(QStringLiteral("#approvalBanner { background: #fff3cd; }"));
    m_approvalText = new QLabel(m_approvalBar);
    m_approvalText->setObjectName(QStringLiteral("approvalText"));
    m_approvalText->setWordWrap(true);
    m_approve = new QPushButton(m_approvalBar);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_refuse = new QPushButton(m_approvalBar);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    auto* bar = new QHBoxLayout(m_approvalBar);
    bar->addWidget(m_approvalText, 1);
    bar->addWidget(m_approve);
    bar->addWidget(m_refuse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_approvalBar);
    layout->addWidget(m_title);
    layout->addWidget(m_answers);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { decide(false); });
    clear();
}

void RequestPanel::clear()
{
    m_ticket.reset();
    m_request = {};
    retranslate();
}

void RequestPanel::setDetails(const TicketDetails& details)
{
    m_ticket = details.ticket;
    m_request = details.request;
    retranslate();
}

void RequestPanel::setTicket(const Ticket& ticket)
{
    if (m_ticket && m_ticket->id != ticket.id)
        m_request = {};
    m_ticket = ticket;
    retranslate();
}

bool RequestPanel::isOwner() const
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    return me && m_ticket && me->role == Role::Customer && me->contactRole == ContactRole::Owner
        && me->customerId == m_ticket->customerId;
}

bool RequestPanel::blocksStaff() const
{
    return approvalOf(m_ticket) == QLatin1String("awaiting");
}

void RequestPanel::decide(bool approve)
{
    if (!m_ticket || !m_connection)
        return;
    QJsonObject params { { QStringLiteral("id"), m_ticket->id.value() } };
    if (!approve) {
        bool ok = false;
        const QString comment = QInputDialog::getMultiLineText(this, tr("Refuse the request"),
            tr("Why do you refuse it? (optional, the support team and the requester read it)"),
            QString(), &ok);
        if (!ok)
            return;
        params.insert(QStringLiteral("comment"), comment);
    }
    m_approve->setEnabled(false);
    m_refuse->setEnabled(false);
    m_connection->call(approve ? QStringLiteral("ticket.approve") : QStringLiteral("ticket.refuse"),
        params, this,
        [this](const QJsonValue& result) {
            if (const auto ticket = Ticket::fromJson(result.toObject()))
                setTicket(*ticket);
        },
        [this](const rpc::Error& error) {
            retranslate();
            emit failed(errorText(error));
        });
}

void RequestPanel::retranslate()
{
    const QString approval = approvalOf(m_ticket);
    setVisible(!m_request.isEmpty() || !approval.isEmpty());
    m_title->setText(tr("Request: %1").arg(m_request.value(QLatin1String("name")).toString()));
    m_title->setVisible(!m_request.isEmpty());
    QStringList lines;
    for (const QJsonValue& value : m_request.value(QLatin1String("fields")).toArray()) {
        const QJsonObject answer = value.toObject();
        QString label = RequestFieldsForm::commonLabel(answer.value(QLatin1String("key")).toString());
        if (label.isEmpty())
            label = answer.value(QLatin1String("label")).toString();
        lines << tr("%1: %2").arg(label, answer.value(QLatin1String("text")).toString());
    }
    m_answers->setText(lines.join(QLatin1Char('\n')));
    m_answers->setVisible(!lines.isEmpty());

    const bool awaiting = approval == QLatin1String("awaiting");
    const bool owner = isOwner();
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const bool staff = me && me->role != Role::Customer;
    m_approvalBar->setVisible(!approval.isEmpty());
    m_approve->setVisible(awaiting && owner);
    m_refuse->setVisible(awaiting && owner);
    m_approve->setEnabled(true);
    m_refuse->setEnabled(true);
    m_approve->setText(tr("&Approve"));
    m_refuse->setText(tr("Re&fuse…"));
    if (awaiting && owner)
        m_approvalText->setText(tr("This request needs your approval as the organisation's "
                                   "owner before support acts on it."));
    else if (awaiting && staff)
        m_approvalText->setText(tr("Awaiting the owner's approval: replies to the customer, "
                                   "status changes, assignment and merging are disabled until "
                                   "the organisation's owner approves. Internal notes are "
                                   "possible."));
    else if (awaiting)
        m_approvalText->setText(tr("Waiting for the approval of your organisation's owner."));
    else if (approval == QLatin1String("approved"))
        m_approvalText->setText(tr("Approved by the organisation's owner."));
    else if (approval == QLatin1String("refused"))
        m_approvalText->setText(tr("Refused by the organisation's owner."));
}

void RequestPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace helpdesk::client
