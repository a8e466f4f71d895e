// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QStyledItemDelegate>

namespace helpdesk::client {

// Paints the ticket list: status and priority as coloured chips, the channel as a small
// icon, unread tickets in bold with a dot before the id. Everything else is drawn by the
// base class. Tooltips are shown as plain text.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The Due column's text colour for a DueUrgency (invalid: the normal colour).
    static QColor dueColour(int urgency);
    // Chip geometry, shared with the column layout so that a column is as wide as its
    // widest chip: the text, kChipPadding on either side inside the chip, kChipMargin
    // either side of the chip.
    static constexpr int kChipPadding = 8;
    static constexpr int kChipMargin = 4;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Colours shared with the ticket pane's header chips.
    static QColor statusColor(const QString& status);
    static QColor priorityColor(const QString& priority);
    // The chip's font for a cell drawn in cellFont (bold on unread rows).
    static QFont chipFont(const QFont& cellFont);
    // The width a cell needs to show this chip unclipped; bold: on an unread row.
    static int chipCellWidth(const QFont& cellFont, const QString& text, bool bold);
    // A small line drawing of a channel (wire name), in color, centred in rect.
    static void paintChannel(
        QPainter* painter, const QRect& rect, const QString& channel, const QColor& color);
    static constexpr int kChannelIconSize = 16;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace helpdesk::client
