// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include "adminerrors.h"
#include "adminlabels.h"
#include "changepassworddialog.h"
#include "connection.h"
#include "protocol/methods.h"
#include "usereditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kListLimit = 500;
constexpr int kIndexRole = Qt::UserRole + 1; // the row's index in m_users
} // namespace

UsersDialog::UsersDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    const auto me = m_connection->currentUser();
    setWindowTitle(isAdmin() ? tr("Users and contacts") : tr("Contacts of your organisation"));
    auto* top = new QHBoxLayout;
    if (isAdmin()) {
        m_scope = new QComboBox(this);
        m_scope->setObjectName(QStringLiteral("scope"));
        m_scope->addItem(tr("Staff"), QVariant());
        auto* label = new QLabel(tr("&Show:"), this);
        label->setBuddy(m_scope);
        top->addWidget(label);
        top->addWidget(m_scope, 1);
        connect(m_scope, &QComboBox::activated, this, [this] {
            const QVariant id = m_scope->currentData();
            m_customer = id.isValid() ? std::optional(CustomerId(id.toLongLong())) : std::nullopt;
            reload();
        });
    } else if (me) {
        m_customer = me->customerId;
    }
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, login, e-mail or phone"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 2);

    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Login"), tr("Role"), tr("E-mail"),
        tr("Phone"), tr("Language"), tr("State") });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersDialog::editUser);

    const auto button = [this](const char* name, const QString& text, auto slot) {
        auto* created = new QPushButton(text, this);
        created->setObjectName(QLatin1String(name));
        created->setAutoDefault(false);
        connect(created, &QPushButton::clicked, this, slot);
        return created;
    };
    m_new = button("newButton", tr("&New…"), &UsersDialog::createUser);
    m_edit = button("editButton", tr("&Edit…"), &UsersDialog::editUser);
    m_enable = button("enableButton", tr("&Disable…"), &UsersDialog::toggleEnabled);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_enable);
    if (isAdmin()) {
        m_reset = button("resetButton", tr("&Reset password…"), &UsersDialog::resetPassword);
        buttons->addWidget(m_reset);
    }
    buttons->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);

    m_error = AdminErrors::createLabel(this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(980, 560);
    updateButtons();
    if (isAdmin())
        loadOrganisations();
    reload();
}

bool UsersDialog::isAdmin() const
{
    const auto me = m_connection->currentUser();
    return me && me->role == Role::Admin;
}

bool UsersDialog::canManage(const User& user) const
{
    if (isAdmin())
        return true;
    const auto me = m_connection->currentUser();
    return me && me->contactRole == ContactRole::Owner && user.id != me->id
        && user.customerId == me->customerId && user.contactRole != ContactRole::Owner;
}

void UsersDialog::showOrganisation(std::optional<CustomerId> customer)
{
    m_customer = customer;
    if (m_scope) {
        const int index = customer ? m_scope->findData(customer->value()) : 0;
        if (index >= 0)
            m_scope->setCurrentIndex(index);
    }
    reload();
}

void UsersDialog::loadOrganisations()
{
    m_connection->listCustomers(
        QJsonObject { { QStringLiteral("limit"), kListLimit } }, this,
        [this](const QVector<Customer>& customers) {
            for (const Customer& customer : customers)
                m_scope->addItem(tr("Contacts of %1").arg(customer.name), customer.id.value());
            if (m_customer)
                m_scope->setCurrentIndex(qMax(0, m_scope->findData(m_customer->value())));
        },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void UsersDialog::reload()
{
    QJsonObject params { { QStringLiteral("limit"), kListLimit } };
    if (m_customer)
        params.insert(QStringLiteral("customerId"), m_customer->value());
    else
        params.insert(QStringLiteral("staff"), true);
    m_connection->listUsers(
        params, this,
        [this](const QVector<User>& users) {
            m_users = users;
            fillTable();
            emit loaded();
        },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void UsersDialog::fillTable()
{
    const auto current = selected();
    m_model->removeRows(0, m_model->rowCount());
    for (int index = 0; index < m_users.size(); ++index) {
        const User& user = m_users[index];
        const QString role = user.contactRole ? AdminLabels::contactRole(*user.contactRole)
                                              : AdminLabels::role(user.role);
        QList<QStandardItem*> row;
        for (const QString& text : { user.name, user.login, role, user.email, user.phone,
                 user.locale, user.enabled ? tr("Enabled") : tr("Disabled") })
            row << new QStandardItem(text);
        row.first()->setData(index, kIndexRole);
        if (!user.enabled) {
            for (QStandardItem* item : row)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    if (current)
        selectUser(current->id);
    updateButtons();
}

std::optional<User> UsersDialog::userAt(int row) const
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return std::nullopt;
    const int position = index.data(kIndexRole).toInt();
    if (position < 0 || position >= m_users.size())
        return std::nullopt;
    return m_users[position];
}

std::optional<User> UsersDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : userAt(rows.first().row());
}

bool UsersDialog::selectUser(UserId id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (const auto user = userAt(row); user && user->id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void UsersDialog::updateButtons()
{
    const auto user = selected();
    const bool manageable = user && canManage(*user);
    const auto me = m_connection->currentUser();
    m_new->setEnabled(isAdmin() || (me && me->contactRole == ContactRole::Owner));
    m_edit->setEnabled(manageable);
    m_enable->setEnabled(manageable && !(me && user->id == me->id));
    m_enable->setText(user && !user->enabled ? tr("&Enable") : tr("&Disable…"));
    if (m_reset)
        m_reset->setEnabled(user && !(me && user->id == me->id)); // own: File → Change password
}

void UsersDialog::createUser()
{
    UserEditDialog dialog(m_connection, m_customer, isAdmin(), this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto created = dialog.result())
            connect(
                this, &UsersDialog::loaded, this, [this, id = created->id] { selectUser(id); },
                Qt::SingleShotConnection);
        reload();
    }
}

void UsersDialog::editUser()
{
    const auto user = selected();
    if (!user || !canManage(*user))
        return;
    UserEditDialog dialog(m_connection, *user, isAdmin(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::toggleEnabled()
{
    const auto user = selected();
    if (!user || !canManage(*user))
        return;
    const bool enable = !user->enabled;
    if (!enable
        && QMessageBox::question(this, tr("Disable %1").arg(user->name),
               tr("Disable %1? They are logged out at once on every computer and cannot log in "
                  "until enabled again.")
                   .arg(user->name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    m_error->hide();
    m_connection->call(
        QString(method::UserUpdate),
        QJsonObject {
            { QStringLiteral("id"), user->id.value() }, { QStringLiteral("enabled"), enable } },
        this, [this](const QJsonValue&) { reload(); },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void UsersDialog::resetPassword()
{
    if (const auto user = selected()) {
        ChangePasswordDialog dialog(m_connection, *user, this);
        dialog.exec();
    }
}

void UsersDialog::showError(const QString& text)
{
    AdminErrors::show(m_error, text);
}

} // namespace helpdesk::client
