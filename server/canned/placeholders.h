// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace helpdesk::server::canned {

// Replaces every `{name}` of `values` in `text` by its value, in one pass over the text: a
// value is inserted as it is and never scanned again, so a customer named "{agent.name}"
// stays that text. Placeholders without a value are left as written.
QString fillPlaceholders(const QString& text, const QHash<QString, QString>& values);

} // namespace helpdesk::server::canned
