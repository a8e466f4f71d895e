// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace helpdesk::client {

class DirectoryCache;
class TicketActivity;

// "Ana is viewing", "Ana is typing…" above the open ticket (issue 12): the other staff on it,
// live. Hidden while nobody else is.
class CollisionBar : public QLabel
{
    Q_OBJECT
public:
    CollisionBar(TicketActivity* activity, DirectoryCache* directory, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    QPointer<TicketActivity> m_activity;
    QPointer<DirectoryCache> m_directory;
};

} // namespace helpdesk::client
