// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "apitypes.h"
#include "assigneechoices.h"
#include "connection.h"
#include "conversationmodel.h"
#include "directorycache.h"
#include "errortext.h"
#include "presencebook.h"
#include "ticketlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
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

const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kAssignee = QStringLiteral("assigneeId");
const QString kQueue = QStringLiteral("queueId");
const QString kTags = QStringLiteral("tags");

// A refusal (1009) that touches none of the user's fields is retried on the newer version;
// this many times per click, in case the ticket keeps changing.
constexpr int kMaxAttempts = 3;

// Assignee and queue combos hold the id, 0 for none; the protocol says null.
QJsonValue idValue(const QComboBox* combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QStringList tagList(const QJsonValue& value)
{
    QStringList tags;
    for (const QJsonValue& tag : value.toArray())
        tags << tag.toString();
    return tags;
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
    addField(kStatus, m_statusLabel, m_status);
    addField(kPriority, m_priorityLabel, m_priority);
    addField(kAssignee, m_assigneeLabel, m_assignee);
    addField(kQueue, m_queueLabel, m_queue);
    addField(kTags, m_tagsLabel, m_tags);
    for (const Field& field : std::as_const(m_fields)) {
        form->addRow(field.label, field.editor);
        form->addRow(field.conflict); // right under the field it is about
    }
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

    // Only the user's own changes count; refilling the choices or following a push does not.
    connect(m_status, &QComboBox::activated, this,
        [this] { userChanged(kStatus, m_status->currentData().toString()); });
    connect(m_priority, &QComboBox::activated, this,
        [this] { userChanged(kPriority, m_priority->currentData().toString()); });
    connect(m_assignee, &QComboBox::activated, this,
        [this] { userChanged(kAssignee, idValue(m_assignee)); });
    connect(
        m_queue, &QComboBox::activated, this, [this] { userChanged(kQueue, idValue(m_queue)); });
    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString& text) {
        userChanged(kTags, QJsonArray::fromStringList(splitTags(text)));
    });
    connect(m_save, &QPushButton::clicked, this, &PropertiesPanel::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_edit.stored())
            m_edit.reset(*m_edit.stored());
        m_message->hide();
        m_conflictMessage = false;
        refresh();
    });
    if (directory) {
        connect(directory, &DirectoryCache::changed, this, &PropertiesPanel::fillChoices);
        connect(directory, &DirectoryCache::changed, this, &PropertiesPanel::updateConflicts);
    }
    retranslate();
    setTicket(std::nullopt);
}

void PropertiesPanel::addField(const QString& name, QLabel* label, QWidget* editor)
{
    Field field;
    field.name = name;
    field.label = label;
    field.editor = editor;
    field.conflict = new QFrame(this);
    field.conflict->setObjectName(QStringLiteral("conflict_") + name);
    field.conflict->setFrameShape(QFrame::StyledPanel);
    field.conflict->setStyleSheet(
        QStringLiteral("QFrame#conflict_%1 { border: 1px solid #c62828; border-radius: 3px; }")
            .arg(name));
    field.conflictText = new QLabel(field.conflict);
    field.conflictText->setObjectName(QStringLiteral("conflictText_") + name);
    field.conflictText->setTextFormat(Qt::PlainText); // names and tags are other people's text
    field.conflictText->setWordWrap(true);
    field.keepMine = new QPushButton(field.conflict);
    field.keepMine->setObjectName(QStringLiteral("keepMine_") + name);
    field.takeTheirs = new QPushButton(field.conflict);
    field.takeTheirs->setObjectName(QStringLiteral("takeTheirs_") + name);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(field.keepMine);
    buttons->addWidget(field.takeTheirs);
    buttons->addStretch();
    auto* box = new QVBoxLayout(field.conflict);
    box->setContentsMargins(6, 4, 6, 4);
    box->addWidget(field.conflictText);
    box->addLayout(buttons);
    field.conflict->hide();
    connect(field.keepMine, &QPushButton::clicked, this, [this, name] {
        m_edit.keepMine(name);
        refresh();
    });
    connect(field.takeTheirs, &QPushButton::clicked, this, [this, name] {
        m_edit.takeTheirs(name);
        refresh();
    });
    m_fields.append(field);
}

void PropertiesPanel::setHistory(ConversationModel* history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    // The history events arrive a moment after the push: then the name is known.
    if (m_history)
        connect(
            m_history, &QAbstractItemModel::rowsInserted, this, &PropertiesPanel::updateConflicts);
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
    for (const Field& field : std::as_const(m_fields)) {
        field.keepMine->setText(tr("Keep mine"));
        field.takeTheirs->setText(tr("Take theirs"));
    }
    fillChoices();
    updateConflicts();
    // A message already shown ("Saved.") is said again in the new language.
    if (m_messageText && !m_message->isHidden())
        m_message->setText(m_messageText());
}

