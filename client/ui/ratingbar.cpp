// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingbar.h"

#include "connection.h"
#include "conversationmodel.h"
#include "errortext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace helpdesk::client {

RatingBar::RatingBar(Connection* connection, ConversationModel* conversation, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_conversation(conversation)
    , m_question(new QLabel(this))
    , m_good(new QPushButton(this))
    , m_bad(new QPushButton(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ratingBar"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    m_good->setObjectName(QStringLiteral("rateGood"));
    m_bad->setObjectName(QStringLiteral("rateBad"));
    m_comment->setMaxLength(2000);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_good);
    layout->addWidget(m_bad);
    connect(m_good, &QPushButton::clicked, this, [this] { rate(true); });
    connect(m_bad, &QPushButton::clicked, this, [this] { rate(false); });
    connect(conversation, &ConversationModel::ticketUpdated, this, &RatingBar::refresh);
    connect(conversation, &QAbstractItemModel::modelReset, this, &RatingBar::refresh);
    retranslate();
    hide();
}

void RatingBar::refresh()
{
    const auto ticket = m_conversation->ticket();
    if (!ticket || (ticket->status != TicketStatus::Resolved && ticket->status != TicketStatus::Closed)
        || !m_connection) {
        hide();
        return;
    }
    const TicketId id = ticket->id;
    m_connection->call(QStringLiteral("csat.get"), { { QStringLiteral("ticketId"), double(id.value()) } }, this,
        [this, id](const QJsonValue& result) {
            if (m_conversation->ticketId() == id)
                showState(result.toObject());
        });
}

void RatingBar::showState(const QJsonObject& state)
{
    const bool canRate = state.value(QLatin1String("canRate")).toBool();
    m_rating = state.value(QLatin1String("rating")).toString();
    if (!canRate && m_rating.isEmpty()) {
        hide();
        return;
    }
    m_comment->setVisible(canRate);
    m_good->setVisible(canRate);
    m_bad->setVisible(canRate);
    if (canRate)
        m_comment->clear();
    retranslate();
    show();
}

void RatingBar::rate(bool good)
{
    const auto ticket = m_conversation->ticket();
    if (!ticket || !m_connection)
        return;
    QJsonObject params { { QStringLiteral("ticketId"), double(ticket->id.value()) },
        { QStringLiteral("rating"), good ? QStringLiteral("good") : QStringLiteral("bad") } };
    if (!m_comment->text().trimmed().isEmpty())
        params.insert(QStringLiteral("comment"), m_comment->text());
    m_good->setEnabled(false);
    m_bad->setEnabled(false);
    m_connection->call(QStringLiteral("csat.rate"), params, this,
        [this](const QJsonValue& result) {
            m_good->setEnabled(true);
            m_bad->setEnabled(true);
            showState(QJsonObject { { QStringLiteral("canRate"), false },
                { QStringLiteral("rating"), result.toObject().value(QLatin1String("rating")) } });
        },
        [this](const rpc::Error& error) {
            m_good->setEnabled(true);
            m_bad->setEnabled(true);
            m_question->setText(errorText(error));
        });
}

void RatingBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RatingBar::retranslate()
{
    m_good->setText(tr("Good"));
    m_bad->setText(tr("Bad"));
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    if (m_rating == QLatin1String("good"))
        m_question->setText(tr("You rated this solution good. Thank you!"));
    else if (m_rating == QLatin1String("bad"))
        m_question->setText(tr("You rated this solution bad. Thank you, we will look into it."));
    else
        m_question->setText(tr("Your request was solved. How did we do?"));
}

} // namespace helpdesk::client
