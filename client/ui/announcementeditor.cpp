// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementeditor.h"

#include "announcementbanner.h"
#include "connection.h"
#include "errortext.h"
#include "languagemanager.h"
#include "protocol/methods.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {
constexpr int kCustomerLimit = 500;

QDateTime fromWire(const QJsonValue& value)
{
    return fromWireTime(value.toString()).toLocalTime();
}
} // namespace

AnnouncementEditor::AnnouncementEditor(
    Connection* connection, const std::optional<QJsonObject>& existing, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_kind(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_customers(new QListWidget(this))
    , m_serviceKind(new QComboBox(this))
    , m_starts(new QDateTimeEdit(this))
    , m_ends(new QDateTimeEdit(this))
    , m_texts(new QTabWidget(this))
    , m_newLanguage(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("announcementEditor"));
    setWindowTitle(existing ? tr("Edit announcement") : tr("New announcement"));
    for (const QString& kind : { QStringLiteral("maintenance"), QStringLiteral("setting"),
             QStringLiteral("update"), QStringLiteral("other") })
        m_kind->addItem(AnnouncementBanner::kindName(kind), kind);
    m_audience->addItem(tr("Everyone"), QStringLiteral("all"));
    m_audience->addItem(tr("Chosen organisations"), QStringLiteral("customers"));
    m_audience->addItem(tr("Organisations with a service"), QStringLiteral("service"));
    m_serviceKind->addItem(tr("Hosting"), QStringLiteral("hosting"));
    m_serviceKind->addItem(tr("Domain"), QStringLiteral("domain"));
    m_serviceKind->addItem(tr("Mailbox"), QStringLiteral("mailbox"));
    m_serviceKind->addItem(tr("Other service"), QStringLiteral("other"));
    m_customers->setObjectName(QStringLiteral("audienceCustomers"));
    m_kind->setObjectName(QStringLiteral("announcementKind"));
    m_audience->setObjectName(QStringLiteral("announcementAudience"));
    m_texts->setObjectName(QStringLiteral("announcementTexts"));
    for (QDateTimeEdit* edit : { m_starts, m_ends }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    for (const LanguageManager::Language& language : LanguageManager::languages())
        m_newLanguage->addItem(language.nativeName, language.code);
    auto* addLanguage = new QPushButton(tr("Add language"), this);
    auto* removeLanguage = new QPushButton(tr("Remove language"), this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("announcementError"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Audience:"), m_audience);
    form->addRow(tr("Organisations:"), m_customers);
    form->addRow(tr("Service:"), m_serviceKind);
    form->addRow(tr("Starts:"), m_starts);
    form->addRow(tr("Ends:"), m_ends);
    auto* languages = new QHBoxLayout;
    languages->addWidget(m_newLanguage, 1);
    languages->addWidget(addLanguage);
    languages->addWidget(removeLanguage);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Title and text in each language:"), this));
    layout->addLayout(languages);
    layout->addWidget(m_texts, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &AnnouncementEditor::updateAudience);
    connect(addLanguage, &QPushButton::clicked, this,
        [this] { setText(m_newLanguage->currentData().toString(), QString(), QString()); });
    connect(removeLanguage, &QPushButton::clicked, this, [this] {
        if (QWidget* page = m_texts->currentWidget())
            delete page;
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &AnnouncementEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        load(*existing);
    } else {
        const QDateTime start = QDateTime::currentDateTime().addSecs(3600);
        m_starts->setDateTime(start);
        m_ends->setDateTime(start.addSecs(2 * 3600));
        setText(QStringLiteral("en"), QString(), QString());
    }
    updateAudience();
    loadCustomers();
    resize(640, 620);
}

void AnnouncementEditor::setText(const QString& language, const QString& title, const QString& body)
{
    for (int i = 0; i < m_texts->count(); ++i) {
        if (m_texts->tabText(i) == language) {
            m_texts->setCurrentIndex(i);
            m_texts->widget(i)->findChild<QLineEdit*>()->setText(title);
            m_texts->widget(i)->findChild<QPlainTextEdit*>()->setPlainText(body);
            return;
        }
    }
    auto* page = new QWidget(m_texts);
    auto* titleEdit = new QLineEdit(title, page);
    titleEdit->setObjectName(QStringLiteral("announcementTitle"));
    titleEdit->setMaxLength(200);
    auto* bodyEdit = new QPlainTextEdit(page);
    bodyEdit->setObjectName(QStringLiteral("announcementBody"));
    bodyEdit->setPlainText(body);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Title:"), titleEdit);
    form->addRow(tr("Text:"), bodyEdit);
    m_texts->setCurrentIndex(m_texts->addTab(page, language));
}

void AnnouncementEditor::load(const QJsonObject& announcement)
{
    m_original = announcement;
    m_kind->setCurrentIndex(m_kind->findData(announcement.value(QLatin1String("kind")).toString()));
    m_audience->setCurrentIndex(
        m_audience->findData(announcement.value(QLatin1String("audience")).toString()));
    const int service
        = m_serviceKind->findData(announcement.value(QLatin1String("serviceKind")).toString());
    m_serviceKind->setCurrentIndex(qMax(0, service));
    m_starts->setDateTime(fromWire(announcement.value(QLatin1String("startsAt"))));
    m_ends->setDateTime(fromWire(announcement.value(QLatin1String("endsAt"))));
    while (m_texts->count() > 0)
        delete m_texts->widget(0);
    for (const QJsonValue& value : announcement.value(QLatin1String("texts")).toArray()) {
        const QJsonObject text = value.toObject();
        setText(text.value(QLatin1String("language")).toString(),
            text.value(QLatin1String("title")).toString(), text.value(QLatin1String("body")).toString());
    }
    m_texts->setCurrentIndex(0);
    const QJsonArray chosen = announcement.value(QLatin1String("customerIds")).toArray();
    for (int row = 0; row < m_customers->count(); ++row) {
        QListWidgetItem* item = m_customers->item(row);
        item->setCheckState(chosen.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
}

void AnnouncementEditor::loadCustomers()
{
    if (!m_connection)
        return;
    m_connection->call(QString(method::CustomerList),
        QJsonObject { { QStringLiteral("limit"), kCustomerLimit } }, this,
        [this](const QJsonValue& result) {
            const QJsonArray chosen = m_original
                ? m_original->value(QLatin1String("customerIds")).toArray()
                : QJsonArray();
            for (const QJsonValue& value : result.toObject().value(QLatin1String("items")).toArray()) {
                const QJsonObject customer = value.toObject();
                const qint64 id = customer.value(QLatin1String("id")).toInteger();
                auto* item = new QListWidgetItem(customer.value(QLatin1String("name")).toString(), m_customers);
                item->setData(Qt::UserRole, id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
            }
        });
}

void AnnouncementEditor::updateAudience()
{
    const QString audience = m_audience->currentData().toString();
    m_customers->setEnabled(audience == QLatin1String("customers"));
    m_serviceKind->setEnabled(audience == QLatin1String("service"));
}

QJsonObject AnnouncementEditor::formValues() const
{
    QJsonObject values { { QStringLiteral("kind"), m_kind->currentData().toString() },
        { QStringLiteral("audience"), m_audience->currentData().toString() },
        { QStringLiteral("startsAt"), toWireTime(m_starts->dateTime().toUTC()) },
        { QStringLiteral("endsAt"), toWireTime(m_ends->dateTime().toUTC()) } };
    const QString audience = m_audience->currentData().toString();
    if (audience == QLatin1String("customers")) {
        QList<qint64> chosen; // ascending, as the server keeps them
        for (int row = 0; row < m_customers->count(); ++row) {
            if (m_customers->item(row)->checkState() == Qt::Checked)
                chosen << m_customers->item(row)->data(Qt::UserRole).toLongLong();
        }
        std::sort(chosen.begin(), chosen.end());
        QJsonArray ids;
        for (qint64 id : chosen)
            ids.append(id);
        values.insert(QStringLiteral("customerIds"), ids);
    } else if (audience == QLatin1String("service")) {
        values.insert(QStringLiteral("serviceKind"), m_serviceKind->currentData().toString());
    }
    QJsonArray texts;
    for (int i = 0; i < m_texts->count(); ++i) {
        QWidget* page = m_texts->widget(i);
        texts.append(QJsonObject { { QStringLiteral("language"), m_texts->tabText(i) },
            { QStringLiteral("title"), page->findChild<QLineEdit*>()->text() },
            { QStringLiteral("body"), page->findChild<QPlainTextEdit*>()->toPlainText() } });
    }
    values.insert(QStringLiteral("texts"), texts);
    return values;
}

QJsonObject AnnouncementEditor::saveParams() const
{
    const QJsonObject values = formValues();
    if (!m_original)
        return values;
    QJsonObject params { { QStringLiteral("id"), m_original->value(QLatin1String("id")) },
        { QStringLiteral("version"), m_original->value(QLatin1String("version")) } };
    QJsonArray originalTexts;
    for (const QJsonValue& value : m_original->value(QLatin1String("texts")).toArray()) {
        const QJsonObject text = value.toObject();
        originalTexts.append(QJsonObject { { QStringLiteral("language"), text.value(QLatin1String("language")) },
            { QStringLiteral("title"), text.value(QLatin1String("title")) },
            { QStringLiteral("body"), text.value(QLatin1String("body")) } });
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue before
            = it.key() == QLatin1String("texts") ? QJsonValue(originalTexts) : m_original->value(it.key());
        // Times compare as instants: the form holds whole minutes.
        const bool time = it.key() == QLatin1String("startsAt") || it.key() == QLatin1String("endsAt");
        const bool same = time ? fromWireTime(before.toString()) == fromWireTime(it.value().toString())
                               : before == it.value();
        if (!same)
            params.insert(it.key(), it.value());
    }
    return params;
}

void AnnouncementEditor::save()
{
    const QJsonObject params = saveParams();
    if (m_original && params.size() == 2) {
        accept(); // nothing changed
        return;
    }
    m_error->hide();
    m_connection->call(QString(method::AnnouncementSave), params, this,
        [this](const QJsonValue& result) {
            emit saved(result.toObject());
            accept();
        },
        [this](const rpc::Error& error) {
            if (error.code == rpc::Conflict) {
                load(error.data.toObject().value(QLatin1String("current")).toObject());
                m_error->setText(tr("A colleague changed this announcement meanwhile. Their "
                                    "version is shown now; make your changes again."));
                m_error->show();
                return;
            }
            m_error->setText(errorText(error));
            m_error->show();
        });
}

} // namespace helpdesk::client
