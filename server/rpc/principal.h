// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QStringList>

namespace helpdesk::server {

// The authenticated user a request runs as; a copy travels with each job to the database
// threads, so it is a plain value.
struct Principal
{
    UserId userId;
    Role role = Role::Customer;
    std::optional<CustomerId> customerId;
    std::optional<ContactRole> contactRole;
    // A service account signed in with an API token (auth.token): it may call only the
    // methods of these scopes (MethodSpec::scope), whatever its role; it gets no pushes and is
    // never counted as staff presence. Empty for people.
    QStringList scopes;

    bool isService() const { return !scopes.isEmpty(); }
    bool isStaff() const { return helpdesk::isStaff(role); }
    bool isCustomer() const { return role == Role::Customer; }
    // Whether this user may read a ticket of this organisation (internal notes aside), before
    // the contact's role is considered (see canSeeTicket).
    bool canSeeCustomer(const std::optional<CustomerId>& ticketCustomer) const
    {
        return isStaff() || (ticketCustomer && customerId && *ticketCustomer == *customerId);
    }
    // Roles that mean something (docs/protocol.md, "Visibility"): the owner contact sees every
    // ticket of the organisation; a technical or billing contact the tickets it requested and
    // those in a queue of its own kind.
    bool contactScopeAllows(UserId requester, const QString& queueKind) const
    {
        if (isStaff() || !contactRole || *contactRole == ContactRole::Owner)
            return true;
        return requester == userId || queueKind == toString(*contactRole);
    }
    bool canSeeTicket(const Ticket& ticket) const
    {
        return canSeeCustomer(ticket.customerId)
            && contactScopeAllows(ticket.requesterId, ticket.queueKind);
    }
};

// What a handler needs to know about the call besides the database.
struct CallContext
{
    Principal principal;
    QJsonObject params;
    QString address; // the client's IP address, for the audit log
};

} // namespace helpdesk::server
