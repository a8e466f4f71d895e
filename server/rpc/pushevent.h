// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterevent.h"
#include "domain/types.h"

#include <QByteArray>
#include <QVector>

#include <optional>

namespace helpdesk::server {

// A change to push after its transaction committed: the encoded notification plus what
// decides who may see it (the same rule as ticket.get / message visibility).
struct PushEvent
{
    std::optional<CustomerId> customerId; // the ticket's organisation
    bool internal = false; // an internal note: staff only
    bool customersOnly = false; // news only that organisation's users need
    QByteArray frame;
    // The same change as other servers sharing a PostgreSQL database hear it (ids only).
    std::optional<ClusterEvent> cluster;
    // This user may no longer be logged in (disabled): each of its sessions gets `frame` and
    // is logged out; nobody else gets anything.
    std::optional<UserId> endSessionsOf;
    // Only to staff sessions that view this ticket (Session::isViewing), e.g. "Ana is typing".
    std::optional<TicketId> viewersOf;
    // Never to this user's sessions (the one who caused it).
    std::optional<UserId> exceptUser;
    // Pushes with the same key go out at most once per PushHub::kThrottleMs; the last one
    // held back is sent when the interval ends (presence changes of one user).
    QString throttleKey;
    // A ticket's news: which contacts of the organisation may see it besides the owner
    // (Principal::contactScopeAllows: the requester, and contacts of the queue's kind).
    bool contactScoped = false;
    UserId requesterId;
    QString queueKind;
    // The ticket left the queues of this kind (e.g. moved from a technical to a billing queue):
    // only that organisation's contacts of this role lose it, not the owner nor the requester.
    QString onlyContactKind;
    // Only these users' sessions (staff only) get it, e.g. an SLA alert; nobody if empty.
    std::optional<QVector<UserId>> onlyUsers = std::nullopt;
    // A newer push with the same key and the same audience replaces this one while both still
    // wait to be sent (PushHub coalesces a turn's pushes), e.g. ticket.changed of one ticket:
    // the newer carries the whole ticket at a later version.
    QString replacesKey = {};
};
using EventList = QVector<PushEvent>;

} // namespace helpdesk::server
