// SPDX-License-Identifier: GPL-3.0-or-later
#include "changepassworddialog.h"

#include "adminerrors.h"
#include "connection.h"
#include "protocol/methods.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kMinPasswordChars = 8;
} // namespace

ChangePasswordDialog::ChangePasswordDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    build();
}

ChangePasswordDialog::ChangePasswordDialog(
    Connection* connection, const User& target, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_target(target)
{
    build();
}

void ChangePasswordDialog::build()
{
    setWindowTitle(
        m_target ? tr("Reset password of %1").arg(m_target->name) : tr("Change password"));
    auto* form = new QFormLayout;
    const auto passwordEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
        return edit;
    };
    if (!m_target) {
        m_old = passwordEdit("oldPassword");
        form->addRow(tr("&Current password:"), m_old);
    }
    m_new = passwordEdit("newPassword");
    m_repeat = passwordEdit("repeatPassword");
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto* hint = new QLabel(m_target
            ? tr("%1 is logged out everywhere at once and logs in with the new password.")
                  .arg(m_target->name)
            : tr("At least 8 characters. Your other computers must log in again."),
        this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    m_error = AdminErrors::createLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    if (m_old && m_old->text().isEmpty())
        return showError(tr("Enter your current password."));
    if (m_new->text().size() < kMinPasswordChars)
        return showError(tr("A password must have 8 to 1024 characters."));
    if (m_new->text() != m_repeat->text())
        return showError(tr("The two new passwords differ."));
    QJsonObject params { { QStringLiteral("password"), m_new->text() } };
    if (m_old)
        params.insert(QStringLiteral("oldPassword"), m_old->text());
    if (m_target)
        params.insert(QStringLiteral("id"), m_target->id.value());
    setBusy(true);
    m_connection->call(
        QString(method::UserSetPassword), params, this,
        [this](const QJsonValue&) {
            setBusy(false);
            QDialog::accept();
        },
        [this](const rpc::Error& error) {
            setBusy(false);
            showError(AdminErrors::text(error));
            if (m_old && AdminErrors::field(error) == QLatin1String("oldPassword"))
                m_old->setFocus();
        });
}

void ChangePasswordDialog::showError(const QString& text)
{
    AdminErrors::show(m_error, text);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_error->hide();
}

} // namespace helpdesk::client
