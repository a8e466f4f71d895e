// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestfieldsform.h"

#include "connection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

const QDate kNoDate(2000, 1, 1); // the date editor's "not set"

QString kindOf(const QJsonObject& field)
{
    return field.value(QLatin1String("kind")).toString();
}

} // namespace

RequestFieldsForm::RequestFieldsForm(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_typeLabel = new QLabel(this);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("requestType"));
    m_typeLabel->setBuddy(m_typeCombo);
    m_sensitiveNote = new QLabel(this);
    m_sensitiveNote->setObjectName(QStringLiteral("requestSensitive"));
    m_sensitiveNote->setWordWrap(true);
    m_sensitiveNote->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requestError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_typeLabel, m_typeCombo);
    layout->addRow(m_sensitiveNote);
    auto* fields = new QWidget(this);
    m_fieldsLayout = new QFormLayout(fields);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(fields);
    layout->addRow(m_error);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &RequestFieldsForm::rebuild);
    retranslate();
    if (m_connection) {
        m_connection->call(QStringLiteral("requestType.list"), {}, this,
            [this](const QJsonValue& result) {
                m_types = result.toObject().value(QLatin1String("items")).toArray();
                retranslate();
            });
    }
}

void RequestFieldsForm::setCustomer(std::optional<CustomerId> customer)
{
    if (customer == m_customer)
        return;
    m_customer = customer;
    m_services = {};
    rebuild();
    if (!customer || !m_connection)
        return;
    m_connection->call(QStringLiteral("customer.get"),
        QJsonObject { { QStringLiteral("id"), customer->value() },
            { QStringLiteral("ticketLimit"), 0 } },
        this, [this, customer](const QJsonValue& result) {
            if (customer != m_customer)
                return;
            m_services = result.toObject()
                             .value(QLatin1String("customer"))
                             .toObject()
                             .value(QLatin1String("services"))
                             .toArray();
            rebuild();
        });
}

std::optional<qint64> RequestFieldsForm::requestTypeId() const
{
    const QVariant data = m_typeCombo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

QJsonObject RequestFieldsForm::fields() const
{
    QJsonObject answers;
    for (const Editor& editor : m_editors) {
        const QJsonValue value = valueOf(editor);
        if (!value.isNull())
            answers.insert(editor.field.value(QLatin1String("key")).toString(), value);
    }
    return answers;
}

QJsonValue RequestFieldsForm::valueOf(const Editor& editor) const
{
    const QString kind = kindOf(editor.field);
    if (auto* line = qobject_cast<QLineEdit*>(editor.widget)) {
        const QString text = line->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor.widget)) {
        return date->date() == kNoDate ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(date->date().toString(Qt::ISODate));
    }
    auto* combo = qobject_cast<QComboBox*>(editor.widget);
    const QVariant data = combo ? combo->currentData() : QVariant();
    if (!data.isValid())
        return QJsonValue::Null;
    return kind == QLatin1String("service") ? QJsonValue(data.toLongLong())
                                            : QJsonValue(data.toString());
}

bool RequestFieldsForm::validate()
{
    m_error->hide();
    for (const Editor& editor : m_editors) {
        if (editor.field.value(QLatin1String("required")).toBool() && valueOf(editor).isNull()) {
            setError(tr("Please answer \"%1\".").arg(labelOf(editor.field)));
            editor.widget->setFocus();
            return false;
        }
    }
    return true;
}

bool RequestFieldsForm::showError(const rpc::Error& error)
{
    const QJsonObject fields = error.data.toObject().value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("requestTypeId")) {
            setError(tr("This request type is no longer available. Please choose another."));
            return true;
        }
        for (const Editor& editor : m_editors) {
            if (it.key() == QLatin1String("fields.") + editor.field.value(QLatin1String("key")).toString()) {
                setError(tr("\"%1\" was not accepted: %2").arg(labelOf(editor.field), it.value().toString()));
                editor.widget->setFocus();
                return true;
            }
        }
    }
    return false;
}

