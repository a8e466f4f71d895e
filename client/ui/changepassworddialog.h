// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace helpdesk::client {

class Connection;

// user.setPassword: one's own password (the current one, the new one twice), or, for an
// administrator, a new password for another user (no current one; that user's sessions end).
// Closes with Accepted once the server has taken it; otherwise says why and stays open.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // The caller's own password.
    explicit ChangePasswordDialog(Connection* connection, QWidget* parent = nullptr);
    // An administrator's reset of another user's password.
    ChangePasswordDialog(Connection* connection, const User& target, QWidget* parent = nullptr);

    void accept() override;

private:
    void build();
    void showError(const QString& text);
    void setBusy(bool busy);

    Connection* m_connection;
    std::optional<User> m_target;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace helpdesk::client
