// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminlabels.h"

namespace helpdesk::client {

QString AdminLabels::role(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Lead:
        return tr("Team lead");
    case Role::Agent:
        return tr("Agent");
    case Role::Customer:
        return tr("Customer contact");
    }
    return {};
}

QString AdminLabels::contactRole(ContactRole role)
{
    switch (role) {
    case ContactRole::Owner:
        return tr("Owner");
    case ContactRole::Technical:
        return tr("Technical contact");
    case ContactRole::Billing:
        return tr("Billing contact");
    }
    return {};
}

QStringList AdminLabels::serviceKinds()
{
    return { QStringLiteral("hosting"), QStringLiteral("domain"), QStringLiteral("mailbox"),
        QStringLiteral("other") };
}

QString AdminLabels::serviceKind(const QString& kind)
{
    if (kind == QLatin1String("hosting"))
        return tr("Hosting");
    if (kind == QLatin1String("domain"))
        return tr("Domain");
    if (kind == QLatin1String("mailbox"))
        return tr("Mailbox");
    return tr("Other");
}

} // namespace helpdesk::client
