// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace helpdesk::client {

QIcon appIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 64.0, size / 64.0);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(4, 8, 56, 40), 8, 8);
        bubble.moveTo(18, 47);
        bubble.lineTo(14, 60);
        bubble.lineTo(30, 47);
        bubble.closeSubpath();
        painter.fillPath(bubble.simplified(), QColor(0x1e, 0x88, 0xe5));
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        for (int x : { 20, 32, 44 })
            painter.drawEllipse(QPointF(x, 28), 4, 4);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace helpdesk::client
