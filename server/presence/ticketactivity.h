// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rpc/principal.h"
#include "rpc/pushevent.h"

#include <QJsonArray>

namespace helpdesk::server {

class Db;

// Who is viewing a ticket and who is typing a reply on it (issue 12, collision warnings).
namespace activity {
enum class State { Left = 1, Viewing = 2, Typing = 3 }; // numbers as in cluster events

// The push of a change to the ticket's other viewers (ticket.activity).
PushEvent activityEvent(TicketId ticket, UserId user, State state);
// The user no longer views the ticket (closed it, logged out, went offline).
void leave(Db& db, TicketId ticket, UserId user, EventList& events);
void leaveAll(Db& db, UserId user, EventList& events);
// Records that the user views the ticket (typing: and typed just now); adds the push when
// others should hear of it: the first "viewing", and "typing" at most once per kTypingMs.
void record(Db& db, TicketId ticket, UserId user, State state, qint64 nowMs, EventList& events);
// The other staff on the ticket now: [{"userId", "state": "viewing"|"typing"}], typing when
// they typed within the last kTypingShownMs; users with no session on any server are left out.
QJsonArray others(Db& db, TicketId ticket, UserId me, qint64 nowMs);

constexpr qint64 kTypingMs = 4000; // at most one typing push per user and ticket
constexpr qint64 kTypingShownMs = 8000;
} // namespace activity

} // namespace helpdesk::server
