// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuesdialog.h"

#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "protocol/methods.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QStringList kKinds { QStringLiteral("technical"), QStringLiteral("billing"),
    QStringLiteral("general") };
const QStringList kModes { QStringLiteral("off"), QStringLiteral("round_robin"),
    QStringLiteral("least_loaded") };
enum MemberColumn { NameColumn, MemberColumn, LeadColumn };

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

QueuesDialog::QueuesDialog(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("queuesDialog"));
    const auto me = connection->currentUser();
    m_admin = me && me->role == Role::Admin;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("queueList"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newQueueButton"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("queueName"));
    m_name->setMaxLength(100);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("queueKind"));
    m_archived = new QCheckBox(this);
    m_archived->setObjectName(QStringLiteral("queueArchived"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("assignMode"));
    m_reassign = new QSpinBox(this);
    m_reassign->setObjectName(QStringLiteral("reassignMinutes"));
    m_reassign->setRange(0, 7 * 24 * 60);
    m_members = new QTableWidget(0, 3, this);
    m_members->setObjectName(QStringLiteral("queueMembers"));
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("queueError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveQueueButton"));
    m_new->setEnabled(m_admin || (me && me->role == Role::Lead));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    m_form = new QFormLayout;
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_kind);
    m_form->addRow(QString(), m_mode);
    m_form->addRow(QString(), m_reassign);
    m_form->addRow(QString(), m_archived);
    auto* right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_members, 1);
    right->addWidget(m_error);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &QueuesDialog::save);
    connect(m_new, &QPushButton::clicked, this, &QueuesDialog::newQueue);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QueueId id(m_list->item(row)->data(Qt::UserRole).toLongLong());
        for (const Queue& queue : m_directory->queues()) {
            if (queue.id == id)
                show(queue);
        }
    });
    connect(directory, &DirectoryCache::changed, this, &QueuesDialog::fillList);
    retranslate();
    fillList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newQueue();
    resize(760, 480);
}

void QueuesDialog::retranslate()
{
    setWindowTitle(tr("Queues"));
    m_new->setText(tr("&New queue"));
    m_save->setText(tr("&Save"));
    m_kind->clear();
    m_kind->addItems({ tr("Technical"), tr("Billing"), tr("General") });
    m_mode->clear();
    m_mode->addItems({ tr("Off: assign by hand"), tr("Round robin"), tr("Least loaded") });
    m_reassign->setSpecialValueText(tr("Never"));
    m_reassign->setSuffix(tr(" min"));
    m_archived->setText(tr("Archived: keeps its tickets, takes no new ones"));
    m_members->setHorizontalHeaderLabels({ tr("Staff"), tr("Member"), tr("Lead") });
    const QList<QPair<QWidget*, QString>> labels { { m_name, tr("&Name:") },
        { m_kind, tr("&Kind:") }, { m_mode, tr("&Assignment:") },
        { m_reassign, tr("&Reassign after absence:") } };
    for (const auto& [field, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    }
}

void QueuesDialog::fillList()
{
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const QueueId keep = m_current;
    m_list->blockSignals(true);
    m_list->clear();
    for (const Queue& queue : m_directory->queues()) {
        if (!m_admin && !(me && queue.isLead(me->id)))
            continue; // a lead manages the queues they lead
        auto* item = new QListWidgetItem(
            queue.archived() ? tr("%1 (archived)").arg(queue.name) : queue.name, m_list);
        item->setData(Qt::UserRole, queue.id.value());
        if (queue.id == keep)
            m_list->setCurrentItem(item);
    }
    m_list->blockSignals(false);
}

void QueuesDialog::show(const Queue& queue)
{
    m_current = queue.id;
    m_error->hide();
    m_name->setText(queue.name);
    m_kind->setCurrentIndex(qMax(0, kKinds.indexOf(queue.kind)));
    m_mode->setCurrentIndex(qMax(0, kModes.indexOf(queue.assignMode)));
    m_reassign->setValue(queue.reassignAfterMinutes.value_or(0));
    m_archived->setChecked(queue.archived());
    m_archived->setEnabled(true);
    const QVector<User> staff = m_directory->staff();
    m_members->setRowCount(int(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const User& user = staff.at(row);
        auto* name = new QTableWidgetItem(user.name); // plain text
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, user.id.value());
        m_members->setItem(row, NameColumn, name);
        m_members->setItem(row, MemberColumn, checkItem(queue.hasMember(user.id)));
        m_members->setItem(row, LeadColumn, checkItem(queue.isLead(user.id)));
    }
}

void QueuesDialog::newQueue()
{
    Queue blank;
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    if (me && me->role == Role::Lead)
        blank.members << QueueMember { me->id, true }; // the server makes the creator lead
    show(blank);
    m_current = QueueId();
    m_archived->setEnabled(false);
    m_list->clearSelection();
    m_name->setFocus();
}

QVector<QueueMember> QueuesDialog::chosenMembers() const
{
    QVector<QueueMember> members;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const bool lead = m_members->item(row, LeadColumn)->checkState() == Qt::Checked;
        const bool member = m_members->item(row, MemberColumn)->checkState() == Qt::Checked;
        if (member || lead)
            members << QueueMember { UserId(m_members->item(row, NameColumn)->data(Qt::UserRole).toLongLong()),
                lead };
    }
    return members;
}

