// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Leads and admins: the SLA policies (slaPolicy.list/save): which queue and priority each
// covers, its calendar and its targets in business minutes. Pick a row to edit it, or New.

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;
class DirectoryCache;

class SlaPoliciesDialog : public QDialog
{
    Q_OBJECT

public:
    SlaPoliciesDialog(Connection* connection, DirectoryCache* directory, QWidget* parent = nullptr);

    // Reloads policies and calendars from the server.
    void reload();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void loaded();
    void saved(qint64 policyId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void edit(int row);
    void save();
    QString queueText(const QJsonValue& queue) const;

    QPointer<Connection> m_connection;
    QPointer<DirectoryCache> m_directory;
    QJsonArray m_policies;
    QJsonArray m_calendars;
    qint64 m_editing = 0; // 0: a new policy
    QTableWidget* m_table;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_queueLabel;
    QComboBox* m_queue;
    QLabel* m_priorityLabel;
    QComboBox* m_priority;
    QLabel* m_calendarLabel;
    QComboBox* m_calendar;
    QLabel* m_firstLabel;
    QSpinBox* m_first;
    QLabel* m_nextLabel;
    QSpinBox* m_next;
    QLabel* m_resolutionLabel;
    QSpinBox* m_resolution;
    QLabel* m_warningLabel;
    QSpinBox* m_warning;
    QLabel* m_error;
    QPushButton* m_new;
    QPushButton* m_save;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
