// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementevents.h"

#include "announcementstore.h"
#include "directory/directorystore.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "protocol/methods.h"

namespace helpdesk::server {

namespace {

QByteArray changedFrame(const QJsonObject& announcement)
{
    return encodeFrame(rpc::makeNotification(QString(push::AnnouncementChanged),
        QJsonObject { { QStringLiteral("announcement"), announcement } }));
}

QByteArray removedFrame(AnnouncementId id)
{
    return encodeFrame(rpc::makeNotification(QString(push::AnnouncementRemoved),
        QJsonObject { { QStringLiteral("id"), double(id.value()) } }));
}

} // namespace

EventList announcementEvents(Db& db, const Announcement& announcement, qint64 now)
{
    EventList events;
    events << PushEvent { std::nullopt, true, false,
        changedFrame(announcement.toJson(true, {}, now)),
        ClusterEvent::announcementChanged(announcement.id), std::nullopt };
    const bool open = announcement.isOpen(now);
    for (CustomerId customer : announcementstore::audience(db, announcement)) {
        QByteArray frame;
        if (open) {
            const auto organisation = findCustomer(db, customer);
            const QStringList languages { organisation ? organisation->language : QString() };
            frame = changedFrame(announcement.toJson(false, languages, now));
        } else {
            frame = removedFrame(announcement.id);
        }
        events << PushEvent { customer, false, true, frame, std::nullopt, std::nullopt };
    }
    return events;
}

PushEvent announcementRemovedEvent(AnnouncementId id, CustomerId formerCustomer)
{
    return { formerCustomer, false, true, removedFrame(id),
        ClusterEvent::announcementRemoved(id, { formerCustomer }), std::nullopt };
}

} // namespace helpdesk::server
