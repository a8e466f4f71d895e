// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Leads and admins: each queue's on-call rota (rota.list/save): who is on call when — weekly
// hours and whole dates in a time zone per shift. While someone's shift covers the moment
// they receive the queue's escalation alerts. The rota is saved whole with the version it was
// read at: when a colleague saved it meanwhile, the dialog shows their rota instead of
// overwriting it.

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;
class DateListEditor;
class DirectoryCache;
class WeeklyHoursEditor;

class RotaDialog : public QDialog
{
    Q_OBJECT

public:
    RotaDialog(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    // Loads the rota of the queue chosen.
    void reload();
    void selectQueue(qint64 queueId);
    QJsonArray shifts() const { return m_shifts; }
    // The queue whose rota is shown (0 before the first answer).
    qint64 loadedQueue() const { return m_loadedQueue; }

    QComboBox* queueBox() const { return m_queue; }
    QListWidget* shiftList() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QComboBox* personBox() const { return m_person; }
    QComboBox* timeZoneBox() const { return m_zone; }
    WeeklyHoursEditor* hoursEditor() const { return m_hours; }
    DateListEditor* datesEditor() const { return m_dates; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillQueues();
    void fillPeople();
    void showRota(const QJsonObject& rota);
    void fillList();
    void showShift(int row);
    // Writes the editors into the current shift.
    void takeEdits();
    QString summary(const QJsonObject& shift) const;
    void save();

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QJsonArray m_shifts;
    qint64 m_version = 0;
    qint64 m_loadedQueue = 0;
    int m_generation = 0; // answers of an earlier rota.list are dropped
    int m_current = -1;
    bool m_showing = false; // filling the editors: their signals are not edits
    QLabel* m_queueLabel;
    QComboBox* m_queue;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QLabel* m_zoneLabel;
    QComboBox* m_zone;
    QLabel* m_hoursLabel;
    WeeklyHoursEditor* m_hours;
    QLabel* m_datesLabel;
    DateListEditor* m_dates;
    QLabel* m_message;
    QPushButton* m_save;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
