// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace helpdesk::server::mail {

// The new words of a reply: cuts the signature (after a "-- " line), a trailing block of
// "> " quoted history with the attribution line above it ("On … wrote:", "… пишет:",
// "Am … schrieb …:", …) and Outlook's "-----Original Message-----" with what follows. Only
// where the shape is unambiguous; returns `text` unchanged when the cut would leave nothing.
QString stripQuotedHistory(const QString& text);

} // namespace helpdesk::server::mail
