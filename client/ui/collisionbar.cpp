// SPDX-License-Identifier: GPL-3.0-or-later
#include "collisionbar.h"

#include "directorycache.h"
#include "ticketactivity.h"

#include <QEvent>

namespace helpdesk::client {

CollisionBar::CollisionBar(TicketActivity* activity, DirectoryCache* directory, QWidget* parent)
    : QLabel(parent)
    , m_activity(activity)
    , m_directory(directory)
{
    setObjectName(QStringLiteral("collisionLabel"));
    setTextFormat(Qt::PlainText); // names come from the server
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    connect(activity, &TicketActivity::othersChanged, this, &CollisionBar::update);
    connect(directory, &DirectoryCache::changed, this, &CollisionBar::update);
    update();
}

void CollisionBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void CollisionBar::update()
{
    QStringList parts;
    const auto others = m_activity->others();
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        QString name = m_directory->userName(UserId(it.key()));
        if (name.isEmpty())
            name = tr("User %1").arg(it.key());
        parts << (it.value() == TicketActivity::State::Typing ? tr("%1 is typing…").arg(name)
                                                                : tr("%1 is viewing").arg(name));
    }
    setText(parts.join(QStringLiteral(" · ")));
    setVisible(!parts.isEmpty());
}

} // namespace helpdesk::client
