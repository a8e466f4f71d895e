// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace helpdesk::server::kb {

// The languages to try for a text, best first: the requested one ("pt_BR", then "pt"), the
// organisation's, then English; each once, empty ones left out.
QStringList languageChain(const QString& requested, const QString& organisation);

// Which of `available` to show: the first of `chain` that is available, else the first
// available one (sorted); "" when none is.
QString pickLanguage(const QStringList& available, const QStringList& chain);

} // namespace helpdesk::server::kb
