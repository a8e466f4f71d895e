// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementbanner.h"

#include "announcementboard.h"
#include "domain/types.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk::client {

AnnouncementBanner::AnnouncementBanner(AnnouncementBoard* board, QWidget* parent)
    : QFrame(parent)
    , m_board(board)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("announcementBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(colours);
    m_rows->setContentsMargins(8, 4, 8, 4);
    m_rows->setSpacing(2);
    connect(board, &AnnouncementBoard::changed, this, &AnnouncementBanner::rebuild);
    rebuild();
}

QString AnnouncementBanner::kindName(const QString& kind)
{
    if (kind == QLatin1String("maintenance"))
        return tr("Maintenance");
    if (kind == QLatin1String("setting"))
        return tr("Setting change");
    if (kind == QLatin1String("update"))
        return tr("Software update");
    return tr("Announcement");
}

QString AnnouncementBanner::windowText(const QJsonObject& announcement)
{
    const QDateTime start
        = fromWireTime(announcement.value(QLatin1String("startsAt")).toString()).toLocalTime();
    const QDateTime end
        = fromWireTime(announcement.value(QLatin1String("endsAt")).toString()).toLocalTime();
    const QLocale locale;
    const QString from = locale.toString(start, QLocale::ShortFormat);
    const QString to = start.date() == end.date() ? locale.toString(end.time(), QLocale::ShortFormat)
                                                  : locale.toString(end, QLocale::ShortFormat);
    return tr("%1 – %2").arg(from, to);
}

QWidget* AnnouncementBanner::above(QWidget* content)
{
    auto* holder = new QWidget(parentWidget());
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(this);
    layout->addWidget(content, 1);
    return holder;
}

void AnnouncementBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void AnnouncementBanner::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QVector<QJsonObject> items = m_board ? m_board->banner() : QVector<QJsonObject>();
    setVisible(!items.isEmpty());
    const QString language = QLocale().name();
    for (const QJsonObject& announcement : items) {
        const qint64 id = announcement.value(QLatin1String("id")).toInteger();
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(row);
        text->setObjectName(QStringLiteral("announcementText"));
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setText(tr("%1: %2 (%3)")
                          .arg(kindName(announcement.value(QLatin1String("kind")).toString()),
                              AnnouncementBoard::textOf(announcement, language).title,
                              windowText(announcement)));
        text->setProperty("announcementId", id);
        auto* more = new QToolButton(row);
        more->setObjectName(QStringLiteral("announcementDetails"));
        more->setText(tr("Details…"));
        more->setAutoRaise(true);
        connect(more, &QToolButton::clicked, this, &AnnouncementBanner::showAllRequested);
        auto* dismiss = new QToolButton(row);
        dismiss->setObjectName(QStringLiteral("dismissAnnouncement"));
        dismiss->setText(tr("Dismiss"));
        dismiss->setToolTip(tr("Hide this announcement from the banner"));
        dismiss->setAutoRaise(true);
        dismiss->setProperty("announcementId", id);
        connect(dismiss, &QToolButton::clicked, this, [this, id] {
            if (m_board)
                m_board->dismiss(id);
        });
        layout->addWidget(text, 1);
        layout->addWidget(more);
        layout->addWidget(dismiss);
        m_rows->addWidget(row);
    }
}

} // namespace helpdesk::client
