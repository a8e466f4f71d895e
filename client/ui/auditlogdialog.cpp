// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogdialog.h"

#include "adminerrors.h"
#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

constexpr int kNamesLimit = 500;
enum Column { WhenColumn, WhoColumn, ActionColumn, ObjectColumn, AddressColumn, ChangesColumn };

const char* const kActions[]
    = { "auth.login", "auth.loginFailed", "auth.loginRefused", "auth.logout", "user.create",
          "user.update", "user.setPassword", "customer.create", "customer.update" };

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("\"\"") : value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << valueText(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return AuditLogDialog::detailsText(value.toObject());
    }
    return {};
}

} // namespace

AuditLogDialog::AuditLogDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setWindowTitle(tr("Audit log"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->addItem(tr("Anyone"), QVariant());
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("Any action"), QString());
    for (const char* action : kActions)
        m_action->addItem(actionText(QLatin1String(action)), QLatin1String(action));
    const auto timeEdit = [this](const char* name, const QDateTime& initial) {
        auto* edit = new QDateTimeEdit(initial, this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
        return edit;
    };
    const QDateTime now = QDateTime::currentDateTime();
    m_sinceSet = new QCheckBox(tr("&From:"), this);
    m_sinceSet->setObjectName(QStringLiteral("sinceSet"));
    m_since = timeEdit("since", now.addDays(-7));
    m_untilSet = new QCheckBox(tr("&To:"), this);
    m_untilSet->setObjectName(QStringLiteral("untilSet"));
    m_until = timeEdit("until", now);
    connect(m_sinceSet, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilSet, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    auto* apply = new QPushButton(tr("&Apply"), this);
    apply->setObjectName(QStringLiteral("applyButton"));
    connect(apply, &QPushButton::clicked, this, &AuditLogDialog::applyFilters);
    auto* filters = new QHBoxLayout;
    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto* actionLabel = new QLabel(tr("A&ction:"), this);
    actionLabel->setBuddy(m_action);
    for (QWidget* widget : std::initializer_list<QWidget*> { userLabel, m_user, actionLabel,
             m_action, m_sinceSet, m_since, m_untilSet, m_until, apply })
        filters->addWidget(widget);
    filters->addStretch(1);

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Action"), tr("Object"),
        tr("From address"), tr("Changes (old → new)") });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Long changes are cut to the window's width; the whole text is the cell's tool tip.
    m_table->horizontalHeader()->setSectionResizeMode(ChangesColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_newer = new QPushButton(tr("‹ &Newer"), this);
    m_newer->setObjectName(QStringLiteral("newerButton"));
    connect(m_newer, &QPushButton::clicked, this, &AuditLogDialog::newerPage);
    m_older = new QPushButton(tr("&Older ›"), this);
    m_older->setObjectName(QStringLiteral("olderButton"));
    connect(m_older, &QPushButton::clicked, this, &AuditLogDialog::olderPage);
    m_page = new QLabel(this);
    m_error = AdminErrors::createLabel(this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_newer);
    bottom->addWidget(m_page);
    bottom->addWidget(m_older);
    bottom->addWidget(m_error, 1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(1180, 640);
    loadNames();
    applyFilters();
}

void AuditLogDialog::setPageSize(int size)
{
    m_filter.limit = size;
}

void AuditLogDialog::loadNames()
{
    m_connection->listUsers(QJsonObject { { QStringLiteral("limit"), kNamesLimit } }, this,
        [this](const QVector<User>& users) {
            for (const User& user : users) {
                m_userNames.insert(user.id.value(), user.name);
                m_user->addItem(
                    QStringLiteral("%1 (%2)").arg(user.name, user.login), user.id.value());
            }
            fillTable();
        });
    m_connection->listCustomers(QJsonObject { { QStringLiteral("limit"), kNamesLimit } }, this,
        [this](const QVector<Customer>& customers) {
            for (const Customer& customer : customers)
                m_customerNames.insert(customer.id.value(), customer.name);
            fillTable();
        });
}

void AuditLogDialog::applyFilters()
{
    const QVariant user = m_user->currentData();
    m_filter.actorId = user.isValid() ? std::optional(UserId(user.toLongLong())) : std::nullopt;
    m_filter.action = m_action->currentData().toString();
    m_filter.since = m_sinceSet->isChecked() ? m_since->dateTime().toUTC() : QDateTime();
    m_filter.until = m_untilSet->isChecked() ? m_until->dateTime().toUTC() : QDateTime();
    m_pageStarts = { std::nullopt };
    load();
}

void AuditLogDialog::olderPage()
{
    if (m_entries.size() < m_filter.limit)
        return;
    m_pageStarts.append(m_entries.last().id);
    load();
}

void AuditLogDialog::newerPage()
{
    if (m_pageStarts.size() <= 1)
        return;
    m_pageStarts.removeLast();
    load();
}

void AuditLogDialog::load()
{
    AuditFilter filter = m_filter;
    filter.beforeId = m_pageStarts.last();
    m_error->hide();
    m_connection->call(
        QString(method::AuditList), filter.toJson(), this,
        [this](const QJsonValue& result) {
            const auto entries = auditEntriesFromJson(result);
            if (!entries) {
                AdminErrors::show(m_error, AdminErrors::text(localError(BadResponse)));
                return;
            }
            m_entries = *entries;
            fillTable();
            emit pageLoaded();
        },
        [this](const rpc::Error& error) { AdminErrors::show(m_error, AdminErrors::text(error)); });
}

QString AuditLogDialog::userName(std::optional<qint64> id) const
{
    if (!id)
        return QStringLiteral("—");
    return m_userNames.value(*id, QStringLiteral("#%1").arg(*id));
}

void AuditLogDialog::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const AuditEntry& entry : std::as_const(m_entries)) {
        QString object;
        if (entry.objectType == QLatin1String("user"))
            object = tr("User %1").arg(userName(entry.objectId));
        else if (entry.objectType == QLatin1String("customer") && entry.objectId)
            object = tr("Organisation %1")
                         .arg(m_customerNames.value(
                             *entry.objectId, QStringLiteral("#%1").arg(*entry.objectId)));
        const QString changes = detailsText(entry.details);
        QList<QStandardItem*> row;
        for (const QString& text : { locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                 userName(entry.actorId ? std::optional(entry.actorId->value()) : std::nullopt),
                 actionText(entry.action), object, entry.address, changes })
            row << new QStandardItem(text);
        row[ChangesColumn]->setToolTip(changes);
        row[WhenColumn]->setData(entry.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    for (int column = WhenColumn; column < ChangesColumn; ++column)
        m_table->resizeColumnToContents(column);
    m_page->setText(tr("Page %1").arg(m_pageStarts.size()));
    m_newer->setEnabled(m_pageStarts.size() > 1);
    m_older->setEnabled(m_entries.size() >= m_filter.limit);
}

QString AuditLogDialog::actionText(const QString& action)
{
    if (action == QLatin1String("auth.login"))
        return tr("Logged in");
    if (action == QLatin1String("auth.loginFailed"))
        return tr("Failed login");
    if (action == QLatin1String("auth.loginRefused"))
        return tr("Login refused (disabled)");
    if (action == QLatin1String("auth.logout"))
        return tr("Logged out");
    if (action == QLatin1String("user.create"))
        return tr("User created");
    if (action == QLatin1String("user.update"))
        return tr("User changed");
    if (action == QLatin1String("user.setPassword"))
        return tr("Password set");
    if (action == QLatin1String("customer.create"))
        return tr("Organisation created");
    if (action == QLatin1String("customer.update"))
        return tr("Organisation changed");
    return action;
}

QString AuditLogDialog::detailsText(const QJsonObject& details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (it.value().isObject() && change.contains(QLatin1String("old"))
            && change.contains(QLatin1String("new")))
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(it.key(), valueText(change.value(QLatin1String("old"))),
                             valueText(change.value(QLatin1String("new"))));
        else
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace helpdesk::client
