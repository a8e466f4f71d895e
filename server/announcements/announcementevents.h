// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcement.h"
#include "rpc/pushevent.h"

namespace helpdesk::server {

class Db;

// The pushes of an announcement as it reads now, built the same way for a local commit and
// for a change another server announced (see ClusterRelay): the whole object to staff
// (announcement.changed, carrying the cluster event), and to each organisation of its
// audience its customers' view in the organisation's language; announcement.removed to the
// audience instead once it is withdrawn or has ended.
EventList announcementEvents(Db& db, const Announcement& announcement, qint64 now);
// The organisation left the audience (an edit): its users are told only the id.
PushEvent announcementRemovedEvent(AnnouncementId id, CustomerId formerCustomer);

} // namespace helpdesk::server
