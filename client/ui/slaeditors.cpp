// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaeditors.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

QComboBox* dayBox(int day)
{
    auto* box = new QComboBox;
    for (int d = 1; d <= 7; ++d)
        box->addItem(dayName(d), d);
    box->setCurrentIndex(qBound(0, day - 1, 6));
    return box;
}

QTimeEdit* timeBox(const QString& text)
{
    auto* box = new QTimeEdit;
    box->setDisplayFormat(kTimeFormat);
    // "24:00" (midnight at the end of the day) is 00:00 here: an end at or before the start
    // runs into the next day.
    box->setTime(text == QLatin1String("24:00") ? QTime(0, 0) : QTime::fromString(text, kTimeFormat));
    return box;
}

QHBoxLayout* buttonRow(QPushButton* add, QPushButton* remove)
{
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    return row;
}

} // namespace

QString dayName(int day)
{
    return QLocale().standaloneDayName(qBound(1, day, 7), QLocale::LongFormat);
}

WeeklyHoursEditor::WeeklyHoursEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("hours"));
    m_add->setObjectName(QStringLiteral("addStretch"));
    m_remove->setObjectName(QStringLiteral("removeStretch"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().height() * 14); // a working week without scrolling
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow(m_add, m_remove));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int rows = m_table->rowCount();
        const int lastDay = rows > 0
            ? static_cast<QComboBox*>(m_table->cellWidget(rows - 1, 0))->currentData().toInt()
            : 0;
        addStretch(lastDay % 7 + 1, QStringLiteral("09:00"), QStringLiteral("17:00"));
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex& index : rows)
            numbers << index.row();
        if (numbers.isEmpty() && m_table->currentRow() >= 0)
            numbers << m_table->currentRow();
        std::sort(numbers.rbegin(), numbers.rend());
        for (const int row : numbers)
            m_table->removeRow(row);
        if (!numbers.isEmpty())
            emit edited();
    });
    retranslate();
}

void WeeklyHoursEditor::addStretch(int day, const QString& start, const QString& end)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* days = dayBox(day);
    auto* from = timeBox(start);
    auto* to = timeBox(end);
    m_table->setCellWidget(row, 0, days);
    m_table->setCellWidget(row, 1, from);
    m_table->setCellWidget(row, 2, to);
    connect(days, &QComboBox::currentIndexChanged, this, &WeeklyHoursEditor::edited);
    connect(from, &QTimeEdit::timeChanged, this, &WeeklyHoursEditor::edited);
    connect(to, &QTimeEdit::timeChanged, this, &WeeklyHoursEditor::edited);
}

void WeeklyHoursEditor::setHours(const QJsonArray& hours)
{
    m_table->setRowCount(0);
    for (const QJsonValue& value : hours) {
        const QJsonObject stretch = value.toObject();
        addStretch(int(stretch.value(QLatin1String("day")).toInteger()),
            stretch.value(QLatin1String("start")).toString(), stretch.value(QLatin1String("end")).toString());
    }
}

QJsonArray WeeklyHoursEditor::hours() const
{
    struct Stretch
    {
        int day;
        QString start;
        QString end;
    };
    QVector<Stretch> stretches;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        stretches.append({ static_cast<QComboBox*>(m_table->cellWidget(row, 0))->currentData().toInt(),
            static_cast<QTimeEdit*>(m_table->cellWidget(row, 1))->time().toString(kTimeFormat),
            static_cast<QTimeEdit*>(m_table->cellWidget(row, 2))->time().toString(kTimeFormat) });
    }
    std::stable_sort(stretches.begin(), stretches.end(), [](const Stretch& a, const Stretch& b) {
        return a.day != b.day ? a.day < b.day : a.start < b.start;
    });
    QJsonArray hours;
    for (const Stretch& s : stretches)
        hours.append(QJsonObject { { QStringLiteral("day"), s.day }, { QStringLiteral("start"), s.start },
            { QStringLiteral("end"), s.end } });
    return hours;
}

void WeeklyHoursEditor::setReadOnly(bool readOnly)
{
    m_table->setEnabled(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void WeeklyHoursEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WeeklyHoursEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("Day"), tr("From"), tr("Until") });
    m_table->setToolTip(tr("An end at or before the start runs into the next day; "
                           "00:00 to 00:00 is the whole day."));
    m_add->setText(tr("Add hours"));
    m_remove->setText(tr("Remove hours"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* days = static_cast<QComboBox*>(m_table->cellWidget(row, 0));
        for (int i = 0; i < days->count(); ++i)
            days->setItemText(i, dayName(i + 1));
    }
}

DateListEditor::DateListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_picker(new QDateEdit(QDate::currentDate(), this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("dates"));
    m_picker->setObjectName(QStringLiteral("datePicker"));
    m_add->setObjectName(QStringLiteral("addDate"));
    m_remove->setObjectName(QStringLiteral("removeDate"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 8); // the hours above get the room
    m_picker->setCalendarPopup(true);
    m_picker->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* row = buttonRow(m_add, m_remove);
    row->insertWidget(0, m_picker);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addDate(m_picker->date().toString(Qt::ISODate));
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem*> selected = m_list->selectedItems();
        for (QListWidgetItem* item : selected)
            delete item;
        if (!selected.isEmpty())
            emit edited();
    });
    retranslate();
}

void DateListEditor::addDate(const QString& date)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == date)
            return;
    }
    int at = 0;
    while (at < m_list->count() && m_list->item(at)->text() < date)
        ++at;
    m_list->insertItem(at, date);
}

void DateListEditor::setDates(const QJsonArray& dates)
{
    m_list->clear();
    for (const QJsonValue& date : dates)
        addDate(date.toString());
}

QJsonArray DateListEditor::dates() const
{
    QJsonArray dates;
    for (int i = 0; i < m_list->count(); ++i)
        dates.append(m_list->item(i)->text());
    return dates;
}

void DateListEditor::setReadOnly(bool readOnly)
{
    m_list->setEnabled(!readOnly);
    m_picker->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void DateListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateListEditor::retranslate()
{
    m_add->setText(tr("Add date"));
    m_remove->setText(tr("Remove date"));
}

QComboBox* makeTimeZoneBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("timeZone"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        box->addItem(QString::fromUtf8(id));
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    selectTimeZone(box, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    return box;
}

void selectTimeZone(QComboBox* box, const QString& zone)
{
    int index = box->findText(zone);
    if (index < 0 && !zone.isEmpty()) {
        box->addItem(zone);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
    box->setEditText(zone);
}

} // namespace helpdesk::client
