// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterrelay.h"

#include "announcements/announcementevents.h"
#include "announcements/announcementstore.h"
#include "auth/accountservice.h"
#include "directory/queuestore.h"
#include "directory/presencestore.h"
#include "directory/queueservice.h"
#include "files/attachmentstore.h"
#include "presence/ticketactivity.h"
#include "events/pushhub.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"
#include "sla/escalation.h"
#include "storage/storage.h"
#include "tickets/ticketevents.h"
#include "tickets/ticketstore.h"

#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcCluster)

namespace helpdesk::server {

namespace {

// The pushes for another server's events, as they read now.
EventList rebuild(Db& db, const QVector<ClusterEvent>& events)
{
    EventList pushes;
    for (const ClusterEvent& event : events) {
        switch (event.kind) {
        case ClusterEvent::Kind::TicketChanged:
            if (const auto ticket = ticketstore::find(db, event.ticket))
                pushes << ticketChangedEvent(*ticket);
            break;
        case ClusterEvent::Kind::MessageAdded: {
            auto message = ticketstore::findMessage(db, event.message);
            if (message) // the files were attached in the same transaction as the message
                message->attachments = attachmentstore::ofMessage(db, message->id);
            if (!message || message->ticketId != event.ticket)
                break;
            if (const auto ticket = ticketstore::find(db, event.ticket))
                pushes << messageAddedEvent(*ticket, *message);
            break;
        }
        case ClusterEvent::Kind::TicketRemoved:
            for (const CustomerId customer : event.formerCustomers)
                pushes << ticketRemovedEvent(event.ticket, customer);
            break;
        case ClusterEvent::Kind::SessionsEnded:
            pushes << sessionsEndedEvent(event.user, QStringLiteral("disabled"));
            break;
        case ClusterEvent::Kind::SlaAlert: {
            const auto alert = sla::findAlert(db, event.alert);
            const auto ticket = ticketstore::find(db, event.ticket);
            if (alert && ticket && alert->ticketId == ticket->id)
                pushes << sla::alertEvent(*alert, *ticket);
            break;
        }
        case ClusterEvent::Kind::QueueChanged:
            if (const auto queue = queuestore::find(db, event.queue))
                pushes << directory::queueChangedEvent(*queue);
            break;
        case ClusterEvent::Kind::PresenceChanged:
            pushes << presenceChangedEvent(presencestore::stateOf(db, event.user));
            break;
        case ClusterEvent::Kind::Activity:
            pushes << activity::activityEvent(
                event.ticket, event.user, activity::State(event.state));
            break;
        case ClusterEvent::Kind::AnnouncementChanged:
            if (const auto announcement = announcementstore::find(db, event.announcement))
                pushes << announcementEvents(db, *announcement, nowMs());
            break;
        case ClusterEvent::Kind::AnnouncementRemoved:
            for (const CustomerId customer : event.formerCustomers)
                pushes << announcementRemovedEvent(event.announcement, customer);
            break;
        }
    }
    return pushes;
}

} // namespace

ClusterRelay::ClusterRelay(Storage& storage, PushHub& hub, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_hub(hub)
{
}

void ClusterRelay::relay(const ClusterBatch& batch)
{
    if (batch.events.isEmpty())
        return;
    m_queue.push_back(batch);
    if (!m_reading)
        readNext();
}

void ClusterRelay::readNext()
{
    if (m_queue.empty()) {
        m_reading = false;
        return;
    }
    m_reading = true;
    const QVector<ClusterEvent> events = std::move(m_queue.front().events);
    m_queue.pop_front();
    // Filled on the reader thread, read in the completion (posted after the job finished).
    auto pushes = std::make_shared<EventList>();
    m_storage.read(
        [events, pushes](Db& db) {
            *pushes = rebuild(db, events);
            return QJsonValue();
        },
        [this, pushes](const Outcome& outcome) {
            if (outcome.error) {
                // Those pushes are lost: the sessions must re-read instead.
                qCWarning(lcCluster)
                    << "cannot read another server's changes:" << outcome.error->message;
                requestResync();
            } else {
                m_hub.publish(*pushes);
            }
            readNext();
        });
}

void ClusterRelay::requestResync()
{
    const QJsonObject params { { QStringLiteral("reason"), QStringLiteral("events-lost") } };
    m_hub.broadcast(encodeFrame(rpc::makeNotification(QString(push::SyncRequired), params)));
}

} // namespace helpdesk::server
