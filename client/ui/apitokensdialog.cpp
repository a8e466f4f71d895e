// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitokensdialog.h"

#include "adminerrors.h"
#include "connection.h"
#include "protocol/methods.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

enum Column { NameColumn, ScopesColumn, CreatedColumn, LastUsedColumn, StateColumn, Columns };

QString timeText(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("—");
}

} // namespace

ApiTokensDialog::ApiTokensDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, Columns, this))
    , m_showRevoked(new QCheckBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_alertsScope(new QCheckBox(this))
    , m_create(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_secretNote(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_error(AdminErrors::createLabel(this))
{
    setObjectName(QStringLiteral("apiTokensDialog"));
    m_table->setObjectName(QStringLiteral("tokens"));
    m_showRevoked->setObjectName(QStringLiteral("showRevoked"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_alertsScope->setObjectName(QStringLiteral("scopeAlerts"));
    m_alertsScope->setChecked(true);
    m_create->setObjectName(QStringLiteral("create"));
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setTextFormat(Qt::PlainText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_showRevoked);
    listButtons->addStretch();
    listButtons->addWidget(m_revoke);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_alertsScope);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addLayout(createRow);
    layout->addWidget(m_secretNote);
    layout->addLayout(secretRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_secretNote->hide();
    m_secret->hide();
    m_copy->hide();

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showRevoked, &QCheckBox::toggled, this, &ApiTokensDialog::reload);
    connect(m_create, &QPushButton::clicked, this, &ApiTokensDialog::create);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensDialog::revokeSelected);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(m_name, &QLineEdit::textChanged, this, &ApiTokensDialog::updateButtons);
    connect(m_alertsScope, &QCheckBox::toggled, this, &ApiTokensDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApiTokensDialog::updateButtons);
    resize(720, 480);
    retranslate();
    updateButtons();
    reload();
}

QString ApiTokensDialog::shownSecret() const
{
    return m_secret->isHidden() ? QString() : m_secret->text();
}

void ApiTokensDialog::reload()
{
    m_connection->call(QString(method::ApiTokenList),
        QJsonObject { { QStringLiteral("includeRevoked"), m_showRevoked->isChecked() } }, this,
        [this](const QJsonValue& result) {
            m_tokens = result.toObject().value(QLatin1String("items")).toArray();
            fillTable();
            emit listLoaded();
        },
        [this](const rpc::Error& error) { AdminErrors::show(m_error, AdminErrors::text(error)); });
}

void ApiTokensDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !m_alertsScope->isChecked())
        return;
    m_error->hide();
    m_create->setEnabled(false);
    m_connection->call(QString(method::ApiTokenCreate),
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("scopes"), QJsonArray { QStringLiteral("alerts") } } },
        this,
        [this](const QJsonValue& result) {
            // Shown this once: the server keeps only its hash.
            m_secret->setText(result.toObject().value(QLatin1String("token")).toString());
            m_secretNote->show();
            m_secret->show();
            m_copy->show();
            m_name->clear();
            updateButtons();
            reload();
            emit tokenCreated();
        },
        [this](const rpc::Error& error) {
            AdminErrors::show(m_error, AdminErrors::text(error));
            updateButtons();
        });
}

void ApiTokensDialog::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QJsonObject token = m_tokens.at(rows.first().row()).toObject();
    if (!token.value(QLatin1String("revokedAt")).isNull())
        return;
    const QString name = token.value(QLatin1String("name")).toString();
    if (QMessageBox::question(this, tr("Revoke API token"),
            tr("Revoke the token \"%1\"? Whatever uses it stops working at once.").arg(name))
        != QMessageBox::Yes)
        return;
    m_connection->call(QString(method::ApiTokenRevoke),
        QJsonObject { { QStringLiteral("id"), token.value(QLatin1String("id")) } }, this,
        [this](const QJsonValue&) {
            reload();
            emit tokenRevoked();
        },
        [this](const rpc::Error& error) { AdminErrors::show(m_error, AdminErrors::text(error)); });
}

void ApiTokensDialog::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const QJsonValue& value : std::as_const(m_tokens)) {
        const QJsonObject token = value.toObject();
        QStringList scopes;
        for (const QJsonValue& scope : token.value(QLatin1String("scopes")).toArray())
            scopes << scope.toString();
        const bool revoked = !token.value(QLatin1String("revokedAt")).isNull();
        QList<QStandardItem*> row {
            new QStandardItem(token.value(QLatin1String("name")).toString()),
            new QStandardItem(scopes.join(QStringLiteral(", "))),
            new QStandardItem(timeText(token.value(QLatin1String("createdAt")))),
            new QStandardItem(timeText(token.value(QLatin1String("lastUsedAt")))),
            new QStandardItem(revoked
                    ? tr("Revoked %1").arg(timeText(token.value(QLatin1String("revokedAt"))))
                    : tr("Active")),
        };
        m_model->appendRow(row);
    }
    updateButtons();
}

void ApiTokensDialog::updateButtons()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty() && m_alertsScope->isChecked());
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_revoke->setEnabled(!rows.isEmpty() && rows.first().row() < m_tokens.size()
        && m_tokens.at(rows.first().row()).toObject().value(QLatin1String("revokedAt")).isNull());
}

void ApiTokensDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTable();
    }
    QDialog::changeEvent(event);
}

void ApiTokensDialog::retranslate()
{
    setWindowTitle(tr("API tokens"));
    m_model->setHorizontalHeaderLabels(
        { tr("Name"), tr("Scopes"), tr("Created"), tr("Last used"), tr("State") });
    m_showRevoked->setText(tr("Show revoked tokens"));
    m_nameLabel->setText(tr("New token's name:"));
    m_name->setPlaceholderText(tr("e.g. Prometheus"));
    m_alertsScope->setText(tr("May report monitoring alerts (scope: alerts)"));
    m_create->setText(tr("Create token"));
    m_revoke->setText(tr("Revoke…"));
    m_secretNote->setText(tr("Copy this token now and store it in the monitoring system: it "
                             "will not be shown again."));
    m_copy->setText(tr("Copy"));
}

} // namespace helpdesk::client
