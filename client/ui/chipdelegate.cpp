// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipdelegate.h"

#include "duetext.h"
#include "plaintexttooltip.h"
#include "ticketlistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
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

QFont ChipDelegate::chipFont(const QFont& cellFont)
{
    QFont font = cellFont;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

int ChipDelegate::chipCellWidth(const QFont& cellFont, const QString& text, bool bold)
{
    QFont font = cellFont;
    font.setBold(bold);
    const QFontMetrics metrics(chipFont(font));
    // +2: horizontalAdvance() rounds, and the painter may land on a half pixel.
    return metrics.horizontalAdvance(text) + 2 * kChipPadding + 2 + 2 * kChipMargin;
}

void ChipDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TicketListModel::UnreadRole).toBool())
        option->font.setBold(true);
    if (index.column() == TicketListModel::DueColumn) {
        const QColor colour = dueColour(index.data(TicketListModel::DueUrgencyRole).toInt());
        if (colour.isValid() && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, colour);
    }
}

QColor ChipDelegate::dueColour(int urgency)
{
    switch (DueUrgency(urgency)) {
    case DueUrgency::Overdue:
        return QColor(0xc6, 0x28, 0x28); // red
    case DueUrgency::Soon:
        return QColor(0xe6, 0x51, 0x00); // orange
    case DueUrgency::Normal:
        break;
    }
    return QColor();
}

bool ChipDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    return showPlainTextToolTip(event, view, index)
        || QStyledItemDelegate::helpEvent(event, view, option, index);
}

void ChipDelegate::paintChannel(
    QPainter* painter, const QRect& rect, const QString& channel, const QColor& color)
{
    const int size = kChannelIconSize;
    const QRectF box(rect.center().x() - size / 2.0 + 0.5, rect.center().y() - size / 2.0 + 0.5,
        size - 1, size - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.4);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (channel == QLatin1String("phone")) {
        // A handset: two ear pieces joined by a curved grip.
        QPainterPath path;
        path.moveTo(box.left() + 2, box.top() + 5);
        path.cubicTo(box.left() + 2, box.bottom() - 1, box.right() - 5, box.bottom() - 1,
            box.right() - 1, box.bottom() - 3);
        painter->drawPath(path);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(box.left() + 0.5, box.top() + 1, 4, 5), 1.5, 1.5);
        painter->drawRoundedRect(QRectF(box.right() - 6, box.bottom() - 4.5, 5, 4), 1.5, 1.5);
    } else if (channel == QLatin1String("email")) {
        const QRectF envelope = box.adjusted(0, 2.5, 0, -2.5);
        painter->drawRect(envelope);
        painter->drawPolyline(QPolygonF({ envelope.topLeft(),
            QPointF(envelope.center().x(), envelope.center().y() + 1), envelope.topRight() }));
    } else if (channel == QLatin1String("alert")) {
        QPolygonF triangle({ QPointF(box.center().x(), box.top() + 0.5),
            QPointF(box.right(), box.bottom() - 1), QPointF(box.left(), box.bottom() - 1) });
        painter->drawPolygon(triangle);
        painter->drawLine(QPointF(box.center().x(), box.top() + 5.5),
            QPointF(box.center().x(), box.bottom() - 5.5));
        painter->drawPoint(QPointF(box.center().x(), box.bottom() - 3));
    } else {
        // The desktop client: a screen on a stand.
        const QRectF screen(box.left(), box.top() + 1.5, box.width(), box.height() - 6);
        painter->drawRoundedRect(screen, 1.5, 1.5);
        painter->drawLine(QPointF(box.center().x(), screen.bottom()),
            QPointF(box.center().x(), box.bottom() - 1.5));
        painter->drawLine(QPointF(box.center().x() - 3.5, box.bottom() - 1),
            QPointF(box.center().x() + 3.5, box.bottom() - 1));
    }
    painter->restore();
}

void ChipDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int column = index.column();
    const bool loaded = index.data(TicketListModel::TicketIdRole).isValid();
    if (column == TicketListModel::ChannelColumn && loaded) {
        QStyledItemDelegate::paint(painter, option, index);
        const bool selected = option.state & QStyle::State_Selected;
        const QColor color
            = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        paintChannel(painter, option.rect, index.data(TicketListModel::ChannelRole).toString(),
            selected ? color : QColor(0x54, 0x6e, 0x7a));
        return;
    }
    // A row still loading has no status or priority: no chip either.
    const bool chip
        = (column == TicketListModel::StatusColumn || column == TicketListModel::PriorityColumn)
        && loaded;
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
    const QFont font = chipFont(opt.font);
    const QFontMetrics metrics(font);
    const int height = qMin(option.rect.height() - 6, metrics.height() + 4);
    const int width = qMin(option.rect.width() - 2 * kChipMargin,
        chipCellWidth(opt.font, text, opt.font.bold()) - 2 * kChipMargin);
    const QRect chipRect(
        option.rect.left() + kChipMargin, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chipRect, height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(Qt::white);
    painter->setFont(font);
    const QRect textRect = chipRect.adjusted(kChipPadding, 0, -kChipPadding, 0);
    painter->drawText(
        textRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace helpdesk::client
