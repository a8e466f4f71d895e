// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace helpdesk::client {

class Connection;

// Organisations (staff): a filterable list, a new one by name, and the chosen one's name,
// language, notes and services. Saving sends only what differs from the organisation as it
// was loaded, so that a colleague's change to another field meanwhile is kept.
class OrganisationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrganisationsDialog(Connection* connection, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // Loads this organisation into the form (as choosing it in the list does).
    void openOrganisation(CustomerId id);
    // customer.create with this name; the new one is then open.
    void createOrganisation(const QString& name);
    // customer.update with the form's changes.
    void save();
    std::optional<Customer> current() const { return m_loaded; }

signals:
    void listLoaded();
    void organisationLoaded();
    void saved();

private:
    void reload();
    void askNewName();
    void fill(const Customer& customer);
    Customer edited() const;
    void addServiceRow(const Service& service);
    void setFormEnabled(bool enabled);
    void showError(const QString& text);

    Connection* m_connection;
    std::optional<Customer> m_loaded;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_language;
    QPlainTextEdit* m_notes;
    QTableWidget* m_services;
    QPushButton* m_addService;
    QPushButton* m_removeService;
    QPushButton* m_save;
    QPushButton* m_contacts = nullptr;
    QLabel* m_error;
};

} // namespace helpdesk::client
