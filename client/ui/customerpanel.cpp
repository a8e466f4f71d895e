// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerpanel.h"

#include "connection.h"
#include "protocol/methods.h"
#include "ticketlistmodel.h"

#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {

constexpr int kTicketsShown = 20;

QLabel* plainLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // names and notes come from people: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CustomerPanel::CustomerPanel(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_title = sectionTitle(this);
    m_name = plainLabel(this, QStringLiteral("customerName"));
    m_contactsTitle = sectionTitle(this);
    m_contacts = plainLabel(this, QStringLiteral("customerContacts"));
    m_servicesTitle = sectionTitle(this);
    m_services = plainLabel(this, QStringLiteral("customerServices"));
    m_notesTitle = sectionTitle(this);
    m_notes = plainLabel(this, QStringLiteral("customerNotes"));
    m_ticketsTitle = sectionTitle(this);
    m_tickets = new QListWidget(this);
    m_tickets->setObjectName(QStringLiteral("customerTickets"));
    m_tickets->setWordWrap(false);
    m_tickets->setTextElideMode(Qt::ElideRight);
    m_tickets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_name);
    for (QLabel* title : { m_contactsTitle, m_servicesTitle, m_notesTitle, m_ticketsTitle }) {
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 0.95);
        title->setFont(font);
    }
    layout->addWidget(m_contactsTitle);
    layout->addWidget(m_contacts);
    layout->addWidget(m_servicesTitle);
    layout->addWidget(m_services);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addWidget(m_ticketsTitle);
    layout->addWidget(m_tickets, 1);

    connect(m_tickets, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openTicketRequested(TicketId(item->data(Qt::UserRole).toLongLong()));
    });
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &CustomerPanel::load);
    if (m_connection) {
        connect(m_connection, &Connection::ticketChanged, this, [this](const Ticket& ticket) {
            if (m_customer && ticket.customerId == m_customer)
                m_refresh.start();
        });
        connect(m_connection, &Connection::resynced, this, &CustomerPanel::load);
    }
    retranslate();
    clear();
}

void CustomerPanel::setTicket(const Ticket& ticket)
{
    const bool same = m_customer == ticket.customerId && m_requester == ticket.requesterId
        && m_ticket == ticket.id;
    m_requester = ticket.requesterId;
    m_ticket = ticket.id;
    if (same && !m_result.isEmpty())
        return;
    if (!ticket.customerId) {
        clear();
        return;
    }
    if (m_customer != ticket.customerId)
        m_result = QJsonObject();
    m_customer = ticket.customerId;
    render();
    load();
}

void CustomerPanel::clear()
{
    m_customer.reset();
    m_result = QJsonObject();
    m_refresh.stop();
    setVisible(false);
}

void CustomerPanel::load()
{
    if (!m_customer || !m_connection)
        return;
    const CustomerId asked = *m_customer;
    m_connection->call(QString(method::CustomerGet),
        QJsonObject { { QStringLiteral("id"), asked.value() },
            { QStringLiteral("ticketLimit"), kTicketsShown } },
        this,
        [this, asked](const QJsonValue& result) {
            if (m_customer == asked)
                showResult(result.toObject());
        });
}

void CustomerPanel::showResult(const QJsonObject& result)
{
    m_result = result;
    render();
    emit loaded();
}

