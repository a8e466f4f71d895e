// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinenotices.h"

#include "connection.h"
#include "conversationmodel.h"
#include "readcache.h"
#include "ticketlistmodel.h"
#include "ticketpane.h"

#include <QLabel>
#include <QLocale>

namespace helpdesk::client {

namespace {

// A yellow strip: what is shown below it is not live.
QLabel* makeNotice(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setMinimumWidth(1);
    label->setContentsMargins(8, 5, 8, 5);
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5d4200; border-bottom: 1px solid #e0c878; }"));
    label->hide();
    return label;
}

QString timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

OfflineNotices::OfflineNotices(Connection* connection, TicketListModel* model, TicketPane* pane,
    ReadCache* cache, QWidget* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(model)
    , m_pane(pane)
    , m_cache(cache)
{
    m_listNotice = makeNotice(QStringLiteral("listOfflineNotice"), parent);
    m_ticketNotice = makeNotice(QStringLiteral("ticketOfflineNotice"), parent);
    connect(connection, &Connection::stateChanged, this, &OfflineNotices::update);
    connect(model, &TicketListModel::savedCopyChanged, this, &OfflineNotices::update);
    connect(model, &QAbstractItemModel::modelReset, this, &OfflineNotices::update);
    ConversationModel* conversation = pane->conversation();
    if (cache)
        connect(conversation, &ConversationModel::detailsLoaded, cache, &ReadCache::storeTicket);
    connect(conversation, &QAbstractItemModel::modelReset, this, &OfflineNotices::update);
    connect(conversation, &ConversationModel::ticketUpdated, this, &OfflineNotices::update);
}

void OfflineNotices::ticketShown(TicketId id)
{
    if (id != m_copyOf) {
        m_copyOf = TicketId();
        m_copyTime = QDateTime();
    }
    ConversationModel* conversation = m_pane->conversation();
    if (m_cache && m_connection && !m_connection->isReady() && id.isValid()
        && !conversation->ticket()) {
        if (const auto copy = m_cache->ticket(id)) {
            conversation->showSavedCopy(copy->value);
            m_copyOf = id;
            m_copyTime = copy->savedAt;
        }
    }
    update();
}

void OfflineNotices::update()
{
    const bool offline = m_connection && !m_connection->isReady();
    if (!offline)
        m_offlineSince = QDateTime();
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();

    // The list: a saved copy, the rows as they were when the link went, or nothing.
    if (!offline) {
        m_listNotice->hide();
    } else {
        QString text;
        if (m_model->savedCopyTime().isValid())
            text = tr("Offline — this is a copy of the list saved %1 (its first page). It is "
                      "refreshed when the connection is back.")
                       .arg(timeText(m_model->savedCopyTime()));
        else if (m_model->rowCount() > 0)
            text = tr("Offline since %1 — the list may have changed since then.")
                       .arg(timeText(m_offlineSince));
        else
            text = tr("Offline — this list was not opened recently on this computer, so there "
                      "is no copy of it. It loads when the connection is back.");
        m_listNotice->setText(text);
        m_listNotice->show();
    }

    // The open ticket: likewise.
    const TicketId id = m_pane->ticketId();
    if (!offline || !id.isValid()) {
        m_ticketNotice->hide();
        return;
    }
    QString text;
    if (m_copyOf == id && m_copyTime.isValid())
        text = tr("Offline — this is a copy of the ticket saved %1. It is refreshed when the "
                  "connection is back; replies wait in the outbox until then.")
                   .arg(timeText(m_copyTime));
    else if (m_pane->conversation()->ticket())
        text = tr("Offline since %1 — this ticket may have changed since then.")
                   .arg(timeText(m_offlineSince));
    else
        text = tr("Offline — this ticket was not opened recently on this computer, so there is "
                  "no copy of it. It loads when the connection is back.");
    m_ticketNotice->setText(text);
    m_ticketNotice->show();
}

} // namespace helpdesk::client
