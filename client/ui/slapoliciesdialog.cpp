// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapoliciesdialog.h"

#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "ticketlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kMaxMinutes = 525'600;
const char* const kPriorities[] = { "low", "normal", "high", "urgent" };

QSpinBox* minutesBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, kMaxMinutes); // 0 shows "No target"
    return box;
}

QJsonValue targetValue(const QSpinBox* box)
{
    return box->value() > 0 ? QJsonValue(box->value()) : QJsonValue(QJsonValue::Null);
}
} // namespace

SlaPoliciesDialog::SlaPoliciesDialog(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_table(new QTableWidget(0, 6, this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_queueLabel(new QLabel(this))
    , m_queue(new QComboBox(this))
    , m_priorityLabel(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_calendarLabel(new QLabel(this))
    , m_calendar(new QComboBox(this))
    , m_firstLabel(new QLabel(this))
    , m_first(minutesBox(this))
    , m_nextLabel(new QLabel(this))
    , m_next(minutesBox(this))
    , m_resolutionLabel(new QLabel(this))
    , m_resolution(minutesBox(this))
    , m_warningLabel(new QLabel(this))
    , m_warning(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("slaPoliciesDialog"));
    m_table->setObjectName(QStringLiteral("policies"));
    m_name->setObjectName(QStringLiteral("name"));
    m_queue->setObjectName(QStringLiteral("queue"));
    m_priority->setObjectName(QStringLiteral("priority"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_first->setObjectName(QStringLiteral("firstResponse"));
    m_next->setObjectName(QStringLiteral("nextResponse"));
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_save->setObjectName(QStringLiteral("save"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_warning->setRange(1, 99);
    m_warning->setValue(80);
    m_warning->setSuffix(QStringLiteral(" %"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_queueLabel, m_queue);
    form->addRow(m_priorityLabel, m_priority);
    form->addRow(m_calendarLabel, m_calendar);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_nextLabel, m_next);
    form->addRow(m_resolutionLabel, m_resolution);
    form->addRow(m_warningLabel, m_warning);
    auto* row = new QHBoxLayout;
    row->addWidget(m_new);
    row->addStretch();
    row->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(row);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int current) { edit(current); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        edit(-1);
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &SlaPoliciesDialog::save);
    retranslate();
    reload();
}

void SlaPoliciesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SlaPoliciesDialog::retranslate()
{
    setWindowTitle(tr("SLA policies"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Queue"), tr("Priority"),
        tr("First response"), tr("Next response"), tr("Resolution") });
    m_nameLabel->setText(tr("Name:"));
    m_queueLabel->setText(tr("Queue:"));
    m_priorityLabel->setText(tr("Priority:"));
    m_calendarLabel->setText(tr("Business hours:"));
    m_firstLabel->setText(tr("First response within:"));
    m_nextLabel->setText(tr("Next response within:"));
    m_resolutionLabel->setText(tr("Resolution within:"));
    m_warningLabel->setText(tr("Warn at:"));
    for (QSpinBox* box : { m_first, m_next, m_resolution }) {
        box->setSpecialValueText(tr("No target"));
        box->setSuffix(tr(" business minutes"));
    }
    m_new->setText(tr("New policy"));
    m_save->setText(tr("Save"));
    fillTable();
}

QString SlaPoliciesDialog::queueText(const QJsonValue& queue) const
{
    if (queue.isNull())
        return tr("Any queue");
    const QString name = m_directory ? m_directory->queueName(QueueId(queue.toInteger())) : QString();
    return name.isEmpty() ? tr("Queue #%1").arg(queue.toInteger()) : name;
}

void SlaPoliciesDialog::reload()
{
    if (!m_connection)
        return;
    m_connection->call(QStringLiteral("calendar.list"), {}, this, [this](const QJsonValue& result) {
        m_calendars = result.toObject().value(QLatin1String("items")).toArray();
        m_connection->call(QStringLiteral("slaPolicy.list"), {}, this, [this](const QJsonValue& list) {
            m_policies = list.toObject().value(QLatin1String("items")).toArray();
            fillTable();
            emit loaded();
        });
    });
}

void SlaPoliciesDialog::fillTable()
{
    const qint64 editing = m_editing;
    m_queue->clear();
    m_queue->addItem(tr("Any queue"), QVariant());
    if (m_directory) {
        for (const Queue& queue : m_directory->queues())
            m_queue->addItem(queue.name, queue.id.value());
    }
    m_priority->clear();
    m_priority->addItem(tr("Any priority"), QVariant());
    for (const char* priority : kPriorities)
        m_priority->addItem(TicketListModel::priorityText(*priorityFromString(QLatin1String(priority))),
            QLatin1String(priority));
    m_calendar->clear();
    for (const QJsonValue& value : m_calendars) {
        const QJsonObject calendar = value.toObject();
        m_calendar->addItem(calendar.value(QLatin1String("alwaysOpen")).toBool() ? tr("24/7")
                                                                                 : calendar.value(QLatin1String("name")).toString(),
            calendar.value(QLatin1String("id")).toInteger());
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_policies.size()));
    auto minutes = [](const QJsonValue& value) {
        return value.isNull() ? QString() : tr("%n min", "", int(value.toInteger()));
    };
    for (int row = 0; row < m_policies.size(); ++row) {
        const QJsonObject p = m_policies.at(row).toObject();
        const QString priority = p.value(QLatin1String("priority")).toString();
        const QStringList cells { p.value(QLatin1String("name")).toString(),
            queueText(p.value(QLatin1String("queueId"))),
            priority.isEmpty() ? tr("Any priority")
                               : TicketListModel::priorityText(*priorityFromString(priority)),
            minutes(p.value(QLatin1String("firstResponseMinutes"))),
            minutes(p.value(QLatin1String("nextResponseMinutes"))),
            minutes(p.value(QLatin1String("resolutionMinutes"))) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    int row = -1;
    for (int i = 0; i < m_policies.size(); ++i) {
        if (m_policies.at(i).toObject().value(QLatin1String("id")).toInteger() == editing)
            row = i;
    }
    edit(row);
}

void SlaPoliciesDialog::edit(int row)
{
    const QJsonObject p = row >= 0 && row < m_policies.size() ? m_policies.at(row).toObject() : QJsonObject();
    m_editing = p.value(QLatin1String("id")).toInteger();
    m_name->setText(p.value(QLatin1String("name")).toString());
    m_queue->setCurrentIndex(qMax(0, m_queue->findData(p.value(QLatin1String("queueId")).toVariant())));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(p.value(QLatin1String("priority")).toVariant())));
    m_calendar->setCurrentIndex(qMax(0, m_calendar->findData(p.value(QLatin1String("calendarId")).toInteger(1))));
    m_first->setValue(int(p.value(QLatin1String("firstResponseMinutes")).toInteger()));
    m_next->setValue(int(p.value(QLatin1String("nextResponseMinutes")).toInteger()));
    m_resolution->setValue(int(p.value(QLatin1String("resolutionMinutes")).toInteger()));
    m_warning->setValue(int(p.value(QLatin1String("warningPercent")).toInteger(80)));
    m_error->clear();
}

void SlaPoliciesDialog::save()
{
    QJsonObject params { { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("queueId"), QJsonValue::fromVariant(m_queue->currentData()) },
        { QStringLiteral("priority"), QJsonValue::fromVariant(m_priority->currentData()) },
        { QStringLiteral("calendarId"), m_calendar->currentData().toLongLong() },
        { QStringLiteral("firstResponseMinutes"), targetValue(m_first) },
        { QStringLiteral("nextResponseMinutes"), targetValue(m_next) },
        { QStringLiteral("resolutionMinutes"), targetValue(m_resolution) },
        { QStringLiteral("warningPercent"), m_warning->value() } };
    if (m_editing > 0)
        params.insert(QStringLiteral("id"), m_editing);
    if (m_calendar->currentIndex() < 0)
        params.remove(QStringLiteral("calendarId"));
    m_save->setEnabled(false);
    m_connection->call(
        QStringLiteral("slaPolicy.save"), params, this,
        [this](const QJsonValue& result) {
            m_save->setEnabled(true);
            m_editing = result.toObject().value(QLatin1String("id")).toInteger();
            emit saved(m_editing);
            reload();
        },
        [this](const rpc::Error& error) {
            m_save->setEnabled(true);
            m_error->setText(errorText(error));
        });
}

} // namespace helpdesk::client
