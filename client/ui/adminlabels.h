// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated names of roles, contact roles and service kinds for the administration screens.

#include "domain/types.h"

#include <QCoreApplication>
#include <QStringList>

namespace helpdesk::client {

class AdminLabels
{
    Q_DECLARE_TR_FUNCTIONS(AdminLabels)
public:
    static QString role(Role role);
    static QString contactRole(ContactRole role);
    // "hosting", "domain", "mailbox", "other" (the wire names, in this order).
    static QStringList serviceKinds();
    static QString serviceKind(const QString& kind);
};

} // namespace helpdesk::client
