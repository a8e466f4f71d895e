// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace helpdesk::client {

// The application icon (a speech bubble), drawn at the sizes desktops ask for.
QIcon appIcon();

} // namespace helpdesk::client
