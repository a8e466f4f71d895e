// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace helpdesk::server::mail {

// Plain text of an HTML document (libxml2's forgiving HTML parser): block elements start new
// lines, list items get "- ", links keep their address, scripts and styles are dropped.
// `html` is UTF-8.
QString htmlToText(const QByteArray& html);

} // namespace helpdesk::server::mail
