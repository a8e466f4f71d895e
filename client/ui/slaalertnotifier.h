// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace helpdesk::client {

class Connection;

// Shows each SLA escalation alert the server pushes (sla.alert) as a tray notification.
class SlaAlertNotifier : public QObject
{
    Q_OBJECT
public:
    SlaAlertNotifier(Connection* connection, QSystemTrayIcon* tray, QObject* parent = nullptr);

    // The notification's title and text for an alert (also what tests check).
    static QString title(const QJsonObject& alert);
    static QString text(const QJsonObject& alert);

Q_SIGNALS:
    void shown(const QString& title, const QString& text);

private:
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace helpdesk::client
