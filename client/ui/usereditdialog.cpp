// SPDX-License-Identifier: GPL-3.0-or-later
#include "usereditdialog.h"

#include "adminerrors.h"
#include "adminlabels.h"
#include "admintypes.h"
#include "connection.h"
#include "protocol/methods.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

UserEditDialog::UserEditDialog(
    Connection* connection, std::optional<CustomerId> customer, bool ownerAllowed, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_customer(customer)
{
    setWindowTitle(customer ? tr("New contact") : tr("New user"));
    build(ownerAllowed);
}

UserEditDialog::UserEditDialog(
    Connection* connection, const User& user, bool ownerAllowed, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_before(user)
    , m_customer(user.customerId)
{
    setWindowTitle(tr("Edit %1").arg(user.name));
    build(ownerAllowed);
    fill(user);
}

void UserEditDialog::build(bool ownerAllowed)
{
    auto* form = new QFormLayout;
    const auto edit = [this](const char* name, int maxLength) {
        auto* created = new QLineEdit(this);
        created->setObjectName(QLatin1String(name));
        created->setMaxLength(maxLength);
        return created;
    };
    if (!m_before) {
        m_login = edit("login", 64);
        form->addRow(tr("&Login:"), m_login);
    }
    m_name = edit("name", 200);
    form->addRow(tr("&Name:"), m_name);
    if (!m_before && !m_customer) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("role"));
        for (const Role role : { Role::Agent, Role::Lead, Role::Admin })
            m_role->addItem(AdminLabels::role(role), toString(role));
        form->addRow(tr("&Role:"), m_role);
    }
    if (m_customer) {
        m_contactRole = new QComboBox(this);
        m_contactRole->setObjectName(QStringLiteral("contactRole"));
        for (const ContactRole role : { ContactRole::Technical, ContactRole::Billing })
            m_contactRole->addItem(AdminLabels::contactRole(role), toString(role));
        if (ownerAllowed || (m_before && m_before->contactRole == ContactRole::Owner))
            m_contactRole->addItem(
                AdminLabels::contactRole(ContactRole::Owner), toString(ContactRole::Owner));
        form->addRow(tr("&Contact role:"), m_contactRole);
    }
    m_email = edit("email", 254);
    form->addRow(tr("&E-mail:"), m_email);
    m_phone = edit("phone", 40);
    form->addRow(tr("&Phone:"), m_phone);
    m_locale = edit("locale", 16);
    m_locale->setPlaceholderText(tr("e.g. hr or pt_BR; empty: not set"));
    form->addRow(tr("L&anguage:"), m_locale);
    if (!m_before) {
        m_password = edit("password", 1024);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = edit("repeatPassword", 1024);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Re&peat password:"), m_repeat);
    }
    m_error = AdminErrors::createLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void UserEditDialog::fill(const User& user)
{
    m_name->setText(user.name);
    m_email->setText(user.email);
    m_phone->setText(user.phone);
    m_locale->setText(user.locale);
    if (m_contactRole && user.contactRole)
        m_contactRole->setCurrentIndex(m_contactRole->findData(toString(*user.contactRole)));
}

User UserEditDialog::edited() const
{
    User user = m_before.value_or(User {});
    user.name = m_name->text();
    user.email = m_email->text();
    user.phone = m_phone->text();
    user.locale = m_locale->text();
    if (m_contactRole)
        user.contactRole = contactRoleFromString(m_contactRole->currentData().toString());
    return user;
}

void UserEditDialog::accept()
{
    m_error->hide();
    if (m_before)
        update();
    else
        create();
}

void UserEditDialog::create()
{
    if (m_password->text() != m_repeat->text())
        return fail(tr("The two passwords differ."));
    const User user = edited();
    QJsonObject params { { QStringLiteral("login"), m_login->text().trimmed() },
        { QStringLiteral("name"), user.name.trimmed() },
        { QStringLiteral("password"), m_password->text() } };
    if (m_customer) {
        params.insert(QStringLiteral("role"), toString(Role::Customer));
        params.insert(QStringLiteral("customerId"), m_customer->value());
        params.insert(QStringLiteral("contactRole"), toString(*user.contactRole));
    } else {
        params.insert(QStringLiteral("role"), m_role->currentData().toString());
    }
    for (const auto& [key, value] : { std::pair { "email", user.email },
             std::pair { "phone", user.phone }, std::pair { "locale", user.locale } }) {
        if (!value.trimmed().isEmpty())
            params.insert(QLatin1String(key), value.trimmed());
    }
    m_buttons->setEnabled(false);
    m_connection->call(
        QString(method::UserCreate), params, this,
        [this](const QJsonValue& result) { finish(result); },
        [this](const rpc::Error& error) { fail(AdminErrors::text(error)); });
}

void UserEditDialog::update()
{
    QJsonObject params = userChanges(*m_before, edited());
    if (params.isEmpty()) {
        m_result = m_before;
        QDialog::accept();
        return;
    }
    params.insert(QStringLiteral("id"), m_before->id.value());
    m_buttons->setEnabled(false);
    m_connection->call(
        QString(method::UserUpdate), params, this,
        [this](const QJsonValue& result) { finish(result); },
        [this](const rpc::Error& error) { fail(AdminErrors::text(error)); });
}

void UserEditDialog::finish(const QJsonValue& result)
{
    m_buttons->setEnabled(true);
    m_result = User::fromJson(result.toObject());
    QDialog::accept();
}

void UserEditDialog::fail(const QString& text)
{
    m_buttons->setEnabled(true);
    AdminErrors::show(m_error, text);
}

} // namespace helpdesk::client
