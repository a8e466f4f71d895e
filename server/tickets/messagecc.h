// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "rpc/principal.h"

#include <QJsonValue>
#include <QVector>

#include <optional>

namespace helpdesk::server {
class Db;
class Params;
}

// Copying other contacts on a reply (issue 13, "CC of other contacts"): who may be copied,
// message.add's `cc` param and message.ccCandidates. Copies never widen who sees a ticket: a
// contact is copied only when its contact role already lets it read the ticket.
namespace helpdesk::server::tickets {

constexpr int kMaxCc = 20;

// message.add's `cc`: an array of user ids (-32602 otherwise), at most kMaxCc, none twice
// (1022). nullopt when absent or null.
std::optional<QVector<UserId>> ccParam(const Params& params);

// Why `user` cannot be copied on a reply in `ticket`; empty when it can: a customer contact
// of the ticket's organisation, enabled, with an e-mail address, not the requester (who gets
// the reply anyway), whose contact role lets it see the ticket.
QString ccRefusal(const User& user, const Ticket& ticket);

// 1022 `cc` naming the first user that cannot be copied (one that does not exist reads as
// "not a contact of this ticket's organisation").
void checkCc(Db& db, const Ticket& ticket, const QVector<UserId>& cc);

// message.ccCandidates: the contacts a reply in this ticket may be copied to, by name.
QJsonValue ccCandidates(Db& db, const CallContext& call);

} // namespace helpdesk::server::tickets
