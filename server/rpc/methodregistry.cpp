// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodregistry.h"

#include "auth/authservice.h"
#include "directory/directoryservice.h"
#include "search/searchservice.h"
#include "tickets/ticketservice.h"

#include <QHash>

namespace helpdesk::server {

namespace {
const QVector<Role> kAllRoles { Role::Admin, Role::Lead, Role::Agent, Role::Customer };
const QVector<Role> kStaff { Role::Admin, Role::Lead, Role::Agent };

MethodSpec session(const char* name, Access access, const QVector<Role>& roles,
    SessionHandler handler, const char* note = "")
{
    return { QLatin1String(name), access, roles, nullptr, nullptr, handler, QLatin1String(note) };
}
MethodSpec reader(
    const char* name, const QVector<Role>& roles, ReadHandler handler, const char* note = "")
{
    return { QLatin1String(name), Access::Authenticated, roles, handler, nullptr, nullptr,
        QLatin1String(note) };
}
MethodSpec writer(
    const char* name, const QVector<Role>& roles, WriteHandler handler, const char* note = "")
{
    return { QLatin1String(name), Access::Authenticated, roles, nullptr, handler, nullptr,
        QLatin1String(note) };
}
} // namespace

const QVector<MethodSpec>& methodRegistry()
{
    static const QVector<MethodSpec> registry {
        session("hello", Access::BeforeHello, {}, &auth::hello),
        session("auth.login", Access::Anonymous, {}, &auth::login),
        session("auth.resume", Access::Anonymous, {}, &auth::resume),
        session("auth.logout", Access::Authenticated, kAllRoles, &auth::logout),

        writer("ticket.create", kAllRoles, &tickets::create,
            "customers: own organisation only; no queue, assignee, priority or requester"),
        reader("ticket.get", kAllRoles, &tickets::get,
            "customers: own organisation only (1004 otherwise); no internal notes"),
        reader("ticket.list", kAllRoles, &tickets::list, "customers: own organisation only"),
        writer("ticket.update", kAllRoles, &tickets::update,
            "customers: status only (open, resolved, closed), own organisation's tickets"),
        writer("message.add", kAllRoles, &tickets::addMessage,
            "customers: own organisation's tickets, never internal"),
        reader("search", kAllRoles, &search::run,
            "customers: own organisation's tickets, no internal notes"),

        writer("customer.create", kStaff, &directory::createCustomer),
        reader("customer.list", kStaff, &directory::listCustomers),
        reader("queue.list", kStaff, &directory::listQueues),
        reader("user.list", kAllRoles, &directory::listUsers,
            "customers: own organisation's contacts"),
        writer(
            "user.setLocale", kAllRoles, &directory::setLocale, "the caller's own language only"),
        session("user.create", Access::Authenticated, { Role::Admin, Role::Customer },
            &directory::createUser,
            "customers: only the owner contact, adding technical/billing contacts to its own "
            "organisation"),
    };
    return registry;
}

const MethodSpec* findMethod(const QString& name)
{
    static const QHash<QString, const MethodSpec*> index = [] {
        QHash<QString, const MethodSpec*> map;
        for (const MethodSpec& spec : methodRegistry())
            map.insert(spec.name, &spec);
        return map;
    }();
    return index.value(name, nullptr);
}

} // namespace helpdesk::server
