// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationsdialog.h"

#include "adminerrors.h"
#include "adminlabels.h"
#include "admintypes.h"
#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"
#include "usersdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kListLimit = 500;
enum ServiceColumn { KindColumn, NameColumn, DetailsColumn };
} // namespace

OrganisationsDialog::OrganisationsDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setWindowTitle(tr("Organisations"));
    auto* left = new QWidget(this);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganisationsDialog::reload);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("organisations"));
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            openOrganisation(CustomerId(item->data(Qt::UserRole).toLongLong()));
    });
    auto* create = new QPushButton(tr("&New organisation…"), left);
    create->setObjectName(QStringLiteral("newButton"));
    create->setAutoDefault(false);
    connect(create, &QPushButton::clicked, this, &OrganisationsDialog::askNewName);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(create);

    auto* right = new QWidget(this);
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_language = new QLineEdit(right);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setPlaceholderText(tr("e.g. hr or de_AT; empty: not set"));
    m_notes = new QPlainTextEdit(right);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_services = new QTableWidget(0, 3, right);
    m_services->setObjectName(QStringLiteral("services"));
    m_services->setHorizontalHeaderLabels({ tr("Kind"), tr("Name"), tr("Details") });
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->verticalHeader()->hide();
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addService = new QPushButton(tr("&Add service"), right);
    m_addService->setObjectName(QStringLiteral("addService"));
    connect(m_addService, &QPushButton::clicked, this, [this] {
        addServiceRow(Service { 0, QStringLiteral("hosting"), {}, {} });
        m_services->setCurrentCell(m_services->rowCount() - 1, NameColumn);
        m_services->editItem(m_services->item(m_services->rowCount() - 1, NameColumn));
    });
    m_removeService = new QPushButton(tr("Re&move service"), right);
    m_removeService->setObjectName(QStringLiteral("removeService"));
    connect(m_removeService, &QPushButton::clicked, this, [this] {
        if (m_services->currentRow() >= 0)
            m_services->removeRow(m_services->currentRow());
    });
    for (QPushButton* button : { m_addService, m_removeService })
        button->setAutoDefault(false);
    auto* serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(m_addService);
    serviceButtons->addWidget(m_removeService);
    serviceButtons->addStretch(1);
    const auto me = m_connection->currentUser();
    if (me && me->role == Role::Admin) {
        m_contacts = new QPushButton(tr("&Contacts…"), right);
        m_contacts->setObjectName(QStringLiteral("contactsButton"));
        m_contacts->setAutoDefault(false);
        connect(m_contacts, &QPushButton::clicked, this, [this] {
            if (!m_loaded)
                return;
            UsersDialog contacts(m_connection, this);
            contacts.showOrganisation(m_loaded->id);
            contacts.exec();
        });
        serviceButtons->addWidget(m_contacts);
    }
    m_save = new QPushButton(tr("&Save"), right);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &OrganisationsDialog::save);
    serviceButtons->addWidget(m_save);
    auto* form = new QFormLayout(right);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("N&otes (staff only):"), m_notes);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(serviceButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    m_error = AdminErrors::createLabel(this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(980, 600);
    setFormEnabled(false);
    reload();
}

void OrganisationsDialog::reload()
{
    QJsonObject params { { QStringLiteral("limit"), kListLimit } };
    if (!m_filter->text().trimmed().isEmpty())
        params.insert(QStringLiteral("query"), m_filter->text().trimmed());
    m_connection->listCustomers(
        params, this,
        [this](const QVector<Customer>& customers) {
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            for (const Customer& customer : customers) {
                auto* item = new QListWidgetItem(customer.name, m_list);
                item->setData(Qt::UserRole, customer.id.value());
                if (m_loaded && m_loaded->id == customer.id)
                    m_list->setCurrentItem(item);
            }
            // Something to read at once: the first organisation, when none is open yet.
            if (!m_loaded && m_list->count() > 0) {
                m_list->setCurrentRow(0);
                openOrganisation(CustomerId(m_list->item(0)->data(Qt::UserRole).toLongLong()));
            }
            emit listLoaded();
        },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void OrganisationsDialog::openOrganisation(CustomerId id)
{
    m_error->hide();
    m_connection->call(
        QString(method::CustomerGet),
        QJsonObject { { QStringLiteral("id"), id.value() }, { QStringLiteral("ticketLimit"), 0 } },
        this,
        [this](const QJsonValue& result) {
            const auto customer
                = Customer::fromJson(result.toObject().value(QLatin1String("customer")).toObject());
            if (!customer)
                return showError(AdminErrors::text(localError(BadResponse)));
            fill(*customer);
            emit organisationLoaded();
        },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void OrganisationsDialog::askNewName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New organisation"), tr("Name of the organisation:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        createOrganisation(name);
}

void OrganisationsDialog::createOrganisation(const QString& name)
{
    m_connection->createCustomer(
        name.trimmed(), this,
        [this](const Customer& customer) {
            m_loaded = customer;
            m_filter->clear(); // reloads the list, selecting the new one
            reload();
            openOrganisation(customer.id);
        },
        [this](const rpc::Error& error) { showError(AdminErrors::text(error)); });
}

void OrganisationsDialog::fill(const Customer& customer)
{
    m_loaded = customer;
    m_name->setText(customer.name);
    m_language->setText(customer.language);
    m_notes->setPlainText(customer.notes);
    m_services->setRowCount(0);
    for (const Service& service : customer.services.value_or(QVector<Service> {}))
        addServiceRow(service);
    m_services->resizeColumnToContents(KindColumn);
    m_services->resizeColumnToContents(NameColumn);
    setFormEnabled(true);
}

void OrganisationsDialog::addServiceRow(const Service& service)
{
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    auto* kind = new QComboBox(m_services);
    for (const QString& name : AdminLabels::serviceKinds())
        kind->addItem(AdminLabels::serviceKind(name), name);
    kind->setCurrentIndex(qMax(0, kind->findData(service.kind)));
    m_services->setCellWidget(row, KindColumn, kind);
    m_services->setItem(row, NameColumn, new QTableWidgetItem(service.name));
    m_services->setItem(row, DetailsColumn, new QTableWidgetItem(service.details));
}

Customer OrganisationsDialog::edited() const
{
    Customer customer = *m_loaded;
    customer.name = m_name->text();
    customer.language = m_language->text();
    customer.notes = m_notes->toPlainText();
    QVector<Service> services;
    for (int row = 0; row < m_services->rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(m_services->cellWidget(row, KindColumn));
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_services->item(row, column);
            return item ? item->text() : QString();
        };
        services.append(
            Service { 0, kind->currentData().toString(), text(NameColumn), text(DetailsColumn) });
    }
    customer.services = services;
    return customer;
}

void OrganisationsDialog::save()
{
    if (!m_loaded)
        return;
    QJsonObject params = customerChanges(*m_loaded, edited());
    if (params.isEmpty())
        return;
    params.insert(QStringLiteral("id"), m_loaded->id.value());
    m_error->hide();
    m_save->setEnabled(false);
    m_connection->call(
        QString(method::CustomerUpdate), params, this,
        [this](const QJsonValue& result) {
            m_save->setEnabled(true);
            if (const auto customer = Customer::fromJson(result.toObject())) {
                fill(*customer);
                if (QListWidgetItem* item = m_list->currentItem())
                    item->setText(customer->name);
            }
            emit saved();
        },
        [this](const rpc::Error& error) {
            m_save->setEnabled(true);
            showError(AdminErrors::text(error));
        });
}

void OrganisationsDialog::setFormEnabled(bool enabled)
{
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_name, m_language, m_notes, m_services, m_addService, m_removeService, m_save })
        widget->setEnabled(enabled);
    if (m_contacts)
        m_contacts->setEnabled(enabled);
}

void OrganisationsDialog::showError(const QString& text)
{
    AdminErrors::show(m_error, text);
}

} // namespace helpdesk::client
