// SPDX-License-Identifier: GPL-3.0-or-later
#include "assigneechoices.h"

#include "presencebook.h"

#include <QColor>
#include <QComboBox>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace helpdesk::client {

namespace {

int rankOf(const QString& presence)
{
    return presence == QLatin1String("online") ? 0 : presence == QLatin1String("away") ? 1 : 2;
}

QIcon dot(const QString& presence)
{
    static const QHash<int, QColor> colours { { 0, QColor(0x2e, 0x7d, 0x32) },
        { 1, QColor(0xf9, 0xa8, 0x25) }, { 2, QColor(0x9e, 0x9e, 0x9e) } };
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.value(rankOf(presence)));
    painter.drawEllipse(2, 2, 8, 8);
    return QIcon(pixmap);
}

} // namespace

void AssigneeChoices::add(QComboBox* combo, const QVector<User>& staff, const PresenceBook* presence)
{
    if (!presence) {
        for (const User& user : staff)
            combo->addItem(user.name, user.id.value());
        return;
    }
    QVector<User> sorted = staff;
    std::stable_sort(sorted.begin(), sorted.end(), [presence](const User& a, const User& b) {
        const int ra = rankOf(presence->presenceOf(a.id));
        const int rb = rankOf(presence->presenceOf(b.id));
        return ra != rb ? ra < rb : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const User& user : sorted) {
        const QString state = presence->presenceOf(user.id);
        const QString stateText = state == QLatin1String("online") ? tr("online")
            : state == QLatin1String("away")                       ? tr("away")
                                                                   : tr("offline");
        const QString text = rankOf(state) == 0 ? user.name : tr("%1 (%2)").arg(user.name, stateText);
        combo->addItem(dot(state), text, user.id.value());
        const int index = combo->count() - 1;
        combo->setItemData(index, state, kPresenceRole);
        combo->setItemData(index, tr("%1 is %2").arg(user.name, stateText), Qt::ToolTipRole);
    }
}

} // namespace helpdesk::client