void PropertiesPanel::fillChoices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_status->clear();
    for (TicketStatus s : kStatuses) {
        const bool customerMaySet
            = s == TicketStatus::Open || s == TicketStatus::Resolved || s == TicketStatus::Closed;
        // A status the customer may not set is offered while it is stored or theirs to keep.
        const QString name = toString(s);
        const bool isCurrent = m_edit.isValid()
            && (m_edit.storedValue(kStatus) == name || m_edit.myValue(kStatus) == name);
        if (!m_customerView || customerMaySet || isCurrent)
            m_status->addItem(TicketListModel::statusText(s), name);
    }
    m_priority->clear();
    for (Priority p : kPriorities)
        m_priority->addItem(TicketListModel::priorityText(p), toString(p));
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    m_queue->clear();
    m_queue->addItem(tr("No queue"), qint64(0));
    if (m_directory) {
        AssigneeChoices::add(m_assignee, m_directory->staff(), m_presence);
        for (const Queue& q : m_directory->queues())
            m_queue->addItem(q.name, q.id.value());
    }
    m_filling = wasFilling;
    showValues();
    updateButtons();
}

void PropertiesPanel::setPresence(PresenceBook* presence)
{
    m_presence = presence;
    if (presence)
        connect(presence, &PresenceBook::changed, this, &PropertiesPanel::fillChoices);
    fillChoices();
}

void PropertiesPanel::showValues()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    selectData(m_status, m_edit.myValue(kStatus).toString());
    selectData(m_priority, m_edit.myValue(kPriority).toString());
    selectData(m_assignee, m_edit.myValue(kAssignee).toInteger());
    selectData(m_queue, m_edit.myValue(kQueue).toInteger());
    // Rewritten only when the tags differ, so that typing "a, " is not tidied under the cursor.
    const QStringList tags = tagList(m_edit.myValue(kTags));
    if (splitTags(m_tags->text()) != tags)
        m_tags->setText(tags.join(QStringLiteral(", ")));
    m_filling = wasFilling;
}

void PropertiesPanel::refresh()
{
    // The statuses a customer is offered depend on the values; a staff member's choices stay
    // put, so that a push does not close a list they have open.
    if (m_customerView)
        fillChoices();
    else
        showValues();
    updateConflicts();
    updateButtons();
}

TicketId PropertiesPanel::ticketId() const
{
    return m_edit.stored() ? m_edit.stored()->id : TicketId();
}

void PropertiesPanel::setTicket(const std::optional<Ticket>& ticket)
{
    ++m_generation;
    m_saving = false;
    if (ticket)
        m_edit.reset(*ticket);
    else
        m_edit.clear();
    m_message->hide();
    m_conflictMessage = false;
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
    updateConflicts();
    updateButtons();
}

void PropertiesPanel::ticketUpdated(const Ticket& ticket)
{
    if (ticket.id != ticketId() || !m_edit.merge(ticket))
        return;
    refresh();
}

bool PropertiesPanel::hasUnsavedChanges() const
{
    return m_edit.hasChanges();
}

void PropertiesPanel::userChanged(const QString& field, const QJsonValue& value)
{
    if (m_filling || !m_edit.isValid())
        return;
    m_edit.setMyValue(field, value);
    if (!m_conflictMessage)
        m_message->hide(); // "Saved." is about the values before this change
    updateConflicts();
    updateButtons();
}

void PropertiesPanel::updateButtons()
{
    if (m_filling)
        return;
    const bool ready = m_connection && m_connection->isReady();
    m_save->setEnabled(
        ready && !m_saving && m_edit.conflicts().isEmpty() && !m_edit.changes().isEmpty());
    m_revert->setEnabled(m_edit.hasChanges());
}

