// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipdelegate.h"

#include "ticketlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace helpdesk::client {

QColor ChipDelegate::statusColor(const QString& status)
{
    if (status == QLatin1String("new"))
        return QColor(0x1e, 0x88, 0xe5);
    if (status == QLatin1String("open"))
        return QColor(0xe5, 0x39, 0x35);
    if (status == QLatin1String("pending"))
        return QColor(0xfb, 0x8c, 0x00);
    if (status == QLatin1String("resolved"))
        return QColor(0x43, 0xa0, 0x47);
    return QColor(0x75, 0x75, 0x75);
}

QColor ChipDelegate::priorityColor(const QString& priority)
{
    if (priority == QLatin1String("urgent"))
        return QColor(0xc6, 0x28, 0x28);
    if (priority == QLatin1String("high"))
        return QColor(0xef, 0x6c, 0x00);
    if (priority == QLatin1String("normal"))
        return QColor(0x54, 0x6e, 0x7a);
    return QColor(0x90, 0xa4, 0xae);
}

void ChipDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TicketListModel::UnreadRole).toBool())
        option->font.setBold(true);
}

void ChipDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int column = index.column();
    // A row still loading has no status or priority: no chip either.
    const bool chip
        = (column == TicketListModel::StatusColumn || column == TicketListModel::PriorityColumn)
        && index.data(TicketListModel::TicketIdRole).isValid();
    if (!chip) {
        QStyledItemDelegate::paint(painter, option, index);
        if (column == TicketListModel::IdColumn
            && index.data(TicketListModel::UnreadRole).toBool()) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x1e, 0x88, 0xe5));
            const int d = 7;
            painter->drawEllipse(
                QRect(option.rect.left() + 3, option.rect.center().y() - d / 2, d, d));
            painter->restore();
        }
        return;
    }
    // Background and selection as usual, then the chip on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = column == TicketListModel::StatusColumn
        ? statusColor(index.data(TicketListModel::StatusRole).toString())
        : priorityColor(index.data(TicketListModel::PriorityRole).toString());
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    const int padding = 8;
    const int height = qMin(option.rect.height() - 6, metrics.height() + 4);
    const int width
        = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 2 * padding + 2);
    const QRect chipRect(
        option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chipRect, height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(chipRect.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
        metrics.elidedText(text, Qt::ElideRight, chipRect.width() - 2 * padding));
    painter->restore();
}

} // namespace helpdesk::client
