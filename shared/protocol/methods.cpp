// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods.h"

namespace helpdesk {

#define HELPDESK_NAME_ENTRY(constant, name) QStringLiteral(name),

QStringList allMethodNames()
{
    return { HELPDESK_METHODS(HELPDESK_NAME_ENTRY) };
}

QStringList allPushNames()
{
    return { HELPDESK_PUSHES(HELPDESK_NAME_ENTRY) };
}

#undef HELPDESK_NAME_ENTRY

} // namespace helpdesk