void PropertiesPanel::updateConflicts()
{
    const QStringList conflicts = m_edit.conflicts();
    for (const Field& field : std::as_const(m_fields)) {
        const bool conflict = conflicts.contains(field.name);
        field.label->setStyleSheet(
            conflict ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
        field.conflict->setVisible(conflict);
        if (!conflict)
            continue;
        const QString theirs = valueText(field.name, m_edit.storedValue(field.name));
        const QString who = changedBy(field.name);
        field.conflictText->setText(
            (who.isEmpty() ? tr("Someone else changed this to: %1").arg(theirs)
                           : tr("%1 changed this to: %2").arg(who, theirs))
            + QLatin1Char('\n')
            + tr("Yours: %1").arg(valueText(field.name, m_edit.myValue(field.name))));
    }
    if (!conflicts.isEmpty() && !m_conflictMessage) {
        showMessage(
            [] {
                return tr("Someone else changed a field you are editing. For each marked field, "
                          "keep your value or take theirs, then save.");
            },
            true);
        m_conflictMessage = true;
    } else if (conflicts.isEmpty() && m_conflictMessage) {
        m_message->hide();
        m_conflictMessage = false;
    }
}

QString PropertiesPanel::valueText(const QString& field, const QJsonValue& value) const
{
    if (field == kStatus) {
        const auto status = statusFromString(value.toString());
        return status ? TicketListModel::statusText(*status) : value.toString();
    }
    if (field == kPriority) {
        const auto priority = priorityFromString(value.toString());
        return priority ? TicketListModel::priorityText(*priority) : value.toString();
    }
    if (field == kAssignee || field == kQueue) {
        if (value.isNull())
            return field == kAssignee ? tr("Unassigned") : tr("No queue");
        const qint64 id = value.toInteger();
        const QString name = !m_directory ? QString()
            : field == kAssignee          ? m_directory->userName(UserId(id))
                                          : m_directory->queueName(QueueId(id));
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    }
    const QStringList tags = tagList(value);
    return tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", "));
}

QString PropertiesPanel::changedBy(const QString& field) const
{
    if (!m_history)
        return QString();
    // The latest history event that set this field to the stored value after the user's
    // change started; older ones (maybe the user's own) say nothing about this conflict.
    const QJsonValue theirs = m_edit.storedValue(field);
    const QDateTime since = m_edit.baseTime(field);
    for (int row = m_history->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_history->index(row);
        const auto kind = ConversationModel::Kind(index.data(ConversationModel::KindRole).toInt());
        if (kind == ConversationModel::Kind::Outgoing)
            continue; // queued replies sort after everything
        if (index.data(ConversationModel::CreatedAtRole).toDateTime() <= since)
            break;
        if (kind == ConversationModel::Kind::Event
            && index.data(ConversationModel::EventFieldRole).toString() == field
            && QJsonValue::fromVariant(index.data(ConversationModel::EventNewRole)) == theirs)
            return index.data(ConversationModel::AuthorNameRole).toString();
    }
    return QString();
}

void PropertiesPanel::showMessage(std::function<QString()> text, bool error)
{
    m_conflictMessage = false;
    m_messageText = std::move(text);
    m_message->setText(m_messageText());
    m_message->setStyleSheet(
        error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->show();
}

void PropertiesPanel::save()
{
    m_attempts = 0;
    sendChanges();
}

void PropertiesPanel::sendChanges()
{
    if (!m_edit.stored() || !m_connection || m_saving || !m_edit.conflicts().isEmpty())
        return;
    // Only what the user changed: the other fields are whatever is stored when this arrives.
    const QJsonObject sent = m_edit.changes();
    if (sent.isEmpty())
        return;
    const Ticket base = *m_edit.stored();
    const int generation = m_generation;
    m_saving = true;
    ++m_attempts;
    updateButtons();
    m_connection->updateTicket(
        base.id, base.version, TicketEdit::toChanges(sent), this,
        [this, generation, sent](const Ticket& ticket) {
            emit saved(ticket); // also when the user has moved on to another ticket
            if (generation != m_generation)
                return;
            m_saving = false;
            m_edit.saved(ticket, sent);
            refresh();
            showMessage([] { return tr("Saved."); }, false);
        },
        [this, generation](const rpc::Error& error) {
            if (generation != m_generation)
                return;
            m_saving = false;
            const auto current = conflictCurrent(error);
            if (!current || current->id != ticketId()) {
                showMessage([error] { return errorText(error); }, true);
                updateButtons();
                return;
            }
            // Someone saved first. Their changes are merged in like a push; where they touched
            // a field the user changed too, the user decides before anything is sent.
            m_edit.merge(*current);
            refresh();
            if (!m_edit.conflicts().isEmpty()) {
                showMessage(
                    [] {
                        return tr("Not saved: someone else changed a field you changed. For "
                                  "each marked field, keep your value or take theirs, then "
                                  "save again.");
                    },
                    true);
                m_conflictMessage = true;
                return;
            }
            if (m_attempts < kMaxAttempts) {
                sendChanges(); // none of the user's fields was touched: nothing is overwritten
                return;
            }
            showMessage([error] { return errorText(error); }, true);
            updateButtons();
        });
}

} // namespace helpdesk::client
