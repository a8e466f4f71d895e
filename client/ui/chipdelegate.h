// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace helpdesk::client {

// Paints the ticket list: status and priority as coloured chips, unread tickets in bold with
// a dot before the id. Everything else is drawn by the base class.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;

    // Colours shared with the ticket pane's header chips.
    static QColor statusColor(const QString& status);
    static QColor priorityColor(const QString& priority);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace helpdesk::client
