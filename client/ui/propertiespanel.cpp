// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "apitypes.h"
#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "ticketlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace helpdesk::client {

namespace {

constexpr TicketStatus kStatuses[] = { TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
    TicketStatus::Resolved, TicketStatus::Closed };
constexpr Priority kPriorities[]
    = { Priority::Low, Priority::Normal, Priority::High, Priority::Urgent };

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

template<typename IdType> std::optional<IdType> comboId(const QComboBox* combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<IdType>(IdType(id)) : std::nullopt;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PropertiesPanel::PropertiesPanel(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_directory(directory)
{
    m_statusLabel = new QLabel(this);
    m_priorityLabel = new QLabel(this);
    m_assigneeLabel = new QLabel(this);
    m_queueLabel = new QLabel(this);
    m_tagsLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_priority = new QComboBox(this);
    m_assignee = new QComboBox(this);
    m_queue = new QComboBox(this);
    m_tags = new QLineEdit(this);
    m_save = new QPushButton(this);
    m_revert = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_queue->setObjectName(QStringLiteral("queueCombo"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_save->setObjectName(QStringLiteral("savePropertiesButton"));
    m_message->setObjectName(QStringLiteral("propertiesMessage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_priorityLabel, m_priority);
    form->addRow(m_assigneeLabel, m_assignee);
    form->addRow(m_queueLabel, m_queue);
    form->addRow(m_tagsLabel, m_tags);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();

    // Only the user's own changes count as edits; refilling the choices does not.
    auto edited = [this] {
        m_edited = true;
        updateButtons();
    };
    for (QComboBox* combo : { m_status, m_priority, m_assignee, m_queue })
        connect(combo, &QComboBox::activated, this, edited);
    connect(m_tags, &QLineEdit::textEdited, this, edited);
    connect(m_save, &QPushButton::clicked, this, &PropertiesPanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_ticket)
            showTicket(*m_ticket);
        m_message->hide();
    });
    if (directory)
        connect(directory, &DirectoryCache::changed, this, &PropertiesPanel::fillChoices);
    retranslate();
    setTicket(std::nullopt);
}

void PropertiesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertiesPanel::retranslate()
{
    m_statusLabel->setText(tr("&Status:"));
    m_statusLabel->setBuddy(m_status);
    m_priorityLabel->setText(tr("&Priority:"));
    m_priorityLabel->setBuddy(m_priority);
    m_assigneeLabel->setText(tr("&Assignee:"));
    m_assigneeLabel->setBuddy(m_assignee);
    m_queueLabel->setText(tr("&Queue:"));
    m_queueLabel->setBuddy(m_queue);
    m_tagsLabel->setText(tr("&Tags:"));
    m_tagsLabel->setBuddy(m_tags);
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_save->setText(tr("Sa&ve"));
    m_revert->setText(tr("&Revert"));
    fillChoices();
}

void PropertiesPanel::fillChoices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariant status = m_status->currentData();
    const QVariant priority = m_priority->currentData();
    const QVariant assignee = m_assignee->currentData();
    const QVariant queue = m_queue->currentData();
    m_status->clear();
    for (TicketStatus s : kStatuses) {
        const bool customerMaySet
            = s == TicketStatus::Open || s == TicketStatus::Resolved || s == TicketStatus::Closed;
        const bool isCurrent = m_ticket && m_ticket->status == s;
        if (!m_customerView || customerMaySet || isCurrent)
            m_status->addItem(TicketListModel::statusText(s), toString(s));
    }
    m_priority->clear();
    for (Priority p : kPriorities)
        m_priority->addItem(TicketListModel::priorityText(p), toString(p));
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    m_queue->clear();
    m_queue->addItem(tr("No queue"), qint64(0));
    if (m_directory) {
        for (const User& user : m_directory->staff())
            m_assignee->addItem(user.name, user.id.value());
        for (const Queue& q : m_directory->queues())
            m_queue->addItem(q.name, q.id.value());
    }
    selectData(m_status, status);
    selectData(m_priority, priority);
    selectData(m_assignee, assignee);
    selectData(m_queue, queue);
    m_filling = wasFilling;
    if (m_ticket && !m_edited)
        showTicket(*m_ticket);
    updateButtons();
}

void PropertiesPanel::setTicket(const std::optional<Ticket>& ticket)
{
    m_ticket = ticket;
    m_edited = false;
    m_message->hide();
    const auto user = m_connection ? m_connection->currentUser() : std::nullopt;
    m_customerView = user && user->role == Role::Customer;
    // Customers may change the status of their tickets only; the server enforces the same.
    for (QWidget* w : std::initializer_list<QWidget*> { m_priority, m_assignee, m_queue, m_tags })
        w->setEnabled(ticket.has_value() && !m_customerView);
    for (QWidget* w : std::initializer_list<QWidget*> { m_priorityLabel, m_priority,
             m_assigneeLabel, m_assignee, m_queueLabel, m_queue, m_tagsLabel, m_tags })
        w->setVisible(!m_customerView);
    m_status->setEnabled(ticket.has_value());
    fillChoices(); // the statuses offered depend on the role and the ticket
    updateButtons();
}

void PropertiesPanel::ticketUpdated(const Ticket& ticket)
{
    if (!m_ticket || ticket.id != m_ticket->id || ticket.version < m_ticket->version)
        return;
    const bool editing = hasUnsavedChanges();
    m_ticket = ticket;
    if (!editing)
        showTicket(ticket);
    updateButtons();
}

void PropertiesPanel::showTicket(const Ticket& ticket)
{
    m_filling = true;
    selectData(m_status, toString(ticket.status));
    selectData(m_priority, toString(ticket.priority));
    selectData(m_assignee, ticket.assigneeId ? ticket.assigneeId->value() : qint64(0));
    selectData(m_queue, ticket.queueId ? ticket.queueId->value() : qint64(0));
    m_tags->setText(ticket.tags.join(QStringLiteral(", ")));
    m_filling = false;
    m_edited = false;
    updateButtons();
}

bool PropertiesPanel::hasUnsavedChanges() const
{
    if (!m_ticket || !m_edited)
        return false;
    const Ticket& t = *m_ticket;
    return m_status->currentData().toString() != toString(t.status)
        || m_priority->currentData().toString() != toString(t.priority)
        || comboId<UserId>(m_assignee) != t.assigneeId || comboId<QueueId>(m_queue) != t.queueId
        || splitTags(m_tags->text()) != t.tags;
}

void PropertiesPanel::updateButtons()
{
    if (m_filling)
        return;
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty && m_connection && m_connection->isReady());
    m_revert->setEnabled(dirty);
}

void PropertiesPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

void PropertiesPanel::save()
{
    if (!m_ticket || !m_connection)
        return;
    const Ticket base = *m_ticket;
    TicketChanges changes;
    Ticket mine = base;
    if (const auto status = statusFromString(m_status->currentData().toString());
        status && *status != base.status)
        changes.setStatus(mine.status = *status);
    if (const auto priority = priorityFromString(m_priority->currentData().toString());
        priority && *priority != base.priority)
        changes.setPriority(mine.priority = *priority);
    if (comboId<UserId>(m_assignee) != base.assigneeId)
        changes.setAssignee(mine.assigneeId = comboId<UserId>(m_assignee));
    if (comboId<QueueId>(m_queue) != base.queueId)
        changes.setQueue(mine.queueId = comboId<QueueId>(m_queue));
    if (splitTags(m_tags->text()) != base.tags)
        changes.setTags(mine.tags = splitTags(m_tags->text()));
    if (changes.isEmpty())
        return;
    m_save->setEnabled(false);
    m_connection->updateTicket(
        base.id, base.version, changes, this,
        [this](const Ticket& ticket) {
            m_ticket = ticket;
            showTicket(ticket);
            showMessage(tr("Saved."), false);
            emit saved(ticket);
        },
        [this, base, mine](const rpc::Error& error) {
            if (const auto current = conflictCurrent(error)) {
                // Someone saved first: show what is stored now and what they changed.
                m_ticket = *current;
                showTicket(*current);
                showMessage(describeConflict(base, *current), true);
                emit saved(*current);
                return;
            }
            showMessage(errorText(error), true);
            updateButtons();
        });
}

QString PropertiesPanel::describeConflict(const Ticket& base, const Ticket& theirs) const
{
    QStringList changed;
    if (base.status != theirs.status)
        changed << tr("status is now %1").arg(TicketListModel::statusText(theirs.status));
    if (base.priority != theirs.priority)
        changed << tr("priority is now %1").arg(TicketListModel::priorityText(theirs.priority));
    if (base.assigneeId != theirs.assigneeId) {
        const QString name = theirs.assigneeId && m_directory
            ? m_directory->userName(*theirs.assigneeId)
            : QString();
        changed << (theirs.assigneeId
                ? tr("assigned to %1")
                      .arg(name.isEmpty() ? QString::number(theirs.assigneeId->value()) : name)
                : tr("now unassigned"));
    }
    if (base.queueId != theirs.queueId)
        changed << tr("moved to another queue");
    if (base.tags != theirs.tags)
        changed << tr("tags are now: %1")
                       .arg(theirs.tags.isEmpty() ? tr("none")
                                                  : theirs.tags.join(QStringLiteral(", ")));
    if (base.subject != theirs.subject)
        changed << tr("subject changed");
    if (changed.isEmpty())
        changed << tr("a new reply arrived");
    return tr("Not saved: someone else changed this ticket first (%1). The form now shows the "
              "current values; "
              "make your change again if it is still needed.")
        .arg(changed.join(QStringLiteral("; ")));
}

} // namespace helpdesk::client