void RequestFieldsForm::setError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

QString RequestFieldsForm::commonLabel(const QString& key)
{
    if (key == QLatin1String("affected"))
        return tr("What is affected");
    if (key == QLatin1String("since"))
        return tr("Since when");
    if (key == QLatin1String("error"))
        return tr("The exact error message");
    if (key == QLatin1String("tried"))
        return tr("What was already tried");
    return {};
}

QString RequestFieldsForm::labelOf(const QJsonObject& field) const
{
    const QString common = field.value(QLatin1String("common")).toBool()
        ? commonLabel(field.value(QLatin1String("key")).toString())
        : QString();
    return common.isEmpty() ? field.value(QLatin1String("label")).toString() : common;
}

void RequestFieldsForm::fillServices(QComboBox* combo) const
{
    combo->addItem(tr("(none)"));
    for (const QJsonValue& value : m_services) {
        const QJsonObject service = value.toObject();
        combo->addItem(service.value(QLatin1String("name")).toString(),
            service.value(QLatin1String("id")).toInteger());
    }
}

void RequestFieldsForm::rebuild()
{
    const QJsonObject before = fields();
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_editors.clear();
    m_error->hide();
    const int index = m_typeCombo->currentIndex();
    const QJsonObject type = index > 0 ? m_types.at(index - 1).toObject() : QJsonObject();
    m_sensitiveNote->setVisible(type.value(QLatin1String("sensitive")).toBool());
    for (const QJsonValue& value : type.value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        const QString key = field.value(QLatin1String("key")).toString();
        const QString kind = kindOf(field);
        QWidget* widget = nullptr;
        if (kind == QLatin1String("date")) {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setMinimumDate(kNoDate);
            date->setSpecialValueText(tr("Not set"));
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(before.contains(key)
                    ? QDate::fromString(before.value(key).toString(), Qt::ISODate)
                    : kNoDate);
            widget = date;
        } else if (kind == QLatin1String("choice") || kind == QLatin1String("service")) {
            auto* combo = new QComboBox(this);
            if (kind == QLatin1String("service")) {
                fillServices(combo);
            } else {
                combo->addItem(tr("(choose)"));
                for (const QJsonValue& choice : field.value(QLatin1String("choices")).toArray())
                    combo->addItem(choice.toString(), choice.toString());
            }
            const int found = combo->findData(before.value(key).toVariant());
            combo->setCurrentIndex(qMax(0, found));
            widget = combo;
        } else {
            auto* line = new QLineEdit(this);
            line->setText(before.value(key).toString());
            widget = line;
        }
        widget->setObjectName(QStringLiteral("field_") + key);
        const bool required = field.value(QLatin1String("required")).toBool();
        auto* label = new QLabel(required ? tr("%1 (required)").arg(labelOf(field)) : labelOf(field), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(widget);
        m_fieldsLayout->addRow(label, widget);
        m_editors << Editor { field, label, widget };
    }
}

void RequestFieldsForm::retranslate()
{
    m_typeLabel->setText(tr("Request &type:"));
    m_sensitiveNote->setText(
        tr("Requests of this type need the approval of your organisation's owner before "
           "support can act on them (unless you are the owner)."));
    const QVariant current = m_typeCombo->currentData();
    {
        const QSignalBlocker blocker(m_typeCombo);
        m_typeCombo->clear();
        m_typeCombo->addItem(tr("Other request (no type)"));
        for (const QJsonValue& value : m_types) {
            const QJsonObject type = value.toObject();
            m_typeCombo->addItem(type.value(QLatin1String("name")).toString(),
                type.value(QLatin1String("id")).toInteger());
        }
        const int found = current.isValid() ? m_typeCombo->findData(current) : 0;
        m_typeCombo->setCurrentIndex(qMax(0, found));
    }
    rebuild();
}

void RequestFieldsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace helpdesk::client
