// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace helpdesk::client {

class Connection;

// Creates a user (user.create) or edits one (user.update). An edit sends only the fields the
// form changed against the user as it was loaded, so that a colleague's change to another
// field meanwhile is kept. Closes with Accepted once the server has stored it.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A new staff user (customer unset; administrators) or a new contact of an organisation.
    // ownerAllowed: the contact-role list offers "owner" (administrators only).
    UserEditDialog(Connection* connection, std::optional<CustomerId> customer, bool ownerAllowed,
        QWidget* parent = nullptr);
    // Edits this user.
    UserEditDialog(
        Connection* connection, const User& user, bool ownerAllowed, QWidget* parent = nullptr);

    // The user as the server stored it, after Accepted.
    std::optional<User> result() const { return m_result; }

    void accept() override;

private:
    void build(bool ownerAllowed);
    void fill(const User& user);
    User edited() const;
    void create();
    void update();
    void finish(const QJsonValue& result);
    void fail(const QString& text);

    Connection* m_connection;
    std::optional<User> m_before; // edit mode
    std::optional<CustomerId> m_customer;
    std::optional<User> m_result;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_name;
    QComboBox* m_contactRole = nullptr;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_locale;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
