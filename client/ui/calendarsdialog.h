// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Leads and admins: the SLA business calendars (calendar.list/save): name, time zone, weekly
// business hours (several stretches a day) and holidays; the built-in 24/7 calendar is shown
// read-only. A save sends only the fields that changed, with the version the editor started
// from: when a colleague saved the calendar meanwhile, the dialog shows their version and
// keeps the user's own changes of the other fields to save again — nobody's change is undone
// silently.

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;
class DateListEditor;
class WeeklyHoursEditor;

class CalendarsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarsDialog(Connection* connection, QWidget* parent = nullptr);

    void reload();
    // Shows the calendar with this id (0: a new one).
    void select(qint64 id);

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* timeZoneBox() const { return m_zone; }
    WeeklyHoursEditor* hoursEditor() const { return m_hours; }
    DateListEditor* holidaysEditor() const { return m_holidays; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void loaded();
    void saved(qint64 calendarId);
    void saveFailed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillList();
    void showCalendar(const QJsonObject& calendar);
    // The editors' values as calendar.save params (name, timeZone, hours, holidays).
    QJsonObject editorValues() const;
    void save();
    // A colleague's save came first: show it, keep the user's changes of fields they left.
    void conflict(const QJsonObject& current);
    QJsonObject calendarById(qint64 id) const;

    QPointer<Connection> m_connection;
    QJsonArray m_calendars;
    qint64 m_editing = 0; // 0: a new calendar
    qint64 m_version = 0;
    bool m_loaded = false; // the first list shows the first calendar after 24/7
    QJsonObject m_base; // editorValues() as loaded: what "changed" is measured against
    QListWidget* m_list;
    QPushButton* m_new;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_zoneLabel;
    QComboBox* m_zone;
    QLabel* m_hoursLabel;
    WeeklyHoursEditor* m_hours;
    QLabel* m_holidaysLabel;
    DateListEditor* m_holidays;
    QLabel* m_message;
    QPushButton* m_save;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