void CustomerPanel::render()
{
    setVisible(m_customer.has_value());
    const QJsonObject customer = m_result.value(QLatin1String("customer")).toObject();
    if (customer.isEmpty()) {
        m_name->setText(tr("Loading…"));
        const QList<QWidget*> details { m_contactsTitle, m_contacts, m_servicesTitle, m_services,
            m_notesTitle, m_notes, m_ticketsTitle, m_tickets };
        for (QWidget* widget : details)
            widget->hide();
        return;
    }
    QString name = customer.value(QLatin1String("name")).toString();
    const QString language = customer.value(QLatin1String("language")).toString();
    if (!language.isEmpty())
        name += QStringLiteral(" · ") + QLocale(language).nativeLanguageName();
    m_name->setText(name);

    QStringList contacts;
    for (const QJsonValue& value : m_result.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject contact = value.toObject();
        const QString role = contact.value(QLatin1String("contactRole")).toString();
        QStringList parts { contact.value(QLatin1String("name")).toString() };
        parts << (role == QLatin1String("owner") ? tr("owner")
                : role == QLatin1String("billing") ? tr("billing")
                                                   : tr("technical"));
        for (const char* field : { "email", "phone" }) {
            const QString text = contact.value(QLatin1String(field)).toString();
            if (!text.isEmpty())
                parts << text;
        }
        if (!contact.value(QLatin1String("enabled")).toBool(true))
            parts << tr("disabled");
        contacts << parts.join(QStringLiteral(" · "));
    }
    m_contacts->setText(contacts.isEmpty() ? tr("No contacts") : contacts.join(QLatin1Char('\n')));

    QStringList services;
    for (const QJsonValue& value : customer.value(QLatin1String("services")).toArray()) {
        const QJsonObject service = value.toObject();
        const QString kind = service.value(QLatin1String("kind")).toString();
        const QString kindText = kind == QLatin1String("hosting") ? tr("Hosting")
            : kind == QLatin1String("domain")                     ? tr("Domain")
            : kind == QLatin1String("mailbox")                    ? tr("Mailbox")
                                                                  : tr("Other");
        QString line = kindText + QStringLiteral(": ")
            + service.value(QLatin1String("name")).toString();
        const QString details = service.value(QLatin1String("details")).toString();
        if (!details.isEmpty())
            line += QStringLiteral(" (") + details + QLatin1Char(')');
        services << line;
    }
    m_services->setText(services.join(QLatin1Char('\n')));
    const QString notes = customer.value(QLatin1String("notes")).toString();
    m_notes->setText(notes);

    // The requester's own tickets first, then the organisation's others, newest first.
    const QJsonObject tickets = m_result.value(QLatin1String("tickets")).toObject();
    QVector<QJsonObject> own;
    QVector<QJsonObject> others;
    for (const QJsonValue& value : tickets.value(QLatin1String("items")).toArray()) {
        const QJsonObject ticket = value.toObject();
        if (ticket.value(QLatin1String("id")).toInteger() == m_ticket.value())
            continue; // the one open beside it
        (ticket.value(QLatin1String("requesterId")).toInteger() == m_requester.value() ? own
                                                                                        : others)
            .append(ticket);
    }
    m_tickets->clear();
    for (const QJsonObject& ticket : own + others) {
        const auto status = statusFromString(ticket.value(QLatin1String("status")).toString());
        const QString text = tr("#%1 %2 — %3")
                                 .arg(ticket.value(QLatin1String("id")).toInteger())
                                 .arg(ticket.value(QLatin1String("subject")).toString(),
                                     status ? TicketListModel::statusText(*status) : QString());
        auto* item = new QListWidgetItem(text, m_tickets);
        item->setData(Qt::UserRole, ticket.value(QLatin1String("id")).toInteger());
        item->setToolTip(text);
    }
    const qint64 total = tickets.value(QLatin1String("total")).toInteger();
    m_ticketsTitle->setText(tr("Tickets of this customer (%L1)").arg(total));

    m_contactsTitle->show();
    m_contacts->show();
    m_servicesTitle->setVisible(!services.isEmpty());
    m_services->setVisible(!services.isEmpty());
    m_notesTitle->setVisible(!notes.isEmpty());
    m_notes->setVisible(!notes.isEmpty());
    m_ticketsTitle->show();
    m_tickets->setVisible(m_tickets->count() > 0);
}

void CustomerPanel::retranslate()
{
    m_title->setText(tr("Customer"));
    m_contactsTitle->setText(tr("Contacts"));
    m_servicesTitle->setText(tr("Services"));
    m_notesTitle->setText(tr("Notes"));
    if (m_customer)
        render();
}

void CustomerPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace helpdesk::client
