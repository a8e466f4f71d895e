// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QHelpEvent;
class QModelIndex;

namespace helpdesk::client {

// Shows an item's Qt::ToolTipRole as plain text: subjects and snippets are other people's
// words, and a tooltip would render "<b>" in them as markup. Returns false for events that
// are not tooltip requests (the delegate's base class handles those).
bool showPlainTextToolTip(QHelpEvent* event, QAbstractItemView* view, const QModelIndex& index);

} // namespace helpdesk::client
