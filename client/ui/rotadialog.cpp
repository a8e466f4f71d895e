// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotadialog.h"

#include "connection.h"
#include "directorycache.h"
#include "errortext.h"
#include "slaeditors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace helpdesk::client {

RotaDialog::RotaDialog(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_directory(directory)
    , m_queueLabel(new QLabel(this))
    , m_queue(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(makeTimeZoneBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new WeeklyHoursEditor(this))
    , m_datesLabel(new QLabel(this))
    , m_dates(new DateListEditor(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("rotaDialog"));
    m_queue->setObjectName(QStringLiteral("queue"));
    m_list->setObjectName(QStringLiteral("shifts"));
    m_add->setObjectName(QStringLiteral("addShift"));
    m_remove->setObjectName(QStringLiteral("removeShift"));
    m_person->setObjectName(QStringLiteral("person"));
    m_message->setObjectName(QStringLiteral("message"));
    m_save->setObjectName(QStringLiteral("save"));
    m_list->setWordWrap(true); // "Name — Zone (stretches, days)" in a narrow column
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_queueLabel);
    top->addWidget(m_queue, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto* form = new QFormLayout;
    form->addRow(m_personLabel, m_person);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_hoursLabel, m_hours);
    form->addRow(m_datesLabel, m_dates);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queue, &QComboBox::activated, this, &RotaDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        takeEdits();
        showShift(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        takeEdits();
        QJsonObject shift { { QStringLiteral("timeZone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()) },
            { QStringLiteral("hours"), QJsonArray() }, { QStringLiteral("dates"), QJsonArray() } };
        if (m_person->count() > 0)
            shift.insert(QStringLiteral("userId"), m_person->itemData(0).toLongLong());
        m_shifts.append(shift);
        fillList();
        m_list->setCurrentRow(int(m_shifts.size()) - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || m_current >= m_shifts.size())
            return;
        m_shifts.removeAt(m_current);
        m_current = -1;
        fillList();
        m_list->setCurrentRow(qMin(m_list->count() - 1, 0));
        showShift(m_list->currentRow());
    });
    auto edited = [this] {
        if (!m_showing) {
            takeEdits();
            fillList();
        }
    };
    connect(m_person, &QComboBox::activated, this, edited);
    connect(m_zone, &QComboBox::currentTextChanged, this, edited);
    connect(m_hours, &WeeklyHoursEditor::edited, this, edited);
    connect(m_dates, &DateListEditor::edited, this, edited);
    connect(m_save, &QPushButton::clicked, this, &RotaDialog::save);
    if (m_directory)
        connect(m_directory, &DirectoryCache::changed, this, [this] {
            fillQueues();
            fillPeople();
        });
    retranslate();
    fillQueues();
    fillPeople();
    showShift(-1);
    reload();
}

void RotaDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RotaDialog::retranslate()
{
    setWindowTitle(tr("On-call rotas"));
    m_queueLabel->setText(tr("&Queue:"));
    m_queueLabel->setBuddy(m_queue);
    m_add->setText(tr("Add shift"));
    m_remove->setText(tr("Remove shift"));
    m_personLabel->setText(tr("&On call:"));
    m_personLabel->setBuddy(m_person);
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zoneLabel->setBuddy(m_zone);
    m_hoursLabel->setText(tr("Every week:"));
    m_datesLabel->setText(tr("Whole days:"));
    m_save->setText(tr("&Save rota"));
    fillList();
}

void RotaDialog::fillQueues()
{
    const QVariant chosen = m_queue->currentData();
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    if (m_directory) {
        for (const Queue& queue : m_directory->queues())
            m_queue->addItem(queue.name, queue.id.value());
    }
    m_queue->setCurrentIndex(qMax(0, m_queue->findData(chosen)));
}

void RotaDialog::fillPeople()
{
    const bool wasShowing = m_showing;
    m_showing = true;
    const QVariant chosen = m_person->currentData();
    m_person->clear();
    if (m_directory) {
        for (const User& user : m_directory->staff())
            m_person->addItem(user.name, user.id.value());
    }
    m_person->setCurrentIndex(m_person->findData(chosen));
    m_showing = wasShowing;
}

void RotaDialog::selectQueue(qint64 queueId)
{
    m_queue->setCurrentIndex(m_queue->findData(queueId));
    if (m_loadedQueue != queueId)
        reload();
}

void RotaDialog::reload()
{
    if (!m_connection || m_queue->currentIndex() < 0)
        return;
    const qint64 queue = m_queue->currentData().toLongLong();
    const int generation = ++m_generation;
    const QJsonObject params { { QStringLiteral("queueId"), queue } };
    m_connection->call(QStringLiteral("rota.list"), params, this, [this, queue, generation](const QJsonValue& result) {
        if (generation != m_generation)
            return;
        m_loadedQueue = queue;
        showRota(result.toObject());
        m_message->clear();
        emit loaded();
    });
}

void RotaDialog::showRota(const QJsonObject& rota)
{
    m_version = rota.value(QLatin1String("version")).toInteger(1);
    m_shifts = rota.value(QLatin1String("shifts")).toArray();
    m_current = -1;
    fillList();
    m_list->setCurrentRow(m_shifts.isEmpty() ? -1 : 0);
    showShift(m_list->currentRow());
}

QString RotaDialog::summary(const QJsonObject& shift) const
{
    const qint64 user = shift.value(QLatin1String("userId")).toInteger();
    const QString name = m_directory ? m_directory->userName(UserId(user)) : QString();
    const int stretches = int(shift.value(QLatin1String("hours")).toArray().size());
    const int days = int(shift.value(QLatin1String("dates")).toArray().size());
    return tr("%1 — %2 (%3, %4)")
        .arg(name.isEmpty() ? tr("Nobody chosen") : name, shift.value(QLatin1String("timeZone")).toString(),
            tr("%n weekly stretch(es)", "", stretches), tr("%n whole day(s)", "", days));
}

void RotaDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_current;
    m_list->clear();
    for (const QJsonValue& shift : m_shifts)
        m_list->addItem(summary(shift.toObject()));
    m_list->setCurrentRow(row);
}

void RotaDialog::showShift(int row)
{
    m_showing = true;
    m_current = row >= 0 && row < m_shifts.size() ? row : -1;
    const QJsonObject shift = m_current >= 0 ? m_shifts.at(m_current).toObject() : QJsonObject();
    m_person->setCurrentIndex(m_person->findData(shift.value(QLatin1String("userId")).toInteger()));
    selectTimeZone(m_zone, shift.value(QLatin1String("timeZone")).toString());
    m_hours->setHours(shift.value(QLatin1String("hours")).toArray());
    m_dates->setDates(shift.value(QLatin1String("dates")).toArray());
    for (QWidget* editor : std::initializer_list<QWidget*> { m_person, m_zone, m_hours, m_dates, m_remove })
        editor->setEnabled(m_current >= 0);
    m_showing = false;
}

void RotaDialog::takeEdits()
{
    if (m_showing || m_current < 0 || m_current >= m_shifts.size())
        return;
    QJsonObject shift { { QStringLiteral("timeZone"), m_zone->currentText().trimmed() },
        { QStringLiteral("hours"), m_hours->hours() }, { QStringLiteral("dates"), m_dates->dates() } };
    if (m_person->currentIndex() >= 0)
        shift.insert(QStringLiteral("userId"), m_person->currentData().toLongLong());
    m_shifts.replace(m_current, shift);
}

void RotaDialog::save()
{
    takeEdits();
    QJsonArray shifts;
    for (const QJsonValue& value : m_shifts) {
        QJsonObject shift = value.toObject();
        shift.remove(QStringLiteral("id"));
        shift.remove(QStringLiteral("queueId"));
        shifts.append(shift);
    }
    const QJsonObject params { { QStringLiteral("queueId"), m_queue->currentData().toLongLong() },
        { QStringLiteral("version"), m_version }, { QStringLiteral("shifts"), shifts } };
    m_save->setEnabled(false);
    m_connection->call(
        QStringLiteral("rota.save"), params, this,
        [this](const QJsonValue& result) {
            m_save->setEnabled(true);
            const int row = m_current;
            showRota(result.toObject());
            m_list->setCurrentRow(qMin(row, m_list->count() - 1));
            m_message->setText(tr("Saved."));
            emit saved();
        },
        [this](const rpc::Error& error) {
            m_save->setEnabled(true);
            const QJsonObject current = error.data.toObject().value(QLatin1String("current")).toObject();
            if (error.code == rpc::Conflict && !current.isEmpty()) {
                showRota(current);
                m_message->setText(tr("A colleague saved this rota meanwhile. Their rota is shown: "
                                      "make your change again if it is still needed."));
            } else {
                m_message->setText(errorText(error));
            }
            emit saveFailed();
        });
}

} // namespace helpdesk::client
