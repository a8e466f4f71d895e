// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttypesdialog.h"

#include "connection.h"
#include "errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

enum FieldColumn { KeyColumn, KindColumn, RequiredColumn, LabelColumn, ChoicesColumn };

const QStringList kKinds { QStringLiteral("text"), QStringLiteral("date"),
    QStringLiteral("choice"), QStringLiteral("service") };

// `texts` with its English text replaced: the other languages stay as they were.
QJsonObject withEnglish(QJsonObject texts, const QString& english)
{
    texts.insert(QStringLiteral("en"), english);
    return texts;
}

} // namespace

RequestTypesDialog::RequestTypesDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("requestTypesDialog"));
    setWindowTitle(tr("Request types"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("requestTypes"));
    auto* create = new QPushButton(tr("&New type"), this);
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archiveType"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("typeKey"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("typeName"));
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("typeQueue"));
    m_sensitive = new QCheckBox(tr("Sensitive: the organisation's owner must approve requests "
                                   "filed by other contacts"), this);
    m_sensitive->setObjectName(QStringLiteral("typeSensitive"));
    m_position = new QSpinBox(this);
    m_position->setRange(0, 9999);
    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("typeFields"));
    m_fields->setHorizontalHeaderLabels({ tr("Key"), tr("Kind"), tr("Required"),
        tr("Label (English)"), tr("Choices (comma-separated)") });
    m_fields->horizontalHeader()->setStretchLastSection(true);
    auto* addField = new QPushButton(tr("&Add field"), this);
    auto* removeField = new QPushButton(tr("&Remove field"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("typeError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name (English):"), m_name);
    form->addRow(tr("&Queue:"), m_queue);
    form->addRow(m_sensitive);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(new QLabel(tr("Every type also asks what is affected, since when, the exact "
                               "error message and what was already tried. Its own fields:"),
        this));
    form->addRow(m_fields);
    auto* fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();
    form->addRow(fieldButtons);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(create);
    left->addWidget(m_archive);
    auto* right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_error);
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 2);

    m_queue->addItem(tr("(no queue)"));
    m_connection->call(QStringLiteral("queue.list"), {}, this, [this](const QJsonValue& result) {
        for (const QJsonValue& value : result.toObject().value(QLatin1String("items")).toArray()) {
            const QJsonObject queue = value.toObject();
            if (!queue.value(QLatin1String("archived")).toBool())
                m_queue->addItem(queue.value(QLatin1String("name")).toString(),
                    queue.value(QLatin1String("id")).toInteger());
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RequestTypesDialog::openType);
    connect(create, &QPushButton::clicked, this, &RequestTypesDialog::startNew);
    connect(m_archive, &QPushButton::clicked, this, &RequestTypesDialog::archive);
    connect(addField, &QPushButton::clicked, this, [this] { addFieldRow({}); });
    connect(removeField, &QPushButton::clicked, this,
        [this] { m_fields->removeRow(m_fields->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestTypesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 520);
    startNew();
    reload();
}

void RequestTypesDialog::reload()
{
    m_connection->call(QStringLiteral("requestType.list"),
        QJsonObject { { QStringLiteral("includeArchived"), true } }, this,
        [this](const QJsonValue& result) {
            const qint64 shown = m_loaded.value(QLatin1String("id")).toInteger();
            m_types = result.toObject().value(QLatin1String("items")).toArray();
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            int row = -1;
            for (const QJsonValue& value : m_types) {
                const QJsonObject type = value.toObject();
                QString text = type.value(QLatin1String("name")).toString();
                if (type.value(QLatin1String("archived")).toBool())
                    text = tr("%1 (archived)").arg(text);
                m_list->addItem(text);
                if (shown && type.value(QLatin1String("id")).toInteger() == shown)
                    row = m_list->count() - 1;
            }
            m_list->setCurrentRow(row);
            if (row >= 0)
                openType(row);
            emit listLoaded();
        },
        [this](const rpc::Error& error) { showError(errorText(error)); });
}

void RequestTypesDialog::openType(int row)
{
    if (row < 0 || row >= m_types.size())
        return;
    m_loaded = m_types.at(row).toObject();
    m_error->hide();
    m_key->setText(m_loaded.value(QLatin1String("key")).toString());
    m_name->setText(m_loaded.value(QLatin1String("names")).toObject().value(QLatin1String("en")).toString());
    const int queue = m_queue->findData(m_loaded.value(QLatin1String("queueId")).toInteger());
    m_queue->setCurrentIndex(qMax(0, queue));
    m_sensitive->setChecked(m_loaded.value(QLatin1String("sensitive")).toBool());
    m_position->setValue(m_loaded.value(QLatin1String("position")).toInt());
    m_fields->setRowCount(0);
    for (const QJsonValue& field : m_loaded.value(QLatin1String("fields")).toArray()) {
        if (!field.toObject().value(QLatin1String("common")).toBool())
            addFieldRow(field.toObject());
    }
    m_archive->setEnabled(true);
    m_archive->setText(m_loaded.value(QLatin1String("archived")).toBool() ? tr("Res&tore")
                                                                         : tr("Arc&hive"));
}

void RequestTypesDialog::startNew()
{
    m_loaded = {};
    m_list->clearSelection();
    m_key->clear();
    m_name->clear();
    m_queue->setCurrentIndex(0);
    m_sensitive->setChecked(false);
    m_position->setValue(0);
    m_fields->setRowCount(0);
    m_archive->setText(tr("Arc&hive"));
    m_archive->setEnabled(false);
    m_key->setFocus();
}

void RequestTypesDialog::addFieldRow(const QJsonObject& field)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    auto* key = new QTableWidgetItem(field.value(QLatin1String("key")).toString());
    key->setData(Qt::UserRole, field.value(QLatin1String("labels")).toObject().toVariantMap());
    m_fields->setItem(row, KeyColumn, key);
    auto* kind = new QComboBox(m_fields);
    kind->addItems(kKinds);
    kind->setCurrentIndex(qMax(0, kKinds.indexOf(field.value(QLatin1String("kind")).toString())));
    m_fields->setCellWidget(row, KindColumn, kind);
    auto* required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    required->setCheckState(field.value(QLatin1String("required")).toBool() ? Qt::Checked : Qt::Unchecked);
    m_fields->setItem(row, RequiredColumn, required);
    m_fields->setItem(row, LabelColumn, new QTableWidgetItem(
        field.value(QLatin1String("labels")).toObject().value(QLatin1String("en")).toString()));
    QStringList choices;
    for (const QJsonValue& choice : field.value(QLatin1String("choices")).toArray())
        choices << choice.toString();
    m_fields->setItem(row, ChoicesColumn, new QTableWidgetItem(choices.join(QStringLiteral(", "))));
}

QJsonObject RequestTypesDialog::edited() const
{
    QJsonArray fields;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_fields->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QTableWidgetItem* key = m_fields->item(row, KeyColumn);
        const QString kind = qobject_cast<QComboBox*>(m_fields->cellWidget(row, KindColumn))->currentText();
        QJsonObject field { { QStringLiteral("key"), text(KeyColumn) }, { QStringLiteral("kind"), kind },
            { QStringLiteral("required"), m_fields->item(row, RequiredColumn)->checkState() == Qt::Checked },
            { QStringLiteral("labels"),
                withEnglish(key ? QJsonObject::fromVariantMap(key->data(Qt::UserRole).toMap()) : QJsonObject(),
                    text(LabelColumn)) } };
        if (kind == QLatin1String("choice")) {
            QJsonArray choices;
            for (const QString& choice : text(ChoicesColumn).split(QLatin1Char(','), Qt::SkipEmptyParts))
                choices.append(choice.trimmed());
            field.insert(QStringLiteral("choices"), choices);
        }
        fields.append(field);
    }
    const QVariant queue = m_queue->currentData();
    return QJsonObject { { QStringLiteral("key"), m_key->text().trimmed() },
        { QStringLiteral("names"),
            withEnglish(m_loaded.value(QLatin1String("names")).toObject(), m_name->text().trimmed()) },
        { QStringLiteral("queueId"), queue.isValid() ? QJsonValue(queue.toLongLong()) : QJsonValue() },
        { QStringLiteral("sensitive"), m_sensitive->isChecked() },
        { QStringLiteral("position"), m_position->value() }, { QStringLiteral("fields"), fields } };
}

void RequestTypesDialog::save()
{
    QJsonObject params = edited();
    if (!m_loaded.isEmpty()) {
        params.insert(QStringLiteral("id"), m_loaded.value(QLatin1String("id")));
        params.insert(QStringLiteral("version"), m_loaded.value(QLatin1String("version")));
    }
    m_connection->call(QStringLiteral("requestType.save"), params, this,
        [this](const QJsonValue& result) {
            m_loaded = result.toObject();
            m_error->hide();
            reload();
            emit saved();
        },
        [this](const rpc::Error& error) {
            const QJsonObject fields = error.data.toObject().value(QLatin1String("fields")).toObject();
            QString text = errorText(error);
            if (!fields.isEmpty()) // the field's path and the server's reason, e.g. fields.0.key
                text += QStringLiteral(" (%1: %2)").arg(fields.begin().key(), fields.begin().value().toString());
            showError(text);
        });
}

void RequestTypesDialog::archive()
{
    if (m_loaded.isEmpty())
        return;
    m_connection->call(QStringLiteral("requestType.archive"),
        QJsonObject { { QStringLiteral("id"), m_loaded.value(QLatin1String("id")) },
            { QStringLiteral("version"), m_loaded.value(QLatin1String("version")) },
            { QStringLiteral("archived"), !m_loaded.value(QLatin1String("archived")).toBool() } },
        this,
        [this](const QJsonValue& result) {
            m_loaded = result.toObject();
            reload();
        },
        [this](const rpc::Error& error) { showError(errorText(error)); });
}

void RequestTypesDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace helpdesk::client
