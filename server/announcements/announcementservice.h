// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonValue>

namespace helpdesk::server {

class Db;

// announcement.*: staff (admins and leads) publish, edit and withdraw announcements; everyone
// reads those that concern them (customers: their organisation's current and upcoming ones).
namespace announcements {
QJsonValue list(Db& db, const CallContext& call);
QJsonValue get(Db& db, const CallContext& call);
QJsonValue save(Db& db, const CallContext& call, EventList& events);
QJsonValue withdraw(Db& db, const CallContext& call, EventList& events);
// The caller's languages in the order of the fallback: its own, then its organisation's.
QStringList languagesOf(Db& db, const Principal& me);
// Whether a message on a ticket of `ticketCustomer` may refer to this announcement
// (message.add's announcementId): it exists; unless the message is internal, its audience
// holds that organisation; and a customer may only name one it can read now.
bool mayReferTo(Db& db, const Principal& me, AnnouncementId id,
    const std::optional<CustomerId>& ticketCustomer, bool internal);
} // namespace announcements

} // namespace helpdesk::server
