// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecc.h"

#include "directory/directorystore.h"
#include "rpc/params.h"
#include "ticketstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace helpdesk::server::tickets {

namespace {
const QString kField = QStringLiteral("cc");
constexpr qint64 kMaxContactsListed = 1000;
} // namespace

std::optional<QVector<UserId>> ccParam(const Params& params)
{
    const auto array = params.optionalArray(kField);
    if (!array)
        return std::nullopt;
    QVector<UserId> users;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString key = QString::number(i);
        const Params item(QJsonObject { { key, array->at(i) } }, kField + QLatin1Char('.'));
        const UserId user(item.requiredId(key));
        if (users.contains(user))
            validationError(kField, QStringLiteral("user %1 is named twice").arg(user.value()));
        users << user;
    }
    if (users.size() > kMaxCc)
        validationError(kField, QStringLiteral("at most %1 contacts").arg(kMaxCc));
    return users;
}

QString ccRefusal(const User& user, const Ticket& ticket)
{
    const qint64 id = user.id.value();
    if (user.role != Role::Customer || !user.customerId || user.customerId != ticket.customerId)
        return QStringLiteral("user %1 is not a contact of this ticket's organisation").arg(id);
    if (!user.enabled)
        return QStringLiteral("user %1 is disabled").arg(id);
    if (user.email.trimmed().isEmpty())
        return QStringLiteral("user %1 has no e-mail address").arg(id);
    if (user.id == ticket.requesterId)
        return QStringLiteral("user %1 is the ticket's requester, who gets the reply anyway").arg(id);
    if (!principalOf(user).canSeeTicket(ticket))
        return QStringLiteral("user %1 may not see this ticket (contact role)").arg(id);
    return {};
}

void checkCc(Db& db, const Ticket& ticket, const QVector<UserId>& cc)
{
    for (const UserId id : cc) {
        auto user = findUser(db, id);
        if (!user) {
            user = User {};
            user->id = id; // reads as "not a contact", like another organisation's user
        }
        if (const QString refusal = ccRefusal(*user, ticket); !refusal.isEmpty())
            validationError(kField, refusal);
    }
}

QJsonValue ccCandidates(Db& db, const CallContext& call)
{
    const Params params(call.params);
    params.rejectUnknown({ QStringLiteral("ticketId") });
    const TicketId id(params.requiredId(QStringLiteral("ticketId")));
    const Ticket ticket = ticketstore::visible(db, call.principal, id);
    QJsonArray contacts;
    if (ticket.customerId) {
        const UserFilter filter { false, ticket.customerId };
        for (const User& user : findUsers(db, filter, kMaxContactsListed, 0)) {
            if (ccRefusal(user, ticket).isEmpty())
                contacts.append(user.toJson());
        }
    }
    return QJsonObject { { QStringLiteral("contacts"), contacts } };
}

} // namespace helpdesk::server::tickets
