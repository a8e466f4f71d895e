// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Editors shared by the business calendars and on-call rota dialogs: weekly hours (several
// stretches per day, each {"day","start","end"} as the protocol has them), a list of dates
// (holidays, whole days on call) and a time zone picker.

#include <QJsonArray>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace helpdesk::client {

// A table of stretches: day, start, end (an end at or before the start runs into the next day;
// 00:00–00:00 is the whole day). Rows are kept sorted by day and start as the server stores them.
class WeeklyHoursEditor : public QWidget
{
    Q_OBJECT
public:
    explicit WeeklyHoursEditor(QWidget* parent = nullptr);

    void setHours(const QJsonArray& hours);
    QJsonArray hours() const; // sorted by day, then start
    void setReadOnly(bool readOnly);
    QTableWidget* table() const { return m_table; }
    // Adds a stretch (the add button: Monday 09:00–17:00 after the last row's day).
    void addStretch(int day, const QString& start, const QString& end);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

// A sorted list of dates (YYYY-MM-DD) with a date picker to add one and a button to remove
// the selected ones.
class DateListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DateListEditor(QWidget* parent = nullptr);

    void setDates(const QJsonArray& dates);
    QJsonArray dates() const; // sorted, each once
    void setReadOnly(bool readOnly);
    QListWidget* list() const { return m_list; }
    QDateEdit* picker() const { return m_picker; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addDate(const QString& date);

    QListWidget* m_list;
    QDateEdit* m_picker;
    QPushButton* m_add;
    QPushButton* m_remove;
};

// An editable combo box of every IANA time zone the system knows (QTimeZone ids), with
// completion; the system's zone selected.
QComboBox* makeTimeZoneBox(QWidget* parent);
// Selects `zone` (adds it when the system does not know it, so it is never lost).
void selectTimeZone(QComboBox* box, const QString& zone);

// The day name of a protocol day (1 Monday … 7 Sunday) in the user's language.
QString dayName(int day);

} // namespace helpdesk::client
