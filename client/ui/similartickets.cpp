// SPDX-License-Identifier: GPL-3.0-or-later
#include "similartickets.h"

#include "connection.h"
#include "errortext.h"
#include "protocol/methods.h"
#include "ticketlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
constexpr int kShown = 5;
constexpr int kRefreshMs = 1000;
} // namespace

SimilarTicketsPanel::SimilarTicketsPanel(Connection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("similarState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_rows = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(m_rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_rows);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SimilarTicketsPanel::load);
    if (m_connection)
        connect(m_connection, &Connection::resynced, this, &SimilarTicketsPanel::load);
    retranslate();
    clear();
}

void SimilarTicketsPanel::setTicket(const Ticket& ticket)
{
    if (ticket.id == m_ticket) {
        // The same ticket, changed (a reply, a link, a new subject): read again soon.
        if (ticket.version != m_version) {
            m_version = ticket.version;
            m_refresh.start();
        }
        return;
    }
    m_ticket = ticket.id;
    m_version = ticket.version;
    m_items = QJsonArray();
    setVisible(true);
    load();
}

void SimilarTicketsPanel::clear()
{
    m_ticket = TicketId();
    m_items = QJsonArray();
    m_refresh.stop();
    setVisible(false);
}

QList<TicketId> SimilarTicketsPanel::shownIds() const
{
    QList<TicketId> ids;
    for (const QJsonValue& item : m_items)
        ids << TicketId(item.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

void SimilarTicketsPanel::load()
{
    if (!m_ticket.value() || !m_connection)
        return;
    const TicketId asked = m_ticket;
    m_loading = m_items.isEmpty();
    render();
    m_connection->call(QString(method::TicketSimilar),
        QJsonObject { { QStringLiteral("id"), asked.value() }, { QStringLiteral("limit"), kShown } },
        this,
        [this, asked](const QJsonValue& result) {
            if (m_ticket != asked)
                return;
            m_loading = false;
            m_items = result.toObject().value(QLatin1String("items")).toArray();
            render();
            emit loaded();
        },
        [this, asked](const rpc::Error& error) {
            if (m_ticket != asked)
                return;
            m_loading = false;
            m_items = QJsonArray();
            render();
            m_state->setText(errorText(error));
        });
}

void SimilarTicketsPanel::link(TicketId other)
{
    if (!m_connection)
        return;
    const TicketId ticket = m_ticket;
    m_connection->call(QString(method::TicketLink),
        QJsonObject { { QStringLiteral("id"), ticket.value() },
            { QStringLiteral("otherId"), other.value() } },
        this,
        [this, ticket, other](const QJsonValue&) {
            if (m_ticket != ticket)
                return;
            emit linked(other);
            load(); // a linked ticket is no longer suggested
        },
        [this](const rpc::Error& error) { m_state->setText(errorText(error)); });
}

void SimilarTicketsPanel::render()
{
    // Later: a row's button may be the one whose click led here.
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const QJsonValue& item : m_items)
        m_rowsLayout->addWidget(row(item.toObject()));
    m_state->setText(m_loading ? tr("Loading…")
            : m_items.isEmpty() ? tr("No similar earlier tickets")
                                : QString());
    m_state->setVisible(!m_state->text().isEmpty());
}

QWidget* SimilarTicketsPanel::row(const QJsonObject& item)
{
    const TicketId id(item.value(QLatin1String("id")).toInteger());
    auto* row = new QWidget(m_rows);
    row->setObjectName(QStringLiteral("similarTicket%1").arg(id.value()));

    const QString subject = tr("#%1 %2").arg(id.value()).arg(
        item.value(QLatin1String("subject")).toString());
    auto* open = new QPushButton(row);
    open->setObjectName(QStringLiteral("similarOpen"));
    open->setFlat(true);
    open->setCursor(Qt::PointingHandCursor);
    open->setStyleSheet(QStringLiteral("text-align: left; padding: 1px 2px;"));
    open->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    open->setToolTip(subject); // the whole subject; the button shows as much as fits
    open->setText(subject); // a button shows its text as plain text
    open->installEventFilter(this); // elided to its width when resized
    connect(open, &QPushButton::clicked, this, [this, id] { emit openTicketRequested(id); });

    const auto status = statusFromString(item.value(QLatin1String("status")).toString());
    QStringList facts;
    if (status)
        facts << TicketListModel::statusText(*status);
    facts << QLocale().toString(
        fromWireTime(item.value(QLatin1String("createdAt")).toString()).toLocalTime().date(),
        QLocale::ShortFormat);
    if (!item.value(QLatin1String("sameOrganisation")).toBool()
        && item.value(QLatin1String("customerName")).isString())
        facts << item.value(QLatin1String("customerName")).toString();
    auto* details = new QLabel(facts.join(QStringLiteral(" · ")), row);
    details->setObjectName(QStringLiteral("similarDetails"));
    details->setTextFormat(Qt::PlainText);
    details->setIndent(6);

    auto* linkButton = new QPushButton(tr("Link"), row);
    linkButton->setObjectName(QStringLiteral("similarLink"));
    linkButton->setToolTip(tr("Link this ticket to the open one as related"));
    connect(linkButton, &QPushButton::clicked, this, [this, id] { link(id); });

    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(open);
    auto* line = new QHBoxLayout;
    line->addWidget(details, 1);
    line->addWidget(linkButton);
    layout->addLayout(line);
    return row;
}

bool SimilarTicketsPanel::eventFilter(QObject* watched, QEvent* event)
{
    auto* button = qobject_cast<QPushButton*>(watched);
    if (button && event->type() == QEvent::Resize
        && button->objectName() == QLatin1String("similarOpen")) {
        button->setText(button->fontMetrics().elidedText(
            button->toolTip(), Qt::ElideRight, qMax(0, button->width() - 6)));
    }
    return QWidget::eventFilter(watched, event);
}

void SimilarTicketsPanel::retranslate()
{
    m_title->setText(tr("Similar tickets"));
    render();
}

void SimilarTicketsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace helpdesk::client
