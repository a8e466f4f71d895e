// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Administration → Request types (admins; leads for the queues they lead): the types
// customers choose from in the new-ticket form, and each one's own questions (issue 11).
// Saving sends the version the form was loaded at: a colleague's save meanwhile is reported,
// never overwritten.

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace helpdesk::client {

class Connection;

class RequestTypesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequestTypesDialog(Connection* connection, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // requestType.save with the form (a new type when none is open).
    void save();

signals:
    void listLoaded();
    void saved();

private:
    void reload();
    void openType(int row);
    void startNew();
    void archive();
    void addFieldRow(const QJsonObject& field);
    QJsonObject edited() const;
    void showError(const QString& text);

    Connection* m_connection;
    QJsonArray m_types;
    QJsonObject m_loaded; // the open type as loaded; empty for a new one
    QListWidget* m_list;
    QLineEdit* m_key;
    QLineEdit* m_name;
    QComboBox* m_queue;
    QCheckBox* m_sensitive;
    QSpinBox* m_position;
    QTableWidget* m_fields;
    QPushButton* m_archive;
    QLabel* m_error;
};

} // namespace helpdesk::client
