// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintexttooltip.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QModelIndex>
#include <QTextDocument>
#include <QToolTip>

namespace helpdesk::client {

bool showPlainTextToolTip(QHelpEvent* event, QAbstractItemView* view, const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return false;
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(
            event->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), view);
    return true;
}

} // namespace helpdesk::client