QJsonObject QueuesDialog::changedSettings(const Queue& before) const
{
    QJsonObject changes;
    if (m_name->text().trimmed() != before.name)
        changes.insert(QStringLiteral("name"), m_name->text().trimmed());
    if (kKinds.value(m_kind->currentIndex()) != before.kind)
        changes.insert(QStringLiteral("kind"), kKinds.value(m_kind->currentIndex()));
    if (kModes.value(m_mode->currentIndex()) != before.assignMode)
        changes.insert(QStringLiteral("assignMode"), kModes.value(m_mode->currentIndex()));
    if (m_reassign->value() != before.reassignAfterMinutes.value_or(0))
        changes.insert(QStringLiteral("reassignAfterMinutes"),
            m_reassign->value() > 0 ? QJsonValue(m_reassign->value()) : QJsonValue(QJsonValue::Null));
    if (m_archived->isEnabled() && m_archived->isChecked() != before.archived())
        changes.insert(QStringLiteral("archived"), m_archived->isChecked());
    return changes;
}

void QueuesDialog::save()
{
    m_error->hide();
    Queue before;
    for (const Queue& queue : m_directory->queues()) {
        if (queue.id == m_current)
            before = queue;
    }
    QJsonObject changes = changedSettings(before);
    auto onError = [this](const rpc::Error& error) { fail(errorText(error)); };
    if (!m_current.isValid()) {
        changes.insert(QStringLiteral("name"), m_name->text().trimmed());
        m_connection->call(QString(method::QueueCreate), changes, this,
            [this](const QJsonValue& result) {
                const auto created = Queue::fromJson(result.toObject());
                if (!created)
                    return;
                m_current = created->id;
                m_archived->setEnabled(true); // an existing queue now
                saveMembers(created->id, created->members);
            },
            onError);
        return;
    }
    const QueueId id = m_current;
    if (changes.isEmpty()) {
        saveMembers(id, before.members);
        return;
    }
    changes.insert(QStringLiteral("id"), id.value());
    m_connection->call(QString(method::QueueUpdate), changes, this,
        [this, id, members = before.members](const QJsonValue&) { saveMembers(id, members); },
        onError);
}

void QueuesDialog::saveMembers(QueueId id, const QVector<QueueMember>& before)
{
    const QVector<QueueMember> members = chosenMembers();
    auto same = [](const QVector<QueueMember>& a, const QVector<QueueMember>& b) {
        if (a.size() != b.size())
            return false;
        for (const QueueMember& m : a) {
            if (!std::any_of(b.cbegin(), b.cend(),
                    [&m](const QueueMember& o) { return o.userId == m.userId && o.lead == m.lead; }))
                return false;
        }
        return true;
    };
    if (same(members, before))
        return;
    QJsonArray list;
    for (const QueueMember& member : members)
        list.append(QJsonObject { { QStringLiteral("userId"), member.userId.value() },
            { QStringLiteral("lead"), member.lead } });
    m_connection->call(QString(method::QueueSetMembers),
        QJsonObject { { QStringLiteral("id"), id.value() }, { QStringLiteral("members"), list } },
        this, [](const QJsonValue&) {}, [this](const rpc::Error& error) { fail(errorText(error)); });
}

void QueuesDialog::fail(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace helpdesk::client
