// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace helpdesk::client {

class Connection;

// Users and contacts. Administrators pick the staff or one organisation's contacts and may
// create, edit, disable/enable and reset passwords; an organisation's owner contact sees its
// own organisation's contacts and manages the technical and billing ones (as user.create and
// user.update allow). Disabling asks first: the user's live sessions end at once.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Connection* connection, QWidget* parent = nullptr);

    // Shows this organisation's contacts (administrators), or the staff when unset.
    void showOrganisation(std::optional<CustomerId> customer);
    QTableView* table() const { return m_table; }
    // The user on this row of the table as shown (after the filter).
    std::optional<User> userAt(int row) const;
    // Selects the row of this user; false when it is not shown.
    bool selectUser(UserId id);
    // Disables (after the confirmation) or enables the selected user.
    void toggleEnabled();

signals:
    void loaded();

private:
    bool isAdmin() const;
    bool canManage(const User& user) const;
    std::optional<User> selected() const;
    void loadOrganisations();
    void reload();
    void fillTable();
    void updateButtons();
    void createUser();
    void editUser();
    void resetPassword();
    void showError(const QString& text);

    Connection* m_connection;
    std::optional<CustomerId> m_customer; // shown organisation; none: staff
    QVector<User> m_users;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_filter;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_enable;
    QPushButton* m_reset = nullptr;
    QLabel* m_error;
};

} // namespace helpdesk::client
