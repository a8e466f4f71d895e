// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server::files {

constexpr int kMaxNameChars = 200;

// A file name as a client may save it anywhere: the last path component only (no "..", no
// directories), no control characters or characters Windows forbids (<>:"/\|?*), no leading or
// trailing dots and spaces, not a reserved Windows device name (CON, PRN, AUX, NUL, COM1-9,
// LPT1-9, with or without an extension: "_" is put in front), at most kMaxNameChars characters
// (the extension kept). Empty when nothing usable is left.
QString sanitiseFileName(const QString& name);

} // namespace helpdesk::server::files
