// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsdialog.h"

#include "connection.h"
#include "errortext.h"
#include "slaeditors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QStringList kFields { QStringLiteral("name"), QStringLiteral("timeZone"),
    QStringLiteral("hours"), QStringLiteral("holidays") };

bool isAlwaysOpen(const QJsonObject& calendar)
{
    return calendar.value(QLatin1String("alwaysOpen")).toBool();
}
} // namespace

CalendarsDialog::CalendarsDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(makeTimeZoneBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new WeeklyHoursEditor(this))
    , m_holidaysLabel(new QLabel(this))
    , m_holidays(new DateListEditor(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("calendarsDialog"));
    m_list->setObjectName(QStringLiteral("calendars"));
    m_new->setObjectName(QStringLiteral("newCalendar"));
    m_name->setObjectName(QStringLiteral("name"));
    m_message->setObjectName(QStringLiteral("message"));
    m_save->setObjectName(QStringLiteral("save"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_name->setMaxLength(100);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_hoursLabel, m_hours);
    form->addRow(m_holidaysLabel, m_holidays);
    auto* right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_message);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_calendars.size())
            showCalendar(m_calendars.at(row).toObject());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        select(0);
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &CalendarsDialog::save);
    retranslate();
    showCalendar(QJsonObject());
    reload();
}

void CalendarsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CalendarsDialog::retranslate()
{
    setWindowTitle(tr("Business calendars"));
    m_new->setText(tr("New calendar"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zoneLabel->setBuddy(m_zone);
    m_hoursLabel->setText(tr("Business hours:"));
    m_holidaysLabel->setText(tr("Holidays:"));
    m_save->setText(tr("&Save"));
    fillList();
}

QJsonObject CalendarsDialog::calendarById(qint64 id) const
{
    for (const QJsonValue& value : m_calendars) {
        if (value.toObject().value(QLatin1String("id")).toInteger() == id)
            return value.toObject();
    }
    return {};
}

void CalendarsDialog::reload()
{
    if (!m_connection)
        return;
    m_connection->call(QStringLiteral("calendar.list"), {}, this, [this](const QJsonValue& result) {
        m_calendars = result.toObject().value(QLatin1String("items")).toArray();
        fillList();
        if (!m_loaded && m_editing == 0 && m_calendars.size() > 1) // the first one of our own
            m_editing = m_calendars.at(1).toObject().value(QLatin1String("id")).toInteger();
        m_loaded = true;
        select(m_editing);
        emit loaded();
    });
}

void CalendarsDialog::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QJsonValue& value : m_calendars) {
        const QJsonObject calendar = value.toObject();
        m_list->addItem(isAlwaysOpen(calendar) ? tr("24/7 (built in)")
                                               : calendar.value(QLatin1String("name")).toString());
    }
}

void CalendarsDialog::select(qint64 id)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    for (int row = 0; row < m_calendars.size(); ++row) {
        if (id > 0 && m_calendars.at(row).toObject().value(QLatin1String("id")).toInteger() == id)
            m_list->setCurrentRow(row);
    }
    showCalendar(id > 0 ? calendarById(id) : QJsonObject());
}

void CalendarsDialog::showCalendar(const QJsonObject& calendar)
{
    m_editing = calendar.value(QLatin1String("id")).toInteger();
    m_version = calendar.value(QLatin1String("version")).toInteger(1);
    m_name->setText(calendar.value(QLatin1String("name")).toString());
    if (calendar.contains(QLatin1String("timeZone")))
        selectTimeZone(m_zone, calendar.value(QLatin1String("timeZone")).toString());
    m_hours->setHours(calendar.value(QLatin1String("hours")).toArray());
    m_holidays->setDates(calendar.value(QLatin1String("holidays")).toArray());
    const bool readOnly = isAlwaysOpen(calendar);
    m_name->setReadOnly(readOnly);
    m_zone->setEnabled(!readOnly);
    m_hours->setReadOnly(readOnly);
    m_holidays->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    m_message->setText(readOnly ? tr("The built-in 24/7 calendar counts every minute and cannot be changed.")
                                : QString());
    m_base = m_editing > 0 ? editorValues() : QJsonObject();
}

QJsonObject CalendarsDialog::editorValues() const
{
    return QJsonObject { { QStringLiteral("name"), m_name->text().trimmed() },
        { QStringLiteral("timeZone"), m_zone->currentText().trimmed() },
        { QStringLiteral("hours"), m_hours->hours() }, { QStringLiteral("holidays"), m_holidays->dates() } };
}

void CalendarsDialog::save()
{
    QJsonObject params;
    const QJsonObject values = editorValues();
    for (const QString& field : kFields) {
        if (m_editing == 0 || values.value(field) != m_base.value(field))
            params.insert(field, values.value(field));
    }
    if (m_editing > 0) {
        if (params.isEmpty()) {
            m_message->setText(tr("Nothing has changed."));
            return;
        }
        params.insert(QStringLiteral("id"), m_editing);
        params.insert(QStringLiteral("version"), m_version);
    }
    m_save->setEnabled(false);
    m_connection->call(
        QStringLiteral("calendar.save"), params, this,
        [this](const QJsonValue& result) {
            m_save->setEnabled(true);
            m_editing = result.toObject().value(QLatin1String("id")).toInteger();
            reload();
            m_message->setText(tr("Saved."));
            emit saved(m_editing);
        },
        [this](const rpc::Error& error) {
            m_save->setEnabled(true);
            const QJsonObject current = error.data.toObject().value(QLatin1String("current")).toObject();
            if (error.code == rpc::Conflict && !current.isEmpty())
                conflict(current);
            else
                m_message->setText(errorText(error));
            emit saveFailed();
        });
}

void CalendarsDialog::conflict(const QJsonObject& current)
{
    const QJsonObject mine = editorValues();
    const QJsonObject base = m_base;
    for (int row = 0; row < m_calendars.size(); ++row) {
        if (m_calendars.at(row).toObject().value(QLatin1String("id")).toInteger() == m_editing)
            m_calendars.replace(row, current);
    }
    fillList();
    select(m_editing); // their version is the new base
    const QJsonObject theirs = m_base;
    QStringList overwritten;
    for (const QString& field : kFields) {
        const bool iChanged = mine.value(field) != base.value(field);
        const bool theyChanged = theirs.value(field) != base.value(field);
        if (!iChanged)
            continue;
        if (theyChanged) {
            overwritten << field;
            continue;
        }
        if (field == QLatin1String("name"))
            m_name->setText(mine.value(field).toString());
        else if (field == QLatin1String("timeZone"))
            selectTimeZone(m_zone, mine.value(field).toString());
        else if (field == QLatin1String("hours"))
            m_hours->setHours(mine.value(field).toArray());
        else
            m_holidays->setDates(mine.value(field).toArray());
    }
    m_message->setText(overwritten.isEmpty()
            ? tr("A colleague saved this calendar meanwhile. Their changes are shown with yours "
                 "on top: check and save again.")
            : tr("A colleague saved this calendar meanwhile and changed the same fields as you. "
                 "Their version is shown: make your change again if it is still needed."));
}

} // namespace helpdesk::client
