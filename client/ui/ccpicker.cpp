// SPDX-License-Identifier: GPL-3.0-or-later
#include "ccpicker.h"

#include "connection.h"
#include "conversationmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace helpdesk::client {

CcPicker::CcPicker(Connection* connection, ConversationModel* conversation, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_conversation(conversation)
    , m_button(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_names(new QLabel(this))
{
    setObjectName(QStringLiteral("ccPicker"));
    m_button->setObjectName(QStringLiteral("ccButton"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_names->setObjectName(QStringLiteral("ccNames"));
    m_names->setTextFormat(Qt::PlainText);
    m_names->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_names, 1);
    connect(m_conversation, &QAbstractItemModel::modelReset, this, &CcPicker::followTicket);
    connect(m_conversation, &QAbstractItemModel::rowsInserted, this, &CcPicker::applyDefault);
    connect(m_conversation, &ConversationModel::ticketUpdated, this, [this](const Ticket& ticket) {
        if (ticket.id != m_ticket || ticket.queueId == m_queue)
            return;
        m_queue = ticket.queueId;
        load();
    });
    connect(m_menu, &QMenu::triggered, this, [this](QAction* action) {
        const qint64 id = action->data().toLongLong();
        if (action->isChecked())
            m_chosen.insert(id);
        else
            m_chosen.remove(id);
        m_touched = true;
        updateNames(); // not rebuildMenu(): the action is still being delivered
    });
    retranslate();
    followTicket();
}

QVector<qint64> CcPicker::chosen() const
{
    QVector<qint64> ids(m_chosen.cbegin(), m_chosen.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CcPicker::resetChoice()
{
    m_touched = false;
    applyDefault();
}

void CcPicker::followTicket()
{
    const TicketId ticket = m_conversation ? m_conversation->ticketId() : TicketId();
    if (ticket != m_ticket) {
        m_ticket = ticket;
        const auto shown = m_conversation->ticket();
        m_queue = shown ? shown->queueId : std::nullopt;
        m_candidates.clear();
        m_chosen.clear();
        m_loaded = false;
        m_touched = false;
        rebuildMenu();
        load();
    }
    applyDefault();
}

void CcPicker::load()
{
    if (!m_connection || !m_ticket.isValid())
        return;
    const TicketId ticket = m_ticket;
    m_connection->call(QStringLiteral("message.ccCandidates"),
        QJsonObject { { QStringLiteral("ticketId"), ticket.value() } }, this,
        [this, ticket](const QJsonValue& result) {
            if (ticket != m_ticket)
                return;
            m_candidates.clear();
            for (const QJsonValue& contact : result.toObject().value(QLatin1String("contacts")).toArray()) {
                if (const auto user = User::fromJson(contact.toObject()))
                    m_candidates << *user;
            }
            m_loaded = true;
            applyDefault();
        },
        [this, ticket](const rpc::Error&) {
            if (ticket == m_ticket) {
                m_loaded = true; // nobody offered; the reply still goes to the requester
                rebuildMenu();
            }
        });
}

void CcPicker::applyDefault()
{
    QSet<qint64> offered;
    for (const User& contact : std::as_const(m_candidates))
        offered.insert(contact.id.value());
    if (!m_touched) {
        m_chosen.clear();
        const QVector<UserId> people
            = m_conversation ? m_conversation->latestPublicPeople() : QVector<UserId>();
        for (const UserId person : people) {
            if (offered.contains(person.value()))
                m_chosen.insert(person.value());
        }
    } else if (m_loaded) {
        m_chosen.intersect(offered); // one the ticket's new queue hides is offered no more
    }
    rebuildMenu();
}

void CcPicker::rebuildMenu()
{
    m_menu->clear();
    QStringList names;
    for (const User& contact : std::as_const(m_candidates)) {
        QAction* action
            = m_menu->addAction(QStringLiteral("%1 <%2>").arg(contact.name, contact.email));
        action->setCheckable(true);
        action->setData(contact.id.value());
        action->setChecked(m_chosen.contains(contact.id.value()));
    }
    if (m_candidates.isEmpty()) {
        QAction* none = m_menu->addAction(m_loaded ? tr("No other contact of this organisation may see this ticket")
                                                   : tr("Loading contacts…"));
        none->setEnabled(false);
    }
    updateNames();
}

void CcPicker::updateNames()
{
    QStringList names;
    for (const User& contact : std::as_const(m_candidates)) {
        if (m_chosen.contains(contact.id.value()))
            names << contact.name;
    }
    const QString list = names.join(QStringLiteral(", "));
    m_names->setText(names.isEmpty() ? tr("Cc: nobody")
            : m_touched              ? tr("Cc: %1").arg(list)
                                     : tr("Cc: %1 (as on the last message)").arg(list));
    emit changed();
}

void CcPicker::retranslate()
{
    m_button->setText(tr("C&c"));
    const QString help = tr("Copy this e-mail reply to other contacts of the organisation who may see "
                            "this ticket. Preselected: the people of the last public message (those it "
                            "was copied to and its author).");
    m_button->setToolTip(help);
    m_names->setToolTip(help);
    rebuildMenu();
}

void CcPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace helpdesk::client
