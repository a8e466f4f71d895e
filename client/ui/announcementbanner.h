// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The strip at the top of the main window with the announcements that concern the user and
// that it has not dismissed (issue 11): kind, title and time window of each, a button to
// read them all and one to dismiss each. Follows the AnnouncementBoard live; hidden when
// there is nothing to show.

#include <QFrame>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace helpdesk::client {

class AnnouncementBoard;

class AnnouncementBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AnnouncementBanner(AnnouncementBoard* board, QWidget* parent = nullptr);

    // "Maintenance", "Setting change", ... in the current language.
    static QString kindName(const QString& kind);
    // "6 Dec 2026 02:00 – 04:00" in the current locale and the local time zone.
    static QString windowText(const QJsonObject& announcement);

    // A widget holding this banner above `content` (the main window's central widget).
    QWidget* above(QWidget* content);

Q_SIGNALS:
    void showAllRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QPointer<AnnouncementBoard> m_board;
    QVBoxLayout* m_rows;
};

} // namespace helpdesk::client
